import { ConfigurationTarget, commands, type Disposable, workspace } from 'vscode';
import { COMMANDS } from '../contribution-ids';

/** "Toggle decorations": flips `aichips.decorations.enabled` where it is set (workspace, else user). */
export function registerToggleDecorations(): Disposable {
  return commands.registerCommand(COMMANDS.toggleDecorations, async () => {
    const configuration = workspace.getConfiguration('aichips');
    const inspected = configuration.inspect<boolean>('decorations.enabled');
    const enabled = configuration.get<boolean>('decorations.enabled', true);
    const target =
      inspected?.workspaceFolderValue !== undefined
        ? ConfigurationTarget.WorkspaceFolder
        : inspected?.workspaceValue !== undefined
          ? ConfigurationTarget.Workspace
          : ConfigurationTarget.Global;
    await configuration.update('decorations.enabled', !enabled, target);
  });
}
