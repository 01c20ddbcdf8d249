import type { MentionRecord } from './scan-file';

/** What every scan worker is started with. */
export interface WorkerSetup {
  /**
   * The main thread's matcher, from `serializeMatcher`: a worker loads it in a millisecond and never parses
   * the dataset, so it starts fast and holds only the scanner's tables.
   */
  matcher: Uint8Array;
  kinds?: string[];
  /** jsonl: the worker formats the lines itself, so the main thread only writes them. */
  format: 'jsonl' | 'records';
}

export interface WorkerRequest {
  id: number;
  file: string;
  size: number;
}

export type WorkerReply =
  /** `jsonl` is UTF-8, encoded in the worker and transferred, so the main thread neither copies nor encodes it. */
  | { id: number; ok: true; file: string; count: number; jsonl: Uint8Array }
  | { id: number; ok: true; file: string; count: number; mentions: MentionRecord[] }
  | { id: number; ok: false; file: string; reason: string };
