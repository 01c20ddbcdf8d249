import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { activateForTest } from '../test/activate-for-test';
import { vscodeMock } from '../test/vscode-mock';
import { VIEWS } from './contribution-ids';

beforeEach(() => {
  vscodeMock.reset();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => vi.useRealTimers());

describe('activateExtension()', () => {
  it('wires every feature without scanning anything before activate() returns', () => {
    const { editor } = vscodeMock.openDocument('NVIDIA ships the H20.');
    const activation = activateForTest();
    expect(editor!.decorationCalls).toBe(0);
    expect([...vscodeMock.state.treeViews.keys()]).toEqual([VIEWS.documentEntities, VIEWS.catalog, VIEWS.timeline]);
    expect(vscodeMock.state.hoverProviders).toHaveLength(1);
    expect(vscodeMock.state.codeActionProviders).toHaveLength(1);
    vi.runOnlyPendingTimers();
    expect(editor!.decorationCalls).toBeGreaterThan(0);
    activation.dispose();
  });

  it('hands everything it creates to the context, so deactivation leaves nothing behind', () => {
    const activation = activateForTest();
    expect(activation.context.subscriptions.length).toBeGreaterThan(10);
    activation.dispose();
    expect(vscodeMock.state.commands.size).toBe(0);
    expect(vscodeMock.state.hoverProviders.every((provider) => provider.disposed)).toBe(true);
    expect([...vscodeMock.state.treeViews.values()].every((view) => view.disposed)).toBe(true);
    expect(vscodeMock.state.decorationTypes.every((type) => type.disposed)).toBe(true);
    expect(vscodeMock.state.diagnosticCollections.map((collection) => collection.disposed)).toEqual([true]);
    expect(vscodeMock.state.codeActionProviders.every((provider) => provider.disposed)).toBe(true);
    expect(vscodeMock.state.emitters.changeTextDocument.listenerCount).toBe(0);
    expect(vscodeMock.state.emitters.changeConfiguration.listenerCount).toBe(0);
  });
});
