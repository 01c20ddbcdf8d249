import { commands, type Disposable, window } from 'vscode';
import { CONTEXT_KEYS } from '../contribution-ids';
import type { DisabledFiles } from '../scanning/disabled-files';
import type { DocumentScans } from '../scanning/document-scans';
import { isScannedLanguage } from '../scanning/scan-options';
import type { SettingsStore } from '../settings/settings-store';

/** Keeps the `when`-clause keys of the menus in step with the active editor. */
export function registerContextKeys(deps: {
  scans: DocumentScans;
  settings: SettingsStore;
  disabledFiles: DisabledFiles;
}): Disposable {
  const update = () => {
    const document = window.activeTextEditor?.document;
    const language = document !== undefined && isScannedLanguage(document, deps.settings.current);
    void commands.executeCommand(
      'setContext',
      CONTEXT_KEYS.active,
      document !== undefined && deps.scans.isScanned(document),
    );
    void commands.executeCommand(
      'setContext',
      CONTEXT_KEYS.disabledForFile,
      language && deps.disabledFiles.has(document.uri),
    );
  };
  update();
  const subscriptions = [
    window.onDidChangeActiveTextEditor(update),
    deps.settings.onDidChange(update),
    deps.disabledFiles.onDidChange(update),
  ];
  return {
    dispose() {
      for (const subscription of subscriptions) subscription.dispose();
    },
  };
}
