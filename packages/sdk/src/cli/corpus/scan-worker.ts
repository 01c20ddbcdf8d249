// A worker thread of `aichips scan --jobs N`: loads the atlas once, then scans the files it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import type { Atlas } from '../../bind-atlas';
import { createAtlas } from '../../create-atlas';
import { loadDataset } from '../../loading/load-dataset';
import { formatJsonlMentions } from './jsonl';
import { failureReason, scanFile } from './scan-file';
import type { WorkerReply, WorkerRequest, WorkerSetup } from './worker-protocol';

const setup = workerData as WorkerSetup;
const port = parentPort;
if (!port) throw new Error('scan-worker runs only as a worker thread');

let atlas: Promise<Atlas> | undefined;
const loadAtlas = () => {
  atlas ??= setup.dataset
    ? loadDataset(setup.dataset).then((dataset) => createAtlas({ dataset }))
    : Promise.resolve(createAtlas());
  return atlas;
};
const kinds = setup.kinds ? new Set(setup.kinds) : undefined;

port.on('message', async (request: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    const result = await scanFile(await loadAtlas(), request.file, { kinds, size: request.size });
    reply =
      setup.format === 'jsonl'
        ? {
            id: request.id,
            ok: true,
            file: request.file,
            count: result.mentions.length,
            jsonl: formatJsonlMentions(result.mentions),
          }
        : { id: request.id, ok: true, file: request.file, count: result.mentions.length, mentions: result.mentions };
  } catch (error) {
    reply = { id: request.id, ok: false, file: request.file, reason: failureReason(error) };
  }
  port.postMessage(reply);
});
