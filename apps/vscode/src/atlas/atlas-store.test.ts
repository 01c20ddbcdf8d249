import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAtlas } from '@aichips/sdk';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TextDocument } from 'vscode';
import { createServices, type TestServices } from '../../test/create-services';
import { Uri, vscodeMock } from '../../test/vscode-mock';
import { webPlatform } from '../platform/web-platform';

const dir = mkdtempSync(join(tmpdir(), 'aichips-vscode-'));
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const release = (version: string) =>
  JSON.stringify({ ...createAtlas().dataset, meta: { ...createAtlas().dataset.meta, datasetVersion: version } });

let services: TestServices | undefined;

beforeEach(() => vscodeMock.reset());
afterEach(() => {
  services?.dispose();
  services = undefined;
});

const errors = () => vscodeMock.state.messages.filter((message) => message.level === 'error');

describe('createAtlasStore()', () => {
  it('uses the embedded dataset by default', async () => {
    services = createServices();
    await services.atlasStore.whenSettled();
    expect(services.atlasStore.source).toBe('embedded');
    expect(vscodeMock.state.messages).toEqual([]);
  });

  it('loads a valid custom release in a trusted workspace, and switches back when the path is cleared', async () => {
    const path = write('release.json', release('9.9.9'));
    services = createServices({ settings: { 'aichips.datasetPath': path } });
    await services.atlasStore.whenSettled();
    expect(services.atlasStore.source).toBe('custom');
    expect(services.atlasStore.atlas.dataset.meta.datasetVersion).toBe('9.9.9');
    vscodeMock.setConfiguration('aichips.datasetPath', '');
    expect(services.atlasStore.source).toBe('embedded');
  });

  it('resolves a relative path against the first workspace folder', async () => {
    write('relative.json', release('7.0.0'));
    vscodeMock.state.workspaceFolders = [{ uri: Uri.file(dir), name: 'w', index: 0 }];
    services = createServices({ settings: { 'aichips.datasetPath': 'relative.json' } });
    await services.atlasStore.whenSettled();
    expect(services.atlasStore.atlas.dataset.meta.datasetVersion).toBe('7.0.0');
  });

  it('shows one clear error for a bad release and keeps the embedded dataset working', async () => {
    const path = write('broken.json', '{"meta": ');
    services = createServices({ settings: { 'aichips.datasetPath': path } });
    await services.atlasStore.whenSettled();
    expect(errors()).toHaveLength(1);
    expect(errors()[0]!.text).toMatch(
      new RegExp(
        `^AI Chip Atlas: the custom dataset "${path}" \\(aichips\\.datasetPath\\) was not loaded: .*not well-formed JSON`,
      ),
    );
    expect(errors()[0]!.text).toContain('The embedded dataset 0.1.0 stays in use.');
    expect(services.atlasStore.source).toBe('embedded');
    const { document } = vscodeMock.openDocument('NVIDIA ships the H20.');
    expect(services.scans.get(document as unknown as TextDocument)?.mentions.map((m) => m.id)).toEqual([
      'nvidia',
      'h20',
    ]);
    // The same problem again (a window reload, an unrelated settings change) does not nag.
    vscodeMock.setConfiguration('aichips.datasetPath', `${path}`);
    vscodeMock.setConfiguration('aichips.showChineseNames', false);
    await services.atlasStore.whenSettled();
    expect(errors()).toHaveLength(1);
  });

  it('names the problem of a release that fails validation', async () => {
    const tampered = JSON.parse(release('1.0.0'));
    tampered.chips[0].memory.capacity.value = 1;
    const path = write('tampered.json', JSON.stringify(tampered));
    services = createServices({ settings: { 'aichips.datasetPath': path } });
    await services.atlasStore.whenSettled();
    expect(errors()).toHaveLength(1);
    expect(errors()[0]!.text).toContain('meta.sha256');
  });

  it('ignores the custom dataset in an untrusted workspace until trust is granted', async () => {
    const path = write('trusted-only.json', release('8.0.0'));
    vscodeMock.state.trusted = false;
    services = createServices({ settings: { 'aichips.datasetPath': path } });
    await services.atlasStore.whenSettled();
    expect(services.atlasStore.source).toBe('embedded');
    expect(vscodeMock.state.logLines.some((line) => line.includes('ignored until this workspace is trusted'))).toBe(
      true,
    );
    vscodeMock.setTrusted(true);
    await services.atlasStore.whenSettled();
    expect(services.atlasStore.atlas.dataset.meta.datasetVersion).toBe('8.0.0');
  });

  it('ignores the custom dataset in the browser, saying so once', async () => {
    services = createServices({ settings: { 'aichips.datasetPath': '/somewhere/data.json' }, platform: webPlatform });
    await services.atlasStore.whenSettled();
    expect(services.atlasStore.source).toBe('embedded');
    vscodeMock.setConfiguration('aichips.datasetPath', '/elsewhere/data.json');
    expect(vscodeMock.state.messages).toEqual([
      {
        level: 'information',
        text: 'AI Chip Atlas: aichips.datasetPath is ignored in the browser; the embedded dataset is used.',
      },
    ]);
  });
});
