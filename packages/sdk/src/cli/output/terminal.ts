/** Where the CLI writes, and whether colours and progress bars are allowed there. */
export interface Terminal {
  out(text: string): void;
  /** Writes raw text (or UTF-8 bytes) to stdout; resolves once the stream can take more (for output of any size). */
  write(text: string | Uint8Array): Promise<void>;
  err(text: string): void;
  /** Colours only on a TTY, never with NO_COLOR set. */
  color: boolean;
  /** stderr is a TTY: progress bars may be drawn there. */
  interactive: boolean;
  columns: number;
}

export function createTerminal(): Terminal {
  const noColor = process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '';
  return {
    out: (text) => process.stdout.write(`${text}\n`),
    write: (text) =>
      process.stdout.write(text)
        ? Promise.resolve()
        : new Promise((resolve) => {
            process.stdout.once('drain', resolve);
          }),
    err: (text) => process.stderr.write(`${text}\n`),
    color: Boolean(process.stdout.isTTY) && !noColor,
    interactive: Boolean(process.stderr.isTTY),
    columns: process.stdout.columns ?? 100,
  };
}

const CODES = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  cyan: [36, 39],
} as const;
export type Style = keyof typeof CODES;

export function paint(terminal: Terminal, style: Style, text: string): string {
  if (!terminal.color) return text;
  const [open, close] = CODES[style];
  return `\u001b[${open}m${text}\u001b[${close}m`;
}
