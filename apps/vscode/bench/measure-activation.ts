import Module from 'node:module';
import * as vscode from '../test/vscode-mock';

const { vscodeMock } = vscode;

/** Makes `require('vscode')` (as the bundle calls it) return the fake module. */
export function useFakeVscode(): void {
  type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;
  const moduleWithLoad = Module as unknown as { _load: Loader };
  const load = moduleWithLoad._load;
  moduleWithLoad._load = (request, parent, isMain) => (request === 'vscode' ? vscode : load(request, parent, isMain));
}

export interface Extension {
  activate(context: unknown): unknown;
}

const now = () => performance.now();
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Activates the extension on a fresh fake editor showing `text`; resolves once the first underlines are
 * set and once all `mentionCount` of them are (the visible lines come first, the whole document next).
 */
export async function activateOnce(extension: Extension, text: string, mentionCount: number) {
  vscodeMock.reset();
  const { editor } = vscodeMock.openDocument(text, { visibleLines: [0, 40] });
  let decoratedAt = 0;
  let completedAt = 0;
  const counts = new Map<unknown, number>();
  const setDecorations = editor!.setDecorations.bind(editor);
  editor!.setDecorations = (type, ranges) => {
    if (!decoratedAt && ranges.length > 0) decoratedAt = now();
    counts.set(type, ranges.length);
    if (!completedAt && [...counts.values()].reduce((sum, n) => sum + n, 0) === mentionCount) completedAt = now();
    setDecorations(type, ranges);
  };
  const context = vscodeMock.createContext();
  const start = now();
  extension.activate(context);
  const returned = now();
  while (!completedAt) await nextTurn();
  return {
    activateMs: returned - start,
    firstDecorationsMs: decoratedAt - start,
    allDecorationsMs: completedAt - start,
    editor: editor!,
    dispose: () => {
      for (const subscription of context.subscriptions) subscription.dispose();
    },
  };
}
