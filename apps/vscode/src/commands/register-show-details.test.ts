import { createAtlasIndex, requireChip, tpp } from '@aichips/core';
import { embeddedDataset } from '@aichips/core/embedded';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { activateForTest, type TestActivation } from '../../test/activate-for-test';
import { Position, Selection, vscodeMock } from '../../test/vscode-mock';
import { COMMANDS, DETAILS_VIEW_TYPE } from '../contribution-ids';

let activation: TestActivation | undefined;

beforeEach(() => vscodeMock.reset());
afterEach(() => {
  activation?.dispose();
  activation = undefined;
});

const run = (command: string, ...args: unknown[]) => vscodeMock.state.commands.get(command)!(...args);
const panel = () => vscodeMock.state.webviewPanels.at(-1)!;

describe('Show details', () => {
  it('opens the card and the 3A090 plane of the chip under the cursor', async () => {
    const { editor } = vscodeMock.openDocument('The H20 was cut to fit the rule.');
    activation = activateForTest();
    editor!.selection = new Selection(new Position(0, 5), new Position(0, 5));
    await run(COMMANDS.showDetails);
    expect(panel().viewType).toBe(DETAILS_VIEW_TYPE);
    expect(panel().title).toBe('AI Chips: NVIDIA H20');
    expect(panel().options).toMatchObject({ enableScripts: false, localResourceRoots: [] });
    const html = panel().webview.html;
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('<h2>NVIDIA H20</h2>');
    expect(html).toContain('ECCN 3A090 (October 2023 rule)');
    expect(html).toMatch(/<circle class="chip highlighted"[^>]*><title>NVIDIA H20: TPP 2368, PD 2\.91<\/title>/);
  });

  it('takes an id or a tree node, and reuses one panel', async () => {
    activation = activateForTest();
    await run(COMMANDS.showDetails, 'huawei');
    await run(COMMANDS.showDetails, { entityId: 'deepseek' });
    expect(vscodeMock.state.webviewPanels).toHaveLength(1);
    expect(panel().title).toBe('AI Chips: DeepSeek');
  });

  it('asks which entity when there is nothing under the cursor', async () => {
    vscodeMock.openDocument('No names here.');
    activation = activateForTest();
    vscodeMock.answerQuickPick((items) => items.find((item) => item.label.startsWith('Cambricon MLU590')));
    await run(COMMANDS.showDetails);
    expect(panel().title).toBe('AI Chips: Cambricon MLU590 (Siyuan 590)');
  });
});

describe('Compare chips', () => {
  it('compares the picked chips in a table, with compute and bandwidth bars and the 3A090 plane', async () => {
    const { editor } = vscodeMock.openDocument('The H20 against the Ascend 910C.');
    activation = activateForTest();
    editor!.selection = new Selection(new Position(0, 5), new Position(0, 5));
    let preselected: string[] = [];
    vscodeMock.answerQuickPick((items) => {
      preselected = items.filter((item) => item.picked).map((item) => item.label);
      return items.filter((item) => item.label === 'NVIDIA H20' || item.label === 'Huawei Ascend 910C');
    });
    await run(COMMANDS.compareChips);
    expect(preselected).toEqual(['NVIDIA H20']);
    expect(panel().title).toBe('AI Chips: Compare Huawei Ascend 910C vs NVIDIA H20');
    const html = panel().webview.html;
    expect(html).toMatch(/<tr><th scope="row">Memory bandwidth<\/th><td[^>]*>[\d.]+ TB\/s/);
    expect(html).toContain('<figcaption>Dense FP16/BF16 compute</figcaption>');
    expect(html).toContain('<figcaption>Memory bandwidth</figcaption>');
    expect(html.match(/class="chip highlighted"/g)).toHaveLength(1);
    // The 910C has no sourced die area, so it is drawn as a line at its TPP, whatever the figures are.
    const tpp910c = Math.round(tpp(requireChip(createAtlasIndex(embeddedDataset), 'ascend-910c')) ?? Number.NaN);
    expect(html).toContain(`<title>Huawei Ascend 910C: TPP ${tpp910c}, density unknown</title>`);
    expect(html).toContain('Huawei Ascend 910C is not placed as a point: no die area, so no performance density');
  });

  it('takes chip ids directly, and asks for two when given fewer', async () => {
    activation = activateForTest();
    // No source reports compute for the 910D, so it has no TPP to place.
    await run(COMMANDS.compareChips, ['h20', 'ascend-910d']);
    expect(panel().title).toBe('AI Chips: Compare NVIDIA H20 vs Huawei Ascend 910D');
    expect(panel().webview.html).toContain(
      'Huawei Ascend 910D is not placed as a point: no dense compute figure, so no TPP.',
    );
    vscodeMock.answerQuickPick((items) => [items[0]]);
    await run(COMMANDS.compareChips);
    expect(vscodeMock.state.messages.at(-1)).toEqual({
      level: 'warning',
      text: 'AI Chips: pick at least two chips to compare.',
    });
  });
});
