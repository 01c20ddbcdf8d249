import { describe, expect, it, vi } from 'vitest';
import { activateForTest, readFixture, useExtensionTestEnvironment } from '../../test/activate-for-test';
import { vscodeMock } from '../../test/vscode-mock';

useExtensionTestEnvironment();

const underlines = (editor: Parameters<typeof vscodeMock.decoratedTexts>[0]) => vscodeMock.decoratedTexts(editor);

describe('registerDecorations()', () => {
  it('underlines each kind with its own themable colour', () => {
    const { editor } = vscodeMock.openDocument(
      'NVIDIA built the H20; Jensen Huang said so. DeepSeek says R2 waits. The AI Diffusion Rule was rescinded.\n',
    );
    activateForTest();
    vi.runOnlyPendingTimers();
    expect(underlines(editor!)).toEqual({
      'aichips.chipUnderline': ['H20'],
      'aichips.organizationUnderline': ['NVIDIA', 'DeepSeek'],
      'aichips.personUnderline': ['Jensen Huang'],
      'aichips.modelUnderline': ['R2'],
      'aichips.regulationUnderline': ['AI Diffusion Rule'],
    });
    const styles = vscodeMock.state.decorationTypes.map((type) => type.options.borderStyle);
    expect(new Set(styles)).toEqual(new Set(['none none dotted none']));
  });

  it('decorates visible editors only, and a document once it becomes visible', () => {
    const { document: hidden } = vscodeMock.openDocument('Huawei and Cambricon', { show: false });
    const { editor: shown } = vscodeMock.openDocument('NVIDIA');
    activateForTest();
    vi.runOnlyPendingTimers();
    expect(underlines(shown!)['aichips.organizationUnderline']).toEqual(['NVIDIA']);
    const later = vscodeMock.showDocument(hidden);
    expect(later.decorationCalls).toBeGreaterThan(0);
    expect(underlines(later)['aichips.organizationUnderline']).toEqual(['Huawei', 'Cambricon']);
  });

  it('follows typing once the debounce settles', () => {
    const { document, editor } = vscodeMock.openDocument('Chips: ');
    activateForTest();
    vi.runOnlyPendingTimers();
    vscodeMock.edit(document, [{ start: 7, end: 7, text: 'MLU590 and H20' }]);
    expect(underlines(editor!)['aichips.chipUnderline']).toEqual([]);
    vi.advanceTimersByTime(150);
    expect(underlines(editor!)['aichips.chipUnderline']).toEqual(['MLU590', 'H20']);
  });

  it('goes off with the setting or the Toggle decorations command, and comes back', async () => {
    const { editor } = vscodeMock.openDocument('NVIDIA ships the H20.');
    activateForTest();
    vi.runOnlyPendingTimers();
    await vscodeMock.state.commands.get('aichips.toggleDecorations')!();
    expect(vscodeMock.state.configuration.get('aichips.decorations.enabled')).toBe(false);
    expect(Object.values(underlines(editor!)).flat()).toEqual([]);
    vscodeMock.setConfiguration('aichips.decorations.enabled', true);
    expect(underlines(editor!)['aichips.chipUnderline']).toEqual(['H20']);
  });

  it('recreates the decoration types when the style changes', () => {
    const { editor } = vscodeMock.openDocument(readFixture('draft.md'));
    activateForTest();
    vi.runOnlyPendingTimers();
    vscodeMock.setConfiguration('aichips.decorations.style', 'solid');
    const live = vscodeMock.state.decorationTypes.filter((type) => !type.disposed);
    expect(live.map((type) => type.options.borderStyle)).toEqual(Array(5).fill('none none solid none'));
    expect(underlines(editor!)['aichips.chipUnderline']).toEqual(['H20', 'Ascend 910C', 'MLU590']);
  });
});
