import type { ExtensionContext } from 'vscode';
import { activateExtension, type ExtensionHandle } from './activate-extension';
import { nodePlatform } from './platform/node-platform';

/** Desktop entry (`main`): the custom dataset loader is available here. */
export function activate(context: ExtensionContext): ExtensionHandle {
  return activateExtension(context, nodePlatform);
}

export function deactivate(): void {}
