import type { Mention, ScanOptions, TextEdit } from '@aichips/core';
import type { Atlas } from '../bind-atlas';
import { planAfterEdits, type ScanPlan } from './scan-plan';

/** A text scanned in full: the text, its UTF-8 size and its mentions (the arrays the scanner returned). */
export interface ScannedState {
  text: string;
  size: number;
  mentions: readonly Mention[];
}

/**
 * What the edits made of a full scan: `rescanned` (only around the edits), `limited` (the text is now over a
 * limit: the caller scans what the plan allows), or `lost` (the edits do not add up to the text: scan it in full).
 */
export type RescanOutcome =
  | { outcome: 'rescanned'; text: string; size: number; mentions: Mention[] }
  | { outcome: 'limited'; plan: Exclude<ScanPlan, { coverage: 'full' }>; size: number }
  | { outcome: 'lost' };

/**
 * Brings a full scan up to date with edits given in its text's offsets (see `PendingEdits`): the size and long
 * lines are measured around the edits only, and the scanner re-reads only what the edits can reach.
 */
export function rescanAfterEdits(
  scanner: Pick<Atlas, 'rescan'>,
  previous: ScannedState,
  edits: readonly TextEdit[],
  text: string,
  input: { maxFileSize: number; options: ScanOptions },
): RescanOutcome {
  const { plan, size } = planAfterEdits(previous, edits, text, input.maxFileSize);
  if (plan.coverage !== 'full') return { outcome: 'limited', plan, size };
  // The same arrays and strings as the scanner returned: it keeps per-scan caches keyed by them.
  const before = { text: previous.text, mentions: previous.mentions as Mention[] };
  const next = scanner.rescan(before, edits, input.options);
  // Lengths, not contents: a cheap check that catches edits reported out of step with the text.
  if (next.text.length !== text.length) return { outcome: 'lost' };
  return { outcome: 'rescanned', text: next.text, size, mentions: next.mentions };
}
