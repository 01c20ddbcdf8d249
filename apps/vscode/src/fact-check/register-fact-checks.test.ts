import { beforeEach, describe, expect, it, vi } from 'vitest';
import { activateForTest, useExtensionTestEnvironment } from '../../test/activate-for-test';
import {
  type CodeAction,
  type Diagnostic,
  DiagnosticSeverity,
  type MockTextDocument,
  Range,
  vscodeMock,
  type WorkspaceEdit,
  workspace,
} from '../../test/vscode-mock';
import { COMMANDS } from '../contribution-ids';
import { INSERT_FOOTNOTE_TITLE, REPLACE_VALUE_TITLE } from './fact-check-actions';

useExtensionTestEnvironment();

// Activated on the test's first open; the environment disposes it after the test.
let activated = false;
beforeEach(() => {
  activated = false;
});

/** Lets the debounced scan and the fact check after it run. */
const settle = () => vi.advanceTimersByTime(1_000);

const open = (text: string, options: Parameters<typeof vscodeMock.openDocument>[1] = {}) => {
  const { document } = vscodeMock.openDocument(text, options);
  if (!activated) activateForTest();
  activated = true;
  settle();
  return document;
};

const described = (document: MockTextDocument) =>
  vscodeMock.diagnostics(document).map((diagnostic) => ({
    text: document.getText(diagnostic.range),
    severity: diagnostic.severity,
    code: diagnostic.code,
    message: diagnostic.message,
  }));

const whole = (document: MockTextDocument) => new Range(document.positionAt(0), document.positionAt(Infinity));

async function actionsFor(document: MockTextDocument, diagnostic: Diagnostic): Promise<CodeAction[]> {
  return vscodeMock.codeActions(document, diagnostic.range);
}

async function apply(action: CodeAction | undefined): Promise<void> {
  expect(action?.edit).toBeDefined();
  await workspace.applyEdit(action!.edit as WorkspaceEdit);
}

describe('fact-check diagnostics', () => {
  it('warns about a contradicted claim, with the dataset’s value in the message and the verdict as code', () => {
    const document = open('NVIDIA’s H20 ships with 120 GB of HBM3.\n');
    const [diagnostic] = vscodeMock.diagnostics(document);
    expect(described(document)).toEqual([
      {
        text: '120 GB',
        severity: DiagnosticSeverity.Warning,
        code: 'contradicted',
        message: 'NVIDIA H20 memory: the dataset has 96 GB, not 120 GB',
      },
    ]);
    expect(diagnostic?.source).toBe('AI Chips');
    const related = diagnostic?.relatedInformation?.[0];
    expect(related?.location.uri).toBe(document.uri);
    expect(document.getText(related!.location.range)).toBe('H20');
    expect(vscodeMock.state.diagnosticCollections.map((collection) => collection.name)).toEqual(['aichips']);
  });

  it('warns about a sparse rate quoted as dense and about a sibling variant’s figure', () => {
    const document = open('The H20 delivers 296 TFLOPS of FP16.\n\nThe H20 offers 400 GB/s NVLink.\n');
    expect(described(document).map(({ text, severity, code }) => [text, severity, code])).toEqual([
      ['296 TFLOPS', DiagnosticSeverity.Warning, 'sparse-as-dense'],
      ['400 GB/s', DiagnosticSeverity.Warning, 'other-variant'],
    ]);
  });

  it('says nothing about claims the dataset agrees with', () => {
    const document = open('H20: 148 TFLOPS FP16, 96 GB HBM3\n');
    expect(vscodeMock.diagnostics(document)).toEqual([]);
  });

  it('marks unverifiable claims, as Information, only with aichips.factCheck.showUnverifiable on', () => {
    // No source reports a power figure for the 910D, so nothing can check one.
    const document = open('The Ascend 910D draws 310 W.\n');
    expect(vscodeMock.diagnostics(document)).toEqual([]);
    vscodeMock.setConfiguration('aichips.factCheck.showUnverifiable', true);
    expect(described(document)).toEqual([
      {
        text: '310 W',
        severity: DiagnosticSeverity.Information,
        code: 'unverifiable',
        message: 'Huawei Ascend 910D power: the dataset has no figure to check 310 W against',
      },
    ]);
    vscodeMock.setConfiguration('aichips.factCheck.showUnverifiable', false);
    expect(vscodeMock.diagnostics(document)).toEqual([]);
  });

  it('ignores claims inside Markdown code blocks', () => {
    const document = open('```\nThe H20 ships with 120 GB of HBM3.\n```\n');
    expect(vscodeMock.diagnostics(document)).toEqual([]);
  });

  it('follows edits after the debounce, and clears them when the document closes', () => {
    const document = open('The H20 ships with 120 GB of HBM3.\n');
    expect(described(document).map((d) => d.text)).toEqual(['120 GB']);
    const at = document.getText().indexOf('120');
    vscodeMock.edit(document, [{ start: at, end: at + 3, text: '96' }]);
    expect(described(document).map((d) => d.code)).toEqual(['contradicted']);
    settle();
    expect(vscodeMock.diagnostics(document)).toEqual([]);
    const end = document.getText().length;
    vscodeMock.edit(document, [{ start: end, end, text: 'The H20 draws 500 W.\n' }]);
    settle();
    expect(described(document)).toMatchObject([
      { text: '500 W', code: 'contradicted', message: 'NVIDIA H20 power: the dataset has 400 W, not 500 W' },
    ]);
    vscodeMock.closeDocument(document);
    expect(vscodeMock.diagnostics(document)).toEqual([]);
  });

  it('clears them when the file is disabled, and checks it again when enabled', async () => {
    const document = open('The H20 ships with 120 GB of HBM3.\n');
    expect(vscodeMock.diagnostics(document)).toHaveLength(1);
    await vscodeMock.state.commands.get(COMMANDS.disableForFile)!();
    settle();
    expect(vscodeMock.diagnostics(document)).toEqual([]);
    await vscodeMock.state.commands.get(COMMANDS.enableForFile)!();
    settle();
    expect(vscodeMock.diagnostics(document)).toHaveLength(1);
  });

  it('reports nothing with aichips.factCheck.enabled off, and catches up when it is turned on', () => {
    vscodeMock.state.configuration.set('aichips.factCheck.enabled', false);
    const document = open('The H20 ships with 120 GB of HBM3.\n');
    expect(vscodeMock.diagnostics(document)).toEqual([]);
    vscodeMock.setConfiguration('aichips.factCheck.enabled', true);
    settle();
    expect(vscodeMock.diagnostics(document)).toHaveLength(1);
    vscodeMock.setConfiguration('aichips.factCheck.enabled', false);
    expect(vscodeMock.diagnostics(document)).toEqual([]);
  });

  it('checks only the visible lines of a file over the size limit, at their offsets in the document', () => {
    const filler = 'Analysts expect prices to fall this year, and again the year after that.\n'.repeat(40);
    const text = `The H20 draws 500 W.\n${filler}The H20 ships with 120 GB of HBM3.\n${filler}`;
    vscodeMock.state.configuration.set('aichips.maxFileSize', 1);
    const document = open(text, { visibleLines: [35, 50] });
    expect(described(document)).toMatchObject([
      { text: '120 GB', message: 'NVIDIA H20 memory: the dataset has 96 GB, not 120 GB' },
    ]);
    expect(vscodeMock.diagnostics(document)[0]?.range.start.line).toBe(41);
  });
});

describe('fact-check quick fixes', () => {
  it('replaces exactly the claimed number with the dataset’s, as the preferred fix', async () => {
    const document = open('The H20 ships with 120 GB of HBM3 and 148 TFLOPS FP16.\n');
    const [diagnostic] = vscodeMock.diagnostics(document);
    const actions = await actionsFor(document, diagnostic!);
    expect(actions.map((action) => action.title)).toEqual([REPLACE_VALUE_TITLE, INSERT_FOOTNOTE_TITLE]);
    const replace = actions[0]!;
    expect(replace.kind?.value).toBe('quickfix');
    expect(replace.isPreferred).toBe(true);
    expect(replace.diagnostics).toEqual([diagnostic]);
    await apply(replace);
    expect(document.getText()).toBe('The H20 ships with 96 GB of HBM3 and 148 TFLOPS FP16.\n');
    expect(vscodeMock.state.appliedEdits).toBe(1);
    settle();
    expect(vscodeMock.diagnostics(document)).toEqual([]);
  });

  it('inserts one footnote after the claim citing the primary source, with an https URL, as one edit', async () => {
    const document = open('# Notes\n\nThe H20 offers 400 GB/s NVLink.\n');
    const [diagnostic] = vscodeMock.diagnostics(document);
    const footnote = (await actionsFor(document, diagnostic!)).find((a) => a.title === INSERT_FOOTNOTE_TITLE);
    await apply(footnote);
    expect(vscodeMock.state.appliedEdits).toBe(1);
    expect(document.version).toBe(2);
    const label = '[^aichips-nvidia-hopper-architecture-en-sg]';
    expect(document.getText()).toBe(
      [
        '# Notes',
        '',
        `The H20 offers 400 GB/s${label} NVLink.`,
        '',
        `${label}: NVIDIA, “NVIDIA Hopper Architecture”, 2022. <https://www.nvidia.com/en-sg/technologies/hopper-architecture/>`,
        '',
      ].join('\n'),
    );
    settle();
    const [still] = vscodeMock.diagnostics(document);
    const titles = (await actionsFor(document, still!)).map((action) => action.title);
    expect(titles).toEqual([REPLACE_VALUE_TITLE]);
  });

  it('cites the first source when none is primary', async () => {
    const document = open('The H20 ships with 120 GB of HBM3.');
    const [diagnostic] = vscodeMock.diagnostics(document);
    await apply((await actionsFor(document, diagnostic!)).find((a) => a.title === INSERT_FOOTNOTE_TITLE));
    const lines = document.getText().split('\n');
    expect(lines[0]).toBe('The H20 ships with 120 GB[^aichips-tomshardware-2024-h20-l20-l2-arrive] of HBM3.');
    expect(lines.filter((line) => /^\[\^aichips-[^\]]+\]: .+ <https:\/\/[^>\s]+>$/.test(line))).toHaveLength(1);
  });

  it('offers nothing for a diagnostic of an older version of the text, or of another extension', async () => {
    const document = open('The H20 ships with 120 GB of HBM3.\n');
    const [diagnostic] = vscodeMock.diagnostics(document);
    vscodeMock.edit(document, [{ start: 0, end: 0, text: 'Note. ' }]);
    expect(await actionsFor(document, diagnostic!)).toEqual([]);
    settle();
    const [current] = vscodeMock.diagnostics(document);
    const foreign = { ...current!, source: 'cSpell' } as Diagnostic;
    const provider = vscodeMock.state.codeActionProviders.find((record) => !record.disposed)!.provider;
    const context = { diagnostics: [foreign], triggerKind: 1, only: undefined };
    expect(await provider.provideCodeActions(document, whole(document), context)).toEqual([]);
  });
});
