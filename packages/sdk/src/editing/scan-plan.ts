import type { TextEdit } from '@aichips/core';

/** Lines longer than this are never scanned: minified or generated text, and a risk to the editor. */
export const MAX_LINE_LENGTH = 20_000;
/** Editors do not hand extensions documents above this size (VS Code: 50 MB); anything beyond it is skipped. */
export const MAX_SYNCED_LENGTH = 50 * 1024 * 1024;

export type ScanLimit =
  | { reason: 'file-size'; size: number; maxSize: number }
  | { reason: 'long-line'; line: number; length: number }
  | { reason: 'too-large'; size: number };

/**
 * How much of a document to scan: all of it, only the visible lines, or nothing. `preview` is the
 * visible lines of a document about to be scanned in full, so its first underlines need not wait.
 */
export type ScanPlan =
  | { coverage: 'full' }
  | { coverage: 'preview' }
  | { coverage: 'visible'; limit: ScanLimit }
  | { coverage: 'none'; limit: ScanLimit };

const EXACT_SIZE_UP_TO = 8 * 1024 * 1024;

/** The UTF-8 size where it decides anything: UTF-8 takes one to three bytes per UTF-16 unit. */
function measureSize(text: string, maxSize: number): number {
  if (text.length * 3 <= maxSize) return 0;
  return text.length > EXACT_SIZE_UP_TO ? text.length : utf8Length(text);
}

/** Bytes of `text` in UTF-8, without encoding it. */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    // Two UTF-16 units of a surrogate pair make four bytes: +1 each.
    bytes += code < 0x800 ? 1 : code >= 0xd800 && code <= 0xdfff ? 1 : 2;
  }
  return bytes;
}

/** The first line (0-based) longer than `maxLength`, if any. */
export function findLongLine(text: string, maxLength = MAX_LINE_LENGTH): { line: number; length: number } | undefined {
  if (text.length <= maxLength) return undefined;
  let line = 0;
  let start = 0;
  for (;;) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    if (end - start > maxLength) return { line, length: end - start };
    if (newline === -1) return undefined;
    start = newline + 1;
    line++;
  }
}

/** Decides the plan for a text; `maxSize` is in bytes; `size`, when known, is the text's UTF-8 size. */
export function planScan(text: string, maxSize: number, size = measureSize(text, maxSize)): ScanPlan {
  if (text.length > MAX_SYNCED_LENGTH) return { coverage: 'none', limit: { reason: 'too-large', size: text.length } };
  if (size > maxSize) return { coverage: 'visible', limit: { reason: 'file-size', size, maxSize } };
  const longLine = findLongLine(text);
  if (longLine) return { coverage: 'visible', limit: { reason: 'long-line', ...longLine } };
  return { coverage: 'full' };
}

/**
 * The plan for a text that was scanned in full, after `edits` (in its offsets) made `after`: only what
 * the edits touched is measured, so a keystroke in a large file costs a few characters, not the file.
 */
export function planAfterEdits(
  before: { text: string; size: number },
  edits: readonly TextEdit[],
  after: string,
  maxSize: number,
): { plan: ScanPlan; size: number } {
  let size = before.size;
  let shift = 0;
  let longLine: { line: number; length: number } | undefined;
  for (const edit of edits) {
    size += utf8Length(edit.text) - utf8Length(before.text.slice(edit.start, edit.end));
    const start = edit.start + shift;
    const end = start + edit.text.length;
    shift += edit.text.length - (edit.end - edit.start);
    if (longLine) continue;
    const lineStart = after.lastIndexOf('\n', start - 1) + 1;
    const next = after.indexOf('\n', end);
    const found = findLongLine(after.slice(lineStart, next === -1 ? after.length : next));
    if (found) longLine = { line: countLines(after, lineStart) + found.line, length: found.length };
  }
  if (after.length > MAX_SYNCED_LENGTH)
    return { plan: { coverage: 'none', limit: { reason: 'too-large', size } }, size };
  if (size > maxSize) return { plan: { coverage: 'visible', limit: { reason: 'file-size', size, maxSize } }, size };
  if (longLine) return { plan: { coverage: 'visible', limit: { reason: 'long-line', ...longLine } }, size };
  return { plan: { coverage: 'full' }, size };
}

function countLines(text: string, end: number): number {
  let lines = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < end; at = text.indexOf('\n', at + 1)) lines++;
  return lines;
}
