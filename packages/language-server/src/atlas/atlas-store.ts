import { type Atlas, createAtlas, loadDataset } from '@aichips/sdk';
import { type Disposable, Emitter, type Event } from 'vscode-languageserver/node';
import { describeError, type Log } from '../log';
import type { SettingsStore } from '../settings/settings-store';
import { resolveDatasetPath } from './resolve-dataset-path';

/** The atlas in use: the embedded dataset, or a validated release from `aichips.datasetPath`. */
export interface AtlasStore extends Disposable {
  readonly atlas: Atlas;
  readonly source: 'embedded' | 'custom';
  /** Fires when the atlas in use is replaced. */
  readonly onDidChange: Event<Atlas>;
  /** Settles when the latest dataset load has finished (for tests). */
  whenSettled(): Promise<void>;
}

export interface AtlasStoreDeps {
  settings: SettingsStore;
  log: Log;
  workspaceRoot: () => string | undefined;
  /** Tells the writer why their dataset was not used (`window/showMessage`). */
  showError: (message: string) => void;
}

export function createAtlasStore({ settings, log, workspaceRoot, showError }: AtlasStoreDeps): AtlasStore {
  const emitter = new Emitter<Atlas>();
  const embedded = createAtlas();
  let custom: { path: string; atlas: Atlas } | undefined;
  let settled: Promise<void> = Promise.resolve();
  let attempt = 0;
  const reported = new Set<string>();

  const useEmbedded = () => {
    if (!custom) return;
    custom = undefined;
    emitter.fire(embedded);
  };

  const load = async (path: string, id: number) => {
    try {
      const dataset = await loadDataset(resolveDatasetPath(path, workspaceRoot()));
      if (id !== attempt) return;
      // Swapped in whole, only once it is fully checked: nothing is half-applied.
      custom = { path, atlas: createAtlas({ dataset }) };
      log.info(`custom dataset "${path}" loaded: version ${dataset.meta.datasetVersion}`);
      emitter.fire(custom.atlas);
    } catch (error) {
      if (id !== attempt) return;
      const message = describeError(error);
      log.error(`custom dataset "${path}" not loaded: ${message}`);
      useEmbedded();
      // Once per distinct problem: a bad path does not nag on every configuration push.
      const key = `${path}\n${message}`;
      if (reported.has(key)) return;
      reported.add(key);
      showError(
        `AI Chip Atlas: the dataset "${path}" (aichips.datasetPath) was not loaded: ${message}. ` +
          `The embedded dataset ${embedded.dataset.meta.datasetVersion} stays in use.`,
      );
    }
  };

  const reload = () => {
    const id = ++attempt;
    const path = settings.current.datasetPath;
    if (!path) {
      useEmbedded();
      return;
    }
    if (custom?.path === path) return;
    settled = load(path, id);
  };

  const listener = settings.onDidChange((changed) => {
    if (changed.has('datasetPath')) reload();
  });
  reload();

  return {
    get atlas() {
      return custom?.atlas ?? embedded;
    },
    get source() {
      return custom ? 'custom' : 'embedded';
    },
    onDidChange: emitter.event,
    whenSettled: () => settled,
    dispose() {
      listener.dispose();
      emitter.dispose();
    },
  };
}
