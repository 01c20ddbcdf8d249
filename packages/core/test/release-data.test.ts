import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDataFiles } from '../scripts/read-data-files';
import { hashDatasetContent } from '../src/data/assemble-dataset';
import { validateEntities } from '../src/data/validate-entities';
import type { Dataset } from '../src/schema/dataset';
import { CORE_ROOT } from './dataset-fixtures';

// The release ships dist/data.json as release/data.json. The SDK is imported from its source by a computed
// path: core cannot depend on the SDK, and the SDK's own build may not have run yet (turbo builds core first).
const sdkLoader = join(CORE_ROOT, '../sdk/src/loading/load-dataset.ts');
const { loadDataset } = (await import(/* @vite-ignore */ sdkLoader)) as {
  loadDataset(source: string): Promise<Dataset>;
};

const builtData = join(CORE_ROOT, 'dist/data.json');
const dir = mkdtempSync(join(tmpdir(), 'aichips-release-data-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function loadError(path: string): Promise<{ code: string; message: string }> {
  try {
    await loadDataset(path);
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error(`expected ${path} to be rejected`);
}

describe('the released data.json', () => {
  it('loads through the SDK as exactly what was built, from the current data files', async () => {
    const loaded = await loadDataset(builtData);
    expect(loaded).toEqual(JSON.parse(readFileSync(builtData, 'utf8')));
    const { records } = readDataFiles(CORE_ROOT);
    const fromFiles = validateEntities(records);
    if (!fromFiles.success) throw new Error('data/ does not validate');
    expect(loaded.meta.sha256).toBe(hashDatasetContent(fromFiles.data));
    const { version } = JSON.parse(readFileSync(join(CORE_ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(loaded.meta.datasetVersion).toBe(version);
    expect(loaded.meta.counts.chips).toBe(fromFiles.data.chips.length);
  });

  it('rejects a tampered copy by its sha256', async () => {
    const tampered = JSON.parse(readFileSync(builtData, 'utf8')) as Dataset;
    const chip = tampered.chips.find((candidate) => candidate.memory?.capacity !== undefined)!;
    chip.memory!.capacity!.value = 999;
    const path = join(dir, 'tampered.json');
    writeFileSync(path, JSON.stringify(tampered));
    const error = await loadError(path);
    expect(error.code).toBe('SHA256_MISMATCH');
    expect(error.message).toMatch(/meta\.sha256: content hash is [0-9a-f]{64}, but meta\.sha256 says [0-9a-f]{64}/);
  });
});
