import { commands, type Disposable } from 'vscode';
import { COMMANDS, VIEW_CONTAINER } from '../contribution-ids';

/** "Show sidebar" (also the status bar item's click): opens the AI Chips activity-bar container. */
export function registerShowSidebar(): Disposable {
  return commands.registerCommand(COMMANDS.showSidebar, () =>
    commands.executeCommand(`workbench.view.extension.${VIEW_CONTAINER}`),
  );
}
