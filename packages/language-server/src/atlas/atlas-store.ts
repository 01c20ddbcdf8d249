import { type Atlas, createAtlas, createDatasetSwitch, loadDataset } from '@aichips/sdk';
import { type Disposable, Emitter, type Event } from 'vscode-languageserver/node';
import type { Log } from '../log';
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
  const embeddedVersion = () => datasets.current.dataset.meta.datasetVersion;
  const datasets = createDatasetSwitch<Atlas>({
    embedded: () => createAtlas(),
    // Swapped in whole, only once it is fully checked: nothing is half-applied.
    load: async (path) => createAtlas({ dataset: await loadDataset(resolveDatasetPath(path, workspaceRoot())) }),
    onDidSwitch: (atlas, path) => {
      if (path) log.info(`custom dataset "${path}" loaded: version ${atlas.dataset.meta.datasetVersion}`);
      emitter.fire(atlas);
    },
    onError: (path, message, firstTime) => {
      log.error(`custom dataset "${path}" not loaded: ${message}`);
      // Once per distinct problem: a bad path does not nag on every configuration push.
      if (!firstTime) return;
      showError(
        `AI Chip Atlas: the dataset "${path}" (aichips.datasetPath) was not loaded: ${message}. ` +
          `The embedded dataset ${embeddedVersion()} stays in use.`,
      );
    },
  });
  const reload = () => {
    const path = settings.current.datasetPath;
    if (path) datasets.use(path);
    else datasets.useEmbedded();
  };
  const listener = settings.onDidChange((changed) => {
    if (changed.has('datasetPath')) reload();
  });
  reload();

  return {
    get atlas() {
      return datasets.current;
    },
    get source() {
      return datasets.source;
    },
    onDidChange: emitter.event,
    whenSettled: () => datasets.whenSettled(),
    dispose() {
      listener.dispose();
      emitter.dispose();
    },
  };
}
