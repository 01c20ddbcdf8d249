import { describe, expect, it, vi } from 'vitest';
import { activateForTest, useExtensionTestEnvironment } from '../../test/activate-for-test';
import { vscodeMock } from '../../test/vscode-mock';
import { COMMANDS, CONTEXT_KEYS, VIEWS } from '../contribution-ids';

useExtensionTestEnvironment();

const dates = (labels: string[]) => labels.map((label) => label.split(' ')[0]!);

describe('"Timeline" view', () => {
  it('lists every dated event, newest first', async () => {
    activateForTest();
    const items = await vscodeMock.renderTree(VIEWS.timeline);
    expect(items.length).toBeGreaterThan(20);
    const order = dates(items.map((item) => item.label));
    expect(order).toEqual([...order].sort().reverse());
    expect(items[0]!.command?.command).toBe(COMMANDS.showDetails);
  });

  it('narrows to the entities of the current document when asked, and back', async () => {
    vscodeMock.openDocument('DeepSeek and its R2 model.');
    activateForTest();
    vi.runOnlyPendingTimers();
    const all = await vscodeMock.renderTree(VIEWS.timeline);
    await vscodeMock.state.commands.get(COMMANDS.filterTimelineToDocument)!();
    expect(vscodeMock.state.context.get(CONTEXT_KEYS.timelineFiltered)).toBe(true);
    const filtered = await vscodeMock.renderTree(VIEWS.timeline);
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.length).toBeLessThan(all.length);
    expect(filtered.every((item) => /deepseek|r2/i.test(item.label))).toBe(true);
    await vscodeMock.state.commands.get(COMMANDS.showAllTimeline)!();
    expect(await vscodeMock.renderTree(VIEWS.timeline)).toHaveLength(all.length);
  });
});
