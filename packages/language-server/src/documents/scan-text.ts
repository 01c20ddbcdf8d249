import type { Mention, ScanOptions } from '@aichips/core';
import { type Atlas, MAX_SYNCED_LENGTH, planScan, type ScanLimit, type ScanPlan, utf8Length } from '@aichips/sdk';

/** The mentions of a document at one version: all of them, or none when the document is over a limit. */
export interface DocumentScan {
  readonly version: number;
  readonly mentions: readonly Mention[];
  readonly coverage: 'full' | 'none';
  readonly limit?: ScanLimit;
}

/** A scan with the text it belongs to and that text's UTF-8 size (what incremental re-scans start from). */
export interface ScannedText {
  scan: DocumentScan;
  text: string;
  size: number;
}

/**
 * Scans the text as the plan says. An editor shows only what is visible; a server sees no screen, so where the
 * extension would scan the visible lines (a large file, a very long line), the server scans nothing.
 */
export function scanPlanned(
  atlas: Pick<Atlas, 'scan'>,
  input: { text: string; version: number; plan: ScanPlan; size: number },
  options: ScanOptions,
): ScannedText {
  const { text, version, plan, size } = input;
  if (plan.coverage === 'full' || plan.coverage === 'preview')
    return { text, size, scan: { version, mentions: atlas.scan(text, options), coverage: 'full' } };
  return { text: '', size: 0, scan: { version, mentions: [], coverage: 'none', limit: plan.limit } };
}

/** Plans from the whole text (its size, its longest line), then scans. */
export function scanWholeText(
  atlas: Pick<Atlas, 'scan'>,
  input: { text: string; version: number; maxFileSize: number },
  options: ScanOptions,
): ScannedText {
  const { text, version, maxFileSize } = input;
  const size = text.length > MAX_SYNCED_LENGTH ? text.length : utf8Length(text);
  return scanPlanned(atlas, { text, version, plan: planScan(text, maxFileSize, size), size }, options);
}
