// A worker thread of `aichips scan --jobs N`: loads the main thread's matcher once, then scans the files it
// is sent. It never loads the dataset: mentions carry their id and kind, which is all a scan reports.
import { parentPort, workerData } from 'node:worker_threads';
import { loadMatcher } from '@aichips/core';
import { formatJsonlMentions } from './jsonl';
import { failureReason, scanFile } from './scan-file';
import type { WorkerReply, WorkerRequest, WorkerSetup } from './worker-protocol';

const setup = workerData as WorkerSetup;
const port = parentPort;
if (!port) throw new Error('scan-worker runs only as a worker thread');

const matcher = loadMatcher(setup.matcher);
const kinds = setup.kinds ? new Set(setup.kinds) : undefined;

const utf8 = new TextEncoder();

port.on('message', async (request: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    const result = await scanFile(matcher, request.file, { kinds, size: request.size });
    reply =
      setup.format === 'jsonl'
        ? {
            id: request.id,
            ok: true,
            file: request.file,
            count: result.mentions.length,
            jsonl: utf8.encode(formatJsonlMentions(result.mentions)),
          }
        : { id: request.id, ok: true, file: request.file, count: result.mentions.length, mentions: result.mentions };
  } catch (error) {
    reply = { id: request.id, ok: false, file: request.file, reason: failureReason(error) };
  }
  port.postMessage(reply, reply.ok && 'jsonl' in reply ? [reply.jsonl.buffer as ArrayBuffer] : []);
});
