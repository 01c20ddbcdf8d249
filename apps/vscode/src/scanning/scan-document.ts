import type { Mention, ScanOptions } from '@aichips/core';
import { MAX_SYNCED_LENGTH, planScan, type ScanLimit, type ScanPlan, utf8Length } from '@aichips/sdk';
import { type TextDocument, window } from 'vscode';
import type { MentionScanner } from '../atlas/mention-scanner';
import { scanVisibleLines } from './scan-visible-lines';

/** The mentions of a document: of all of it, of its visible lines only, or none (see `limit`). */
export interface DocumentScan {
  readonly version: number;
  readonly mentions: readonly Mention[];
  readonly coverage: ScanPlan['coverage'];
  readonly limit?: ScanLimit;
}

/** A scan with the text it belongs to and that text's UTF-8 size (both empty unless the scan is full). */
export interface ScannedText {
  scan: DocumentScan;
  text: string;
  size: number;
}

/** The line ranges of the document on screen, in all its editors. */
export const visibleRanges = (document: TextDocument) =>
  window.visibleTextEditors.filter((editor) => editor.document === document).flatMap((editor) => editor.visibleRanges);

/** Scans a document as the plan says: all of `text`, the lines visible in its editors, or nothing. */
export function scanDocument(
  scanner: Pick<MentionScanner, 'scan'>,
  document: TextDocument,
  input: { text: string; plan: ScanPlan; size: number },
  options: ScanOptions,
): ScannedText {
  const { text, plan, size } = input;
  if (plan.coverage === 'full') {
    return { text, size, scan: { version: document.version, mentions: scanner.scan(text, options), coverage: 'full' } };
  }
  const mentions =
    plan.coverage === 'none' ? [] : scanVisibleLines(scanner, document, visibleRanges(document), options);
  return { text: '', size: 0, scan: { version: document.version, mentions, ...plan } };
}

/** Documents from this length on are shown their visible lines' mentions first (see `preview`). */
const PREVIEW_FROM_LENGTH = 64 * 1024;

/**
 * Plans from the whole text (size, long lines), then scans. With `preview`, a long document on screen gets
 * only its visible lines scanned now (that is safe whatever the plan); the caller plans and scans the rest.
 */
export function scanWholeDocument(
  scanner: Pick<MentionScanner, 'scan'>,
  document: TextDocument,
  input: { text: string; maxFileSize: number; preview: boolean },
  options: ScanOptions,
): ScannedText {
  const { text, maxFileSize } = input;
  if (input.preview && text.length >= PREVIEW_FROM_LENGTH && visibleRanges(document).length > 0) {
    return scanDocument(scanner, document, { text, plan: { coverage: 'preview' }, size: 0 }, options);
  }
  const size = text.length > MAX_SYNCED_LENGTH ? text.length : utf8Length(text);
  return scanDocument(scanner, document, { text, plan: planScan(text, maxFileSize, size), size }, options);
}
