import { escapeText } from '../../cards/escape';

/** Display width: CJK and other wide characters take two terminal columns. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x1f300 && code <= 0x1faff) ||
      (code >= 0x20000 && code <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

function pad(text: string, width: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? fill + text : text + fill;
}

export interface TableOptions {
  /** Columns to right-align (numbers). */
  alignRight?: number[];
}

/** A plain aligned table: a header, a rule, and rows. Cells are sanitised for the terminal. */
export function formatTable(headers: string[], rows: string[][], options: TableOptions = {}): string {
  const clean = rows.map((row) => row.map((cell) => escapeText(cell)));
  const widths = headers.map((header, i) =>
    Math.max(displayWidth(header), ...clean.map((row) => displayWidth(row[i] ?? ''))),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => pad(cell, widths[i] ?? 0, options.alignRight?.includes(i) ? 'right' : 'left'))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '─'.repeat(w)).join('  '), ...clean.map(line)].join('\n');
}
