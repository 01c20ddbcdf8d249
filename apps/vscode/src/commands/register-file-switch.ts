import { commands, type Disposable, window } from 'vscode';
import { COMMANDS } from '../contribution-ids';
import type { DisabledFiles } from '../scanning/disabled-files';

/** "Disable for this file" and "Enable for this file": no underlines, hovers or sidebar entries for it. */
export function registerFileSwitch({ disabledFiles }: { disabledFiles: DisabledFiles }): Disposable {
  const set = (disabled: boolean) => async () => {
    const uri = window.activeTextEditor?.document.uri;
    if (uri) await disabledFiles.set(uri, disabled);
  };
  const subscriptions = [
    commands.registerCommand(COMMANDS.disableForFile, set(true)),
    commands.registerCommand(COMMANDS.enableForFile, set(false)),
  ];
  return {
    dispose() {
      for (const subscription of subscriptions) subscription.dispose();
    },
  };
}
