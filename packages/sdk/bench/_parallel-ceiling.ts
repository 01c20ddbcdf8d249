import { Worker } from 'node:worker_threads';

// A fixed amount of pure computation per thread: no I/O, no allocation, nothing shared.
const SPIN = `
  let x = 0;
  for (let i = 0; i < 150_000_000; i++) x = (x + Math.imul(i, 2654435761)) | 0;
  require('node:worker_threads').parentPort.postMessage(x);
`;

function spin(threads: number): Promise<number> {
  const started = performance.now();
  return Promise.all(
    Array.from(
      { length: threads },
      () =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(SPIN, { eval: true });
          worker.once('message', () => void worker.terminate().then(() => resolve()));
          worker.once('error', reject);
        }),
    ),
  ).then(() => performance.now() - started);
}

/**
 * How much faster `threads` threads get through `threads` times the work of one, on this machine right now:
 * the ceiling any parallel scan can reach. On a shared VM a "second core" often gives far less than 2×.
 */
export async function measureParallelCeiling(threads: number): Promise<number> {
  const one = await spin(1);
  const many = await spin(threads);
  return (threads * one) / many;
}
