/** Lines longer than this are never scanned: minified or generated text, and a risk to the editor. */
export const MAX_LINE_LENGTH = 20_000;
/** VS Code does not hand extensions documents above this size; anything we see beyond it is skipped. */
export const MAX_SYNCED_LENGTH = 50 * 1024 * 1024;

export type ScanLimit =
  | { reason: 'file-size'; size: number; maxSize: number }
  | { reason: 'long-line'; line: number; length: number }
  | { reason: 'too-large'; size: number };

/** How much of a document to scan: all of it, only the visible lines, or nothing. */
export type ScanPlan =
  | { coverage: 'full' }
  | { coverage: 'visible'; limit: ScanLimit }
  | { coverage: 'none'; limit: ScanLimit };

const EXACT_SIZE_UP_TO = 8 * 1024 * 1024;

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

/** Decides the plan for a text of this size; `maxSize` is in bytes. */
export function planScan(text: string, maxSize: number): ScanPlan {
  if (text.length > MAX_SYNCED_LENGTH) return { coverage: 'none', limit: { reason: 'too-large', size: text.length } };
  // UTF-8 takes at least one byte per UTF-16 unit and at most three: count exactly only when it matters.
  const size = text.length * 3 <= maxSize ? 0 : text.length > EXACT_SIZE_UP_TO ? text.length : utf8Length(text);
  if (size > maxSize) return { coverage: 'visible', limit: { reason: 'file-size', size, maxSize } };
  const longLine = findLongLine(text);
  if (longLine) return { coverage: 'visible', limit: { reason: 'long-line', ...longLine } };
  return { coverage: 'full' };
}

const kb = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`);

/** One sentence for the status bar tooltip and the sidebar. */
export function describeLimit(limit: ScanLimit): string {
  switch (limit.reason) {
    case 'file-size':
      return `The file is ${kb(limit.size)}, over the ${kb(limit.maxSize)} limit (aichips.maxFileSize): only the visible lines are scanned.`;
    case 'long-line':
      return `Line ${limit.line + 1} is ${limit.length.toLocaleString('en-US')} characters long (limit ${MAX_LINE_LENGTH.toLocaleString('en-US')}): only the visible lines are scanned, long lines never.`;
    case 'too-large':
      return `The file is ${kb(limit.size)}, too large for VS Code to share with extensions: nothing is scanned.`;
  }
}
