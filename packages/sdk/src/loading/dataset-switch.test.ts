import { describe, expect, it, vi } from 'vitest';
import { createDatasetSwitch } from './dataset-switch';

const setUp = (load: (path: string) => Promise<string>) => {
  const onDidSwitch = vi.fn();
  const onError = vi.fn();
  const datasets = createDatasetSwitch({ embedded: () => 'embedded', load, onDidSwitch, onError });
  return { datasets, onDidSwitch, onError };
};

describe('createDatasetSwitch()', () => {
  it('switches to a release once it has loaded, and back to the embedded dataset', async () => {
    const { datasets, onDidSwitch } = setUp(async (path) => `release ${path}`);
    datasets.use('a.json');
    expect(datasets.current).toBe('embedded');
    await datasets.whenSettled();
    expect([datasets.current, datasets.source]).toEqual(['release a.json', 'custom']);
    datasets.useEmbedded();
    expect([datasets.current, datasets.source]).toEqual(['embedded', 'embedded']);
    expect(onDidSwitch.mock.calls).toEqual([
      ['release a.json', 'a.json'],
      ['embedded', undefined],
    ]);
  });

  it('keeps the embedded dataset on a failed load and reports each problem once as new', async () => {
    const { datasets, onDidSwitch, onError } = setUp(async (path) => {
      throw new Error(`${path}: no such file`);
    });
    for (const path of ['bad.json', 'bad.json', 'other.json']) {
      datasets.use(path);
      await datasets.whenSettled();
    }
    expect(datasets.current).toBe('embedded');
    expect(onDidSwitch).not.toHaveBeenCalled();
    expect(onError.mock.calls).toEqual([
      ['bad.json', 'bad.json: no such file', true],
      ['bad.json', 'bad.json: no such file', false],
      ['other.json', 'other.json: no such file', true],
    ]);
  });

  it('lets only the latest request count when loads finish out of order', async () => {
    const pending = new Map<string, (value: string) => void>();
    const { datasets } = setUp((path) => new Promise((resolve) => pending.set(path, resolve)));
    datasets.use('slow.json');
    datasets.use('fast.json');
    pending.get('fast.json')!('fast');
    await datasets.whenSettled();
    pending.get('slow.json')!('slow');
    await Promise.resolve();
    expect(datasets.current).toBe('fast');
  });
});
