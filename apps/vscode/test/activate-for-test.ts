import { readFileSync } from 'node:fs';
import type { ExtensionContext } from 'vscode';
import { activateExtension } from '../src/activate-extension';
import { nodePlatform } from '../src/platform/node-platform';
import type { Platform } from '../src/platform/platform';
import { vscodeMock } from './vscode-mock';

export interface TestActivation {
  context: ReturnType<typeof vscodeMock.createContext>;
  whenDatasetSettled(): Promise<void>;
  dispose(): void;
}

/** Activates the extension against a fresh fake editor, with these user settings and trust. */
export function activateForTest(
  options: { settings?: Record<string, unknown>; trusted?: boolean; platform?: Platform } = {},
): TestActivation {
  for (const [name, value] of Object.entries(options.settings ?? {})) vscodeMock.state.configuration.set(name, value);
  vscodeMock.state.trusted = options.trusted ?? true;
  const context = vscodeMock.createContext();
  const handle = activateExtension(context as unknown as ExtensionContext, options.platform ?? nodePlatform);
  return {
    context,
    whenDatasetSettled: () => handle.whenDatasetSettled(),
    dispose() {
      for (const subscription of context.subscriptions) subscription.dispose();
    },
  };
}

export function readFixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}
