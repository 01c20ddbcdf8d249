import { separatorBefore } from '@aichips/sdk';
import { describe, expect, it, vi } from 'vitest';
import { activateForTest, useExtensionTestEnvironment } from '../../test/activate-for-test';
import { Position, Selection, vscodeMock } from '../../test/vscode-mock';
import { COMMANDS } from '../contribution-ids';

useExtensionTestEnvironment();

const insertCitation = () => vscodeMock.state.commands.get(COMMANDS.insertCitation)!();

describe('Insert citation', () => {
  it('adds a footnote reference and its definition with a source URL, as one edit', async () => {
    const { document, editor } = vscodeMock.openDocument('Cambricon sells the MLU590 in China.\n');
    activateForTest();
    editor!.selection = new Selection(new Position(0, 22), new Position(0, 22));
    await insertCitation();
    expect(editor!.editCalls).toBe(1);
    const lines = document.getText().split('\n');
    expect(lines[0]).toBe('Cambricon sells the MLU590[^aichips-mlu590] in China.');
    expect(lines[1]).toBe('');
    expect(lines[2]).toMatch(/^\[\^aichips-mlu590\]: .+, “.+”, \d{4}(-\d{2}){0,2}\. <https:\/\/[^>\s]+>$/);
    expect(lines.slice(3)).toEqual(['']);
  });

  it('works with the cursor right after the name, and adds only what is missing the second time', async () => {
    const { document, editor } = vscodeMock.openDocument('NVIDIA ships the H20');
    activateForTest();
    editor!.selection = new Selection(new Position(0, 20), new Position(0, 20));
    await insertCitation();
    const once = document.getText();
    expect(once.startsWith('NVIDIA ships the H20[^aichips-h20]\n\n[^aichips-h20]: ')).toBe(true);
    await insertCitation();
    expect(document.getText()).toBe(once);
    expect(vscodeMock.state.messages.at(-1)?.text).toBe('AI Chips: "H20" is already cited here.');
  });

  it('appends to an existing footnote block without a blank line in between', () => {
    expect(separatorBefore('Text.\n\n[^a]: A source.\n')).toBe('');
    expect(separatorBefore('Text.\n\n[^a]: A source.')).toBe('\n');
    expect(separatorBefore('Text.')).toBe('\n\n');
    expect(separatorBefore('Text.\n')).toBe('\n');
    expect(separatorBefore('')).toBe('');
  });

  it('changes nothing and says why when the cursor is not on a name', async () => {
    const { document, editor } = vscodeMock.openDocument('Nothing to cite here.');
    activateForTest();
    editor!.selection = new Selection(new Position(0, 3), new Position(0, 3));
    await insertCitation();
    expect(editor!.editCalls).toBe(0);
    expect(document.getText()).toBe('Nothing to cite here.');
    expect(vscodeMock.state.messages).toEqual([
      {
        level: 'information',
        text: 'AI Chips: put the cursor on a chip, organization, person or model name to cite it.',
      },
    ]);
  });
});

describe('no other command edits the document', () => {
  it('leaves the text and its version alone through every other command', async () => {
    const { document, editor } = vscodeMock.openDocument('Huawei makes the Ascend 910C; NVIDIA the H20.');
    activateForTest();
    vi.runOnlyPendingTimers();
    editor!.selection = new Selection(new Position(0, 20), new Position(0, 20));
    vscodeMock.answerQuickPick(() => undefined);
    for (const command of Object.values(COMMANDS).filter(
      (id) => id !== COMMANDS.insertCitation && id !== COMMANDS.revealOccurrence,
    )) {
      await vscodeMock.state.commands.get(command)?.();
    }
    expect(document.version).toBe(1);
    expect(editor!.editCalls).toBe(0);
  });
});
