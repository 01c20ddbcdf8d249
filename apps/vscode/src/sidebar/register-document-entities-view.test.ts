import { describe, expect, it, vi } from 'vitest';
import { activateForTest, readFixture, useExtensionTestEnvironment } from '../../test/activate-for-test';
import { type RenderedTreeItem, vscodeMock } from '../../test/vscode-mock';
import { VIEWS } from '../contribution-ids';

useExtensionTestEnvironment();

const outline = (items: RenderedTreeItem[], indent = ''): string[] =>
  items.flatMap((item) => [
    `${indent}${item.label} — ${item.description}`,
    ...outline(item.children ?? [], `${indent}  `),
  ]);

describe('"In this document" view', () => {
  it('groups the entities of the article by kind, with mention counts', async () => {
    vscodeMock.openDocument(readFixture('china-ai-chips-article.txt'), {
      language: 'plaintext',
      uri: 'file:///work/china-ai-chips-article.txt',
    });
    activateForTest();
    vi.runOnlyPendingTimers();
    expect(outline(await vscodeMock.renderTree(VIEWS.documentEntities, 2))).toEqual([
      'Organizations — 14 mentions',
      '  NVIDIA (英伟达) — 8 mentions',
      '  Cambricon (寒武纪) — 2 mentions',
      '  Huawei (华为) — 2 mentions',
      '  Cyberspace Administration of China (国家互联网信息办公室) — 1 mention',
      '  DeepSeek (深度求索) — 1 mention',
      'People — 1 mention',
      '  Howard Lutnick — 1 mention',
      'AI models — 1 mention',
      '  DeepSeek-R2 — 1 mention',
    ]);
    expect(vscodeMock.state.treeViews.get(VIEWS.documentEntities)?.description).toMatch(
      /^china-ai-chips-article\.txt$/,
    );
  });

  it('lists each occurrence with its line and a snippet, and reveals it on click', async () => {
    const { editor } = vscodeMock.openDocument(readFixture('draft.md'));
    activateForTest();
    vi.runOnlyPendingTimers();
    const tree = await vscodeMock.renderTree(VIEWS.documentEntities, 3);
    const organizations = tree.find((item) => item.id === 'kind:organization');
    const nvidia = organizations!.children!.find((item) => item.id === 'entity:nvidia')!;
    expect(nvidia.children!.map((item) => `${item.label}: ${item.description}`)).toEqual([
      'Line 3: NVIDIA built the H20 for China after…',
      'Line 4: …MLU590. DeepSeek trained on NVIDIA hardware.',
    ]);
    const click = nvidia.children![1]!.command!;
    await vscodeMock.state.commands.get(click.command)!(...(click.arguments ?? []));
    const { selection, document } = editor!;
    expect(document.getText(selection as never)).toBe('NVIDIA');
    expect(selection.start.line).toBe(3);
  });

  it('updates as the writer types, without saving', async () => {
    const { document } = vscodeMock.openDocument('Notes:\n');
    activateForTest();
    vi.runOnlyPendingTimers();
    expect(await vscodeMock.renderTree(VIEWS.documentEntities)).toEqual([]);
    vscodeMock.edit(document, [{ start: 7, end: 7, text: 'The Ascend 910C and the Ascend 910C again.' }]);
    vi.advanceTimersByTime(150);
    expect(outline(await vscodeMock.renderTree(VIEWS.documentEntities, 2))).toEqual([
      'Chips — 2 mentions',
      '  Huawei Ascend 910C (昇腾910C) — 2 mentions',
    ]);
    expect(document.isDirty).toBe(true);
  });

  it('says so when scanning is limited to the visible lines', () => {
    const line = 'NVIDIA ships the H20 and nothing else on this line of filler text.\n';
    vscodeMock.openDocument(line.repeat(10_000), { visibleLines: [0, 20] });
    activateForTest();
    vi.runAllTimers();
    expect(vscodeMock.state.treeViews.get(VIEWS.documentEntities)?.message).toMatch(
      /^Scanning limited\. The file is 654 KB, over the 512 KB limit/,
    );
  });
});
