import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assembleDataset } from '@aichips/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tinyContent, tinyDataset } from '../../test/tiny-dataset';
import { SdkError } from '../sdk-error';
import { loadDataset, safeLoadDataset } from './load-dataset';

const dir = mkdtempSync(join(tmpdir(), 'aichips-load-'));
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

async function failure(promise: Promise<unknown>): Promise<SdkError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SdkError) return error;
    throw error;
  }
  throw new Error('expected the load to fail');
}

describe('loadDataset()', () => {
  it('loads a release from an object and from a file, equal to what was written', async () => {
    const dataset = tinyDataset();
    expect(await loadDataset(JSON.parse(JSON.stringify(dataset)))).toEqual(dataset);
    expect(await loadDataset(write('ok.json', JSON.stringify(dataset)))).toEqual(dataset);
  });

  it('rejects malformed JSON, naming the file', async () => {
    const path = write('broken.json', '{"meta": ');
    const error = await failure(loadDataset(path));
    expect(error.code).toBe('MALFORMED_JSON');
    expect(error.message).toContain(path);
  });

  it('rejects a missing file', async () => {
    expect((await failure(loadDataset(join(dir, 'nope.json')))).code).toBe('FILE_NOT_FOUND');
  });

  it('rejects a schema of another major version with a clear message', async () => {
    const dataset = tinyDataset();
    const error = await failure(loadDataset({ ...dataset, meta: { ...dataset.meta, schemaVersion: '2.0.0' } }));
    expect(error.code).toBe('INCOMPATIBLE_SCHEMA');
    expect(error.message).toContain('schema 2.0.0 is not compatible');
  });

  it('rejects a tampered copy by its sha256', async () => {
    const dataset = JSON.parse(JSON.stringify(tinyDataset()));
    dataset.chips[0].memory.capacity.value = 141;
    const error = await failure(loadDataset(dataset));
    expect(error.code).toBe('SHA256_MISMATCH');
    expect(error.message).toContain('meta.sha256');
  });

  it('runs the full schema and reference checks, listing every problem', async () => {
    const content = tinyContent();
    (content.chips[0] as { vendor: string }).vendor = 'nobody';
    const error = await failure(loadDataset(assembleDataset(content, '1.0.0')));
    expect(error.code).toBe('INVALID_DATASET');
    expect(error.message).toBe('dataset chips[0] vendor: no organization with id "nobody"');
  });

  it('rejects a file over the size limit before reading it', async () => {
    const path = write('big.json', JSON.stringify(tinyDataset()));
    expect((await failure(loadDataset(path, { maxBytes: 100 }))).code).toBe('TOO_LARGE');
  });

  it('returns a result instead of throwing from safeLoadDataset()', async () => {
    const result = await safeLoadDataset({ not: 'a dataset' });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.code).toBe('INVALID_SHAPE');
  });
});

describe('loadDataset() from a URL', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    const body = JSON.stringify(tinyDataset());
    server = createServer((request, response) => {
      if (request.url === '/ok.json') response.end(body);
      else if (request.url === '/slow.json') setTimeout(() => response.end(body), 2_000);
      else if (request.url === '/huge.json') {
        response.write('['.repeat(10_000));
        setTimeout(() => response.end(']'.repeat(10_000)), 50);
      } else {
        response.statusCode = 404;
        response.end('not here');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('loads a release over HTTP', async () => {
    expect((await loadDataset(`${base}/ok.json`)).meta.datasetVersion).toBe('1.2.3');
  });

  it('gives up after the timeout', async () => {
    const error = await failure(loadDataset(`${base}/slow.json`, { timeoutMs: 200 }));
    expect(error.code).toBe('TIMEOUT');
  });

  it('stops reading past the size limit', async () => {
    expect((await failure(loadDataset(`${base}/huge.json`, { maxBytes: 5_000 }))).code).toBe('TOO_LARGE');
  });

  it('reports an HTTP error status', async () => {
    const error = await failure(loadDataset(`${base}/missing.json`));
    expect(error.code).toBe('HTTP_ERROR');
    expect(error.message).toContain('404');
  });
});
