import type { LogOutputChannel, Memento } from 'vscode';
import { window } from 'vscode';
import { type AtlasStore, createAtlasStore } from '../src/atlas/atlas-store';
import { nodePlatform } from '../src/platform/node-platform';
import type { Platform } from '../src/platform/platform';
import { createDisabledFiles, type DisabledFiles } from '../src/scanning/disabled-files';
import { createDocumentScans, type DocumentScans } from '../src/scanning/document-scans';
import { createSettingsStore, type SettingsStore } from '../src/settings/settings-store';
import { vscodeMock } from './vscode-mock';

export interface TestServices {
  settings: SettingsStore;
  atlasStore: AtlasStore;
  disabledFiles: DisabledFiles;
  scans: DocumentScans;
  log: LogOutputChannel;
  dispose(): void;
}

/** The extension's shared services over the fake editor, without any view or command. */
export function createServices(
  options: { settings?: Record<string, unknown>; platform?: Platform } = {},
): TestServices {
  for (const [name, value] of Object.entries(options.settings ?? {})) vscodeMock.state.configuration.set(name, value);
  const log = window.createOutputChannel('AI Chip Atlas', { log: true });
  const settings = createSettingsStore();
  const atlasStore = createAtlasStore({ settings, platform: options.platform ?? nodePlatform, log });
  const context = vscodeMock.createContext();
  const disabledFiles = createDisabledFiles(context.workspaceState as unknown as Memento);
  const scans = createDocumentScans({ atlasStore, settings, disabledFiles, log });
  return {
    settings,
    atlasStore,
    disabledFiles,
    scans,
    log,
    dispose() {
      for (const service of [scans, disabledFiles, atlasStore, settings]) service.dispose();
    },
  };
}
