import type { Terminal } from './terminal';

export interface Progress {
  /** `detail` is shown after the bar, e.g. "12/400 files". */
  update(done: number, detail?: string): void;
  finish(): void;
}

const SILENT: Progress = { update: () => {}, finish: () => {} };

/** A one-line progress bar on stderr, only on an interactive terminal; redrawn at most every 100 ms. */
export function createProgress(terminal: Terminal, total: number, label: string): Progress {
  if (!terminal.interactive || total <= 0) return SILENT;
  let last = 0;
  let shown = '';
  const draw = (done: number) => {
    const ratio = Math.min(1, done / total);
    const width = 30;
    const filled = Math.round(ratio * width);
    process.stderr.write(
      `\r${label} [${'█'.repeat(filled)}${' '.repeat(width - filled)}] ${Math.round(ratio * 100)}%${shown ? ` ${shown}` : ''}`,
    );
  };
  return {
    update(done, detail) {
      shown = detail ?? shown;
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      draw(done);
    },
    finish() {
      draw(total);
      process.stderr.write('\r\u001b[2K');
    },
  };
}
