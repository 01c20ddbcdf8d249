import type { Dataset, Matcher } from '@aichips/core';
import { embeddedDataset, loadEmbeddedMatcher } from '@aichips/core/embedded';
import { type Atlas, bindAtlas, createDatasetSwitch } from '@aichips/sdk';
import { type Disposable, type Event, EventEmitter, type LogOutputChannel, window, workspace } from 'vscode';
import type { Platform } from '../platform/platform';
import type { SettingsStore } from '../settings/settings-store';
import { createMentionScanner, type MentionScanner } from './mention-scanner';

interface LoadedDataset {
  readonly dataset: Dataset;
  readonly atlas: Atlas;
  readonly scanner: MentionScanner;
}

/** Scanner now, atlas (and its index) when first asked for. */
function prepare(dataset: Dataset, loadMatcher?: () => Matcher): LoadedDataset {
  let atlas: Atlas | undefined;
  const scanner = createMentionScanner(dataset, loadMatcher);
  return {
    dataset,
    scanner,
    get atlas() {
      atlas ??= bindAtlas(dataset, loadMatcher ? { loadMatcher } : {});
      return atlas;
    },
  };
}

/** The atlas in use: the embedded dataset, or a validated custom release when one is set and allowed. */
export interface AtlasStore extends Disposable {
  /** Queries and cards; its look-up index is built on first use. */
  readonly atlas: Atlas;
  /** The scanner of the same dataset. */
  readonly scanner: MentionScanner;
  readonly source: 'embedded' | 'custom';
  readonly onDidChange: Event<Atlas>;
  /** Settles when the latest custom-dataset load attempt has finished (for tests and the benchmark). */
  whenSettled(): Promise<void>;
}

export interface AtlasStoreDeps {
  settings: SettingsStore;
  platform: Platform;
  log: LogOutputChannel;
}

export function createAtlasStore({ settings, platform, log }: AtlasStoreDeps): AtlasStore {
  const emitter = new EventEmitter<Atlas>();
  const datasets = createDatasetSwitch<LoadedDataset>({
    // The embedded dataset's matcher was compiled when @aichips/core was built.
    embedded: () => prepare(embeddedDataset, loadEmbeddedMatcher),
    load: async (path) => {
      if (!platform.loadCustomDataset) throw new Error('custom datasets cannot be loaded here');
      return prepare(await platform.loadCustomDataset(path, workspace.workspaceFolders?.[0]?.uri));
    },
    onDidSwitch: (loaded, path) => {
      if (path) log.info(`custom dataset "${path}" loaded: version ${loaded.dataset.meta.datasetVersion}`);
      emitter.fire(loaded.atlas);
    },
    onError: (path, message, firstTime) => {
      log.error(`custom dataset "${path}" not loaded: ${message}`);
      // Shown once per distinct problem, so a bad path set in settings does not nag on every reload.
      if (!firstTime) return;
      const version = embeddedDataset.meta.datasetVersion;
      void window.showErrorMessage(
        `AI Chip Atlas: the custom dataset "${path}" (aichips.datasetPath) was not loaded: ${message}. ` +
          `The embedded dataset ${version} stays in use.`,
      );
    },
  });
  let toldAboutWeb = false;

  const reload = () => {
    const path = settings.current.datasetPath;
    if (!path) return datasets.useEmbedded();
    if (!platform.loadCustomDataset) {
      log.warn(`aichips.datasetPath is ignored in the browser; using the embedded dataset`);
      datasets.useEmbedded();
      if (!toldAboutWeb)
        void window.showInformationMessage(
          'AI Chip Atlas: aichips.datasetPath is ignored in the browser; the embedded dataset is used.',
        );
      toldAboutWeb = true;
      return;
    }
    if (!workspace.isTrusted) {
      log.warn(`aichips.datasetPath is ignored until this workspace is trusted; using the embedded dataset`);
      return datasets.useEmbedded();
    }
    datasets.use(path);
  };

  const subscriptions = [
    settings.onDidChange((changed) => {
      if (changed.has('datasetPath')) reload();
    }),
    workspace.onDidGrantWorkspaceTrust(reload),
  ];
  reload();

  return {
    get atlas() {
      return datasets.current.atlas;
    },
    get scanner() {
      return datasets.current.scanner;
    },
    get source() {
      return datasets.source;
    },
    onDidChange: emitter.event,
    whenSettled: () => datasets.whenSettled(),
    dispose() {
      for (const subscription of subscriptions) subscription.dispose();
      emitter.dispose();
    },
  };
}
