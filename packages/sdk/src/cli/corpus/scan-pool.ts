import { Worker } from 'node:worker_threads';
import type { WorkerReply, WorkerRequest, WorkerSetup } from './worker-protocol';

export interface ScanPool {
  /** Scans the file on the next free worker; resolves with its reply (a failure is a reply, not a throw). */
  scan(file: string, size: number): Promise<WorkerReply>;
  close(): Promise<void>;
}

/**
 * N worker threads, each with its own atlas, fed one file at a time: a free worker takes the next file, so
 * one large file never holds up the rest. The caller bounds how many scans are in flight.
 */
export function createScanPool(jobs: number, setup: WorkerSetup, workerUrl: URL): ScanPool {
  const idle: Worker[] = [];
  const waiting: ((worker: Worker) => void)[] = [];
  const pending = new Map<number, (reply: WorkerReply) => void>();
  let nextId = 0;
  let broken: Error | undefined;
  const workers = Array.from({ length: jobs }, () => {
    const worker = new Worker(workerUrl, { workerData: setup });
    worker.on('message', (reply: WorkerReply) => {
      pending.get(reply.id)?.(reply);
      pending.delete(reply.id);
      release(worker);
    });
    worker.on('error', (error) => {
      broken = error;
      for (const [id, resolve] of pending)
        resolve({ id, ok: false, file: '', reason: `scan worker failed: ${error.message}` });
      pending.clear();
    });
    idle.push(worker);
    return worker;
  });
  const release = (worker: Worker) => {
    const next = waiting.shift();
    if (next) next(worker);
    else idle.push(worker);
  };
  const acquire = () =>
    new Promise<Worker>((resolve) => {
      const worker = idle.pop();
      if (worker) resolve(worker);
      else waiting.push(resolve);
    });
  return {
    async scan(file, size) {
      if (broken) return { id: -1, ok: false, file, reason: `scan worker failed: ${broken.message}` };
      const worker = await acquire();
      const id = nextId++;
      return new Promise<WorkerReply>((resolve) => {
        pending.set(id, (reply) => resolve(reply.file === '' ? { ...reply, file } : reply));
        worker.postMessage({ id, file, size } satisfies WorkerRequest);
      });
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
