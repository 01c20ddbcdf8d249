import { availableParallelism } from 'node:os';
import { SdkError } from '../../sdk-error';

export type ScanFormat = 'table' | 'json' | 'jsonl';

export interface ScanFlags {
  format: ScanFormat;
  jobs: number;
  maxBytes: number;
  exclude: string[];
  useIgnoreFiles: boolean;
  kinds?: Set<string>;
  stats: boolean;
}

const UNITS: Record<string, number> = {
  '': 1,
  B: 1,
  KB: 1e3,
  MB: 1e6,
  GB: 1e9,
  KIB: 1024,
  MIB: 1024 ** 2,
  GIB: 1024 ** 3,
};
const DEFAULT_MAX_SIZE = '100MB';

/** Reads the scan command's flags; a bad value is a usage error that names the flag and what it got. */
export function readScanFlags(values: Record<string, unknown>): ScanFlags {
  const format = (values.format as string | undefined) ?? (values.json ? 'json' : 'table');
  if (format !== 'table' && format !== 'json' && format !== 'jsonl') {
    throw new SdkError('USAGE', `--format must be one of table, json, jsonl, got "${format}"`);
  }
  const jobsText = values.jobs as string | undefined;
  const jobs = jobsText === undefined ? availableParallelism() : Number(jobsText);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) {
    throw new SdkError('USAGE', `--jobs must be a whole number from 1 to 256, got "${jobsText}"`);
  }
  return {
    format,
    jobs,
    maxBytes: parseSize((values['max-size'] as string | undefined) ?? DEFAULT_MAX_SIZE),
    exclude: (values.exclude as string[] | undefined) ?? [],
    useIgnoreFiles: !values['no-ignore'],
    kinds: typeof values.kind === 'string' ? new Set(values.kind.split(',').map((kind) => kind.trim())) : undefined,
    stats: Boolean(values.stats),
  };
}

/** "50MB", "512KiB", "1GB" or a plain number of bytes. */
export function parseSize(text: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  const factor = match ? UNITS[(match[2] ?? '').toUpperCase()] : undefined;
  if (!match || factor === undefined) {
    throw new SdkError('USAGE', `--max-size must be a size like 50MB, 512KiB or a number of bytes, got "${text}"`);
  }
  return Math.floor(Number(match[1]) * factor);
}
