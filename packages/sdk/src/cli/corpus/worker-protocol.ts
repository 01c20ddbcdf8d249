import type { MentionRecord } from './scan-file';

/** What every scan worker is started with. */
export interface WorkerSetup {
  /** A dataset release to load instead of the embedded dataset. */
  dataset?: string;
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
  | { id: number; ok: true; file: string; count: number; jsonl: string }
  | { id: number; ok: true; file: string; count: number; mentions: MentionRecord[] }
  | { id: number; ok: false; file: string; reason: string };
