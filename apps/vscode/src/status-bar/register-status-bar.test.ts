import { describe, expect, it, vi } from 'vitest';
import { activateForTest, useExtensionTestEnvironment } from '../../test/activate-for-test';
import { vscodeMock } from '../../test/vscode-mock';
import { COMMANDS, STATUS_BAR_ITEM } from '../contribution-ids';

useExtensionTestEnvironment();

const item = () => vscodeMock.statusBarItem(STATUS_BAR_ITEM)!;

describe('status bar item', () => {
  it('shows the mention count of the active document and opens the sidebar', async () => {
    vscodeMock.openDocument('NVIDIA ships the H20; Huawei the Ascend 910C.');
    activateForTest();
    vi.runOnlyPendingTimers();
    expect(item()).toMatchObject({
      text: '$(circuit-board) 4 mentions',
      visible: true,
      name: 'AI Chips',
      command: COMMANDS.showSidebar,
    });
    await vscodeMock.state.commands.get(COMMANDS.showSidebar)!();
    expect(vscodeMock.state.executed.at(-1)?.command).toBe('workbench.view.extension.aiChips');
  });

  it('follows typing and the active editor, and hides for other languages', () => {
    const { document } = vscodeMock.openDocument('One: NVIDIA.');
    activateForTest();
    vi.runOnlyPendingTimers();
    vscodeMock.edit(document, [{ start: 12, end: 12, text: ' Two: Cambricon.' }]);
    vi.advanceTimersByTime(150);
    expect(item().text).toBe('$(circuit-board) 2 mentions');
    vscodeMock.openDocument('const h20 = 1;', { language: 'typescript' });
    expect(item().visible).toBe(false);
  });

  it('says scanning is limited for a file over the size limit', () => {
    const line = 'NVIDIA ships the H20 and nothing else on this line of filler text.\n';
    vscodeMock.openDocument(line.repeat(10_000), { visibleLines: [0, 9] });
    activateForTest();
    vi.runAllTimers();
    expect(item().text).toBe('$(warning) AI Chips: scanning limited (20 mentions visible)');
    expect(item().tooltip).toMatch(
      /^The file is 654 KB, over the 512 KB limit \(aichips\.maxFileSize\): only the visible lines are scanned\./,
    );
  });

  it('says when the extension is off for the file', async () => {
    vscodeMock.openDocument('NVIDIA ships the H20.');
    activateForTest();
    vi.runOnlyPendingTimers();
    await vscodeMock.state.commands.get(COMMANDS.disableForFile)!();
    expect(item().text).toBe('$(circle-slash) AI Chips: off');
    expect(vscodeMock.state.context.get('aichips.disabledForFile')).toBe(true);
    await vscodeMock.state.commands.get(COMMANDS.enableForFile)!();
    expect(item().text).toBe('$(circuit-board) 2 mentions');
  });
});
