import type { Dataset, Matcher } from '@aichips/core';
import { embeddedDataset, loadEmbeddedMatcher } from '@aichips/core/embedded';
import { type Atlas, bindAtlas } from '@aichips/sdk';
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

const describeError = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createAtlasStore({ settings, platform, log }: AtlasStoreDeps): AtlasStore {
  const emitter = new EventEmitter<Atlas>();
  let embedded: LoadedDataset | undefined;
  let custom: { path: string; loaded: LoadedDataset } | undefined;
  let settled: Promise<void> = Promise.resolve();
  let attempt = 0;
  const reported = new Set<string>();
  const getEmbedded = () => {
    // The embedded dataset's matcher was compiled when @aichips/core was built.
    embedded ??= prepare(embeddedDataset, loadEmbeddedMatcher);
    return embedded;
  };
  const current = () => custom?.loaded ?? getEmbedded();

  const useEmbedded = () => {
    if (!custom) return;
    custom = undefined;
    emitter.fire(getEmbedded().atlas);
  };

  // Shown once per distinct problem, so a bad path set in settings does not nag on every reload.
  const reportOnce = (key: string, show: () => void) => {
    if (reported.has(key)) return;
    reported.add(key);
    show();
  };

  const load = async (path: string, loader: NonNullable<Platform['loadCustomDataset']>, id: number) => {
    let dataset: Dataset;
    try {
      dataset = await loader(path, workspace.workspaceFolders?.[0]?.uri);
    } catch (error) {
      if (id !== attempt) return;
      const message = describeError(error);
      log.error(`custom dataset "${path}" not loaded: ${message}`);
      useEmbedded();
      const version = embeddedDataset.meta.datasetVersion;
      reportOnce(`${path}\n${message}`, () => {
        void window.showErrorMessage(
          `AI Chip Atlas: the custom dataset "${path}" (aichips.datasetPath) was not loaded: ${message}. ` +
            `The embedded dataset ${version} stays in use.`,
        );
      });
      return;
    }
    if (id !== attempt) return;
    custom = { path, loaded: prepare(dataset) };
    log.info(`custom dataset "${path}" loaded: version ${dataset.meta.datasetVersion}`);
    emitter.fire(custom.loaded.atlas);
  };

  const reload = () => {
    const id = ++attempt;
    const path = settings.current.datasetPath;
    if (!path) {
      useEmbedded();
      return;
    }
    if (!platform.loadCustomDataset) {
      log.warn(`aichips.datasetPath is ignored in the browser; using the embedded dataset`);
      useEmbedded();
      reportOnce('web', () => {
        void window.showInformationMessage(
          'AI Chip Atlas: aichips.datasetPath is ignored in the browser; the embedded dataset is used.',
        );
      });
      return;
    }
    if (!workspace.isTrusted) {
      log.warn(`aichips.datasetPath is ignored until this workspace is trusted; using the embedded dataset`);
      useEmbedded();
      return;
    }
    if (custom?.path === path) return;
    settled = load(path, platform.loadCustomDataset, id);
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
      return current().atlas;
    },
    get scanner() {
      return current().scanner;
    },
    get source() {
      return custom ? 'custom' : 'embedded';
    },
    onDidChange: emitter.event,
    whenSettled: () => settled,
    dispose() {
      for (const subscription of subscriptions) subscription.dispose();
      emitter.dispose();
    },
  };
}
