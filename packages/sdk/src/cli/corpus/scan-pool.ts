import { Worker } from 'node:worker_threads';
import type { WorkerReply, WorkerRequest, WorkerSetup } from './worker-protocol';

export interface ScanPool {
  /** Scans the file on the least busy worker; resolves with its reply (a failure is a reply, not a throw). */
  scan(file: string, size: number): Promise<WorkerReply>;
  close(): Promise<void>;
}

// Files queued on a worker at once: with two, the next file is already there when one is done, so a worker
// never sits idle for the round trip to the main thread; more would only let one large file delay others.
export const QUEUE_DEPTH = 2;

interface PoolWorker {
  worker: Worker;
  queued: number;
}

/**
 * N worker threads, each with its own copy of the matcher. A file goes to the worker with the fewest queued, at most
 * QUEUE_DEPTH each; the caller bounds how many scans are in flight.
 */
export function createScanPool(jobs: number, setup: WorkerSetup, workerUrl: URL): ScanPool {
  const waiting: (() => void)[] = [];
  const pending = new Map<number, (reply: WorkerReply) => void>();
  let nextId = 0;
  let broken: Error | undefined;
  const workers: PoolWorker[] = Array.from({ length: jobs }, () => {
    const entry: PoolWorker = { worker: new Worker(workerUrl, { workerData: setup }), queued: 0 };
    entry.worker.on('message', (reply: WorkerReply) => {
      pending.get(reply.id)?.(reply);
      pending.delete(reply.id);
      entry.queued--;
      waiting.shift()?.();
    });
    entry.worker.on('error', (error) => {
      broken = error;
      for (const [id, resolve] of pending)
        resolve({ id, ok: false, file: '', reason: `scan worker failed: ${error.message}` });
      pending.clear();
      for (const wake of waiting.splice(0)) wake();
    });
    return entry;
  });
  const leastBusy = () => workers.reduce((best, entry) => (entry.queued < best.queued ? entry : best));
  const acquire = async (): Promise<PoolWorker> => {
    for (;;) {
      const entry = leastBusy();
      if (entry.queued < QUEUE_DEPTH || broken) return entry;
      await new Promise<void>((wake) => waiting.push(wake));
    }
  };
  return {
    async scan(file, size) {
      const entry = await acquire();
      if (broken) return { id: -1, ok: false, file, reason: `scan worker failed: ${broken.message}` };
      const id = nextId++;
      entry.queued++;
      return new Promise<WorkerReply>((resolve) => {
        pending.set(id, (reply) => resolve(reply.file === '' ? { ...reply, file } : reply));
        entry.worker.postMessage({ id, file, size } satisfies WorkerRequest);
      });
    },
    async close() {
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
    },
  };
}
