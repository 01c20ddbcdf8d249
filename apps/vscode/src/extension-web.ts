import type { ExtensionContext } from 'vscode';
import { activateExtension, type ExtensionHandle } from './activate-extension';
import { webPlatform } from './platform/web-platform';

/** Web entry (`browser`): no Node APIs on this path; `aichips.datasetPath` is ignored. */
export function activate(context: ExtensionContext): ExtensionHandle {
  return activateExtension(context, webPlatform);
}

export function deactivate(): void {}
