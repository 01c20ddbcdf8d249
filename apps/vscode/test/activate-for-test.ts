import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, vi } from 'vitest';
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

const live: TestActivation[] = [];

/**
 * The per-test set-up every extension test file shares: a fresh fake `vscode`, fake timers for the
 * debounces, and every activation of the test disposed after it.
 */
export function useExtensionTestEnvironment(): void {
  beforeEach(() => {
    vscodeMock.reset();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    for (const activation of live.splice(0)) activation.dispose();
    vi.useRealTimers();
  });
}

/** Activates the extension against a fresh fake editor, with these user settings and trust. */
export function activateForTest(
  options: { settings?: Record<string, unknown>; trusted?: boolean; platform?: Platform } = {},
): TestActivation {
  for (const [name, value] of Object.entries(options.settings ?? {})) vscodeMock.state.configuration.set(name, value);
  vscodeMock.state.trusted = options.trusted ?? true;
  const context = vscodeMock.createContext();
  const handle = activateExtension(context as unknown as ExtensionContext, options.platform ?? nodePlatform);
  let disposed = false;
  const activation: TestActivation = {
    context,
    whenDatasetSettled: () => handle.whenDatasetSettled(),
    dispose() {
      if (disposed) return;
      disposed = true;
      for (const subscription of context.subscriptions) subscription.dispose();
    },
  };
  live.push(activation);
  return activation;
}

export function readFixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}
