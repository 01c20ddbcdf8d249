import { serializeMatcher } from '@aichips/core';
import type { Atlas } from '../../bind-atlas';
import { formatJsonlMentions } from './jsonl';
import { failureReason, type MentionRecord, NotTextError, scanFile } from './scan-file';
import { createScanPool, QUEUE_DEPTH } from './scan-pool';
import type { CorpusEntry } from './walk-corpus';
import type { WorkerReply } from './worker-protocol';

export interface CorpusScanOptions {
  files: Extract<CorpusEntry, { kind: 'file' }>[];
  jobs: number;
  format: 'jsonl' | 'records';
  kinds?: ReadonlySet<string>;
  /** The atlas whose scanner every job uses (its matcher is handed to the workers serialized). */
  atlas: () => Promise<Atlas>;
  workerUrl: URL;
}

export interface CorpusScanEvents {
  /** A file's mentions, as JSON Lines (format jsonl) or as records; awaited, so output can push back. */
  onFile(
    file: string,
    result: { jsonl: string | Uint8Array; count: number } | { mentions: MentionRecord[] },
  ): Promise<void>;
  /** A file that could not be scanned; `notText` when it was read but is binary. */
  onFailure(file: string, reason: string, notText: boolean): void;
  /** After each file, with the bytes of the files done so far. */
  onProgress(bytesDone: number, filesDone: number): void;
}

const NOT_TEXT = 'not a text file';

/**
 * Scans the files on `jobs` worker threads (in this thread for one job), handing each file's result to
 * `onFile` as it completes. At most QUEUE_DEPTH files per worker are in flight, so memory stays bounded whatever
 * the corpus size, and a slow reader of the output slows the scan instead of filling memory.
 */
export async function scanCorpus(options: CorpusScanOptions, events: CorpusScanEvents): Promise<void> {
  let bytesDone = 0;
  let filesDone = 0;
  const done = (size: number) => {
    bytesDone += size;
    filesDone++;
    events.onProgress(bytesDone, filesDone);
  };
  if (options.jobs <= 1) {
    const matcher = (await options.atlas()).matcher();
    for (const { path, size } of options.files) {
      try {
        const { mentions } = await scanFile(matcher, path, { kinds: options.kinds, size });
        await events.onFile(
          path,
          options.format === 'jsonl' ? { jsonl: formatJsonlMentions(mentions), count: mentions.length } : { mentions },
        );
      } catch (error) {
        events.onFailure(path, failureReason(error), error instanceof NotTextError);
      }
      done(size);
    }
    return;
  }
  const matcher = serializeMatcher((await options.atlas()).matcher());
  const pool = createScanPool(
    options.jobs,
    { format: options.format, matcher, kinds: options.kinds ? [...options.kinds] : undefined },
    options.workerUrl,
  );
  const handle = async (reply: WorkerReply, size: number) => {
    if (!reply.ok) events.onFailure(reply.file, reply.reason, reply.reason.startsWith(NOT_TEXT));
    else if ('jsonl' in reply) await events.onFile(reply.file, { jsonl: reply.jsonl, count: reply.count });
    else await events.onFile(reply.file, { mentions: reply.mentions });
    done(size);
  };
  const inFlight = new Set<Promise<void>>();
  try {
    for (const { path, size } of options.files) {
      const task = pool.scan(path, size).then((reply) => handle(reply, size));
      inFlight.add(task);
      void task.finally(() => inFlight.delete(task));
      if (inFlight.size >= options.jobs * QUEUE_DEPTH) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } finally {
    await pool.close();
  }
}
