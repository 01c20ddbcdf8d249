// The release ships @aichips/core's dist/data.json as release/data.json: it must load through the SDK.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dataset } from '@aichips/core';
import { embeddedDataset } from '@aichips/core/embedded';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../src/loading/load-dataset';
import { SdkError } from '../src/sdk-error';

const builtData = createRequire(import.meta.url).resolve('@aichips/core/data.json');
const dir = mkdtempSync(join(tmpdir(), 'aichips-release-data-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the released data.json', () => {
  it('loads through loadDataset() as exactly what was built, equal to the embedded dataset', async () => {
    const loaded = await loadDataset(builtData);
    expect(loaded).toEqual(JSON.parse(readFileSync(builtData, 'utf8')));
    expect(loaded.meta).toEqual(embeddedDataset.meta);
    expect(loaded.meta.counts.chips).toBe(loaded.chips.length);
  });

  it('rejects a tampered copy by its sha256', async () => {
    const tampered = JSON.parse(readFileSync(builtData, 'utf8')) as Dataset;
    const chip = tampered.chips.find((candidate) => candidate.memory?.capacity !== undefined);
    if (!chip?.memory?.capacity) throw new Error('no chip with a memory capacity to tamper with');
    chip.memory.capacity.value = 999;
    const path = join(dir, 'tampered.json');
    writeFileSync(path, JSON.stringify(tampered));
    const error = await loadDataset(path).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(SdkError);
    expect((error as SdkError).code).toBe('SHA256_MISMATCH');
    expect((error as SdkError).message).toMatch(
      /meta\.sha256: content hash is [0-9a-f]{64}, but meta\.sha256 says [0-9a-f]{64}/,
    );
  });
});
