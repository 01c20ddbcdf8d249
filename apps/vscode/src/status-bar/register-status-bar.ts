import { type Disposable, StatusBarAlignment, window } from 'vscode';
import { COMMANDS, STATUS_BAR_ITEM } from '../contribution-ids';
import type { DisabledFiles } from '../scanning/disabled-files';
import type { DocumentScans } from '../scanning/document-scans';
import { isScannedLanguage } from '../scanning/scan-options';
import type { SettingsStore } from '../settings/settings-store';
import { describeStatus } from './describe-status';

export interface StatusBarDeps {
  scans: DocumentScans;
  settings: SettingsStore;
  disabledFiles: DisabledFiles;
}

/** The mention count of the active document (or why scanning is limited); opens the sidebar. */
export function registerStatusBar({ scans, settings, disabledFiles }: StatusBarDeps): Disposable {
  const item = window.createStatusBarItem(STATUS_BAR_ITEM, StatusBarAlignment.Right, 100);
  item.name = 'AI Chips';
  item.command = COMMANDS.showSidebar;

  const update = () => {
    const document = window.activeTextEditor?.document;
    if (!document || !isScannedLanguage(document, settings.current)) {
      item.hide();
      return;
    }
    const { text, tooltip } = describeStatus(scans.get(document), disabledFiles.has(document.uri));
    item.text = text;
    item.tooltip = tooltip;
    item.show();
  };

  const first = setTimeout(update, 0);
  const subscriptions = [
    window.onDidChangeActiveTextEditor(update),
    scans.onDidChange((document) => {
      if (document === window.activeTextEditor?.document) update();
    }),
    settings.onDidChange(update),
  ];
  return {
    dispose() {
      clearTimeout(first);
      for (const subscription of subscriptions) subscription.dispose();
      item.dispose();
    },
  };
}
