import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/aichips.js', import.meta.url));

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built `aichips` bin as a user would, without colours, optionally in `cwd` and with stdin. */
export function runAichips(args: string[], options: { input?: string; cwd?: string } = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      'node',
      [bin, ...args],
      { env: { ...process.env, NO_COLOR: '1' }, cwd: options.cwd, maxBuffer: 256 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(options.input);
  });
}
