import type { Dataset } from '@aichips/core';
import { bindAtlas, createAtlas } from '@aichips/sdk';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HoverProvider, TextDocument, Position as VscodePosition } from 'vscode';
import { activateForTest, readFixture, type TestActivation } from '../../test/activate-for-test';
import { createServices, type TestServices } from '../../test/create-services';
import { type Hover, type MarkdownString, type MockTextDocument, Position, vscodeMock } from '../../test/vscode-mock';
import { COMMANDS } from '../contribution-ids';
import { createHoverProvider } from './register-hover';

let services: TestServices | undefined;
let activation: TestActivation | undefined;

beforeEach(() => vscodeMock.reset());
afterEach(() => {
  services?.dispose();
  activation?.dispose();
  services = activation = undefined;
});

function hoverAt(provider: HoverProvider, document: MockTextDocument, needle: string, nth = 0): Hover | undefined {
  let offset = -1;
  for (let i = 0; i <= nth; i++) offset = document.getText().indexOf(needle, offset + 1);
  if (offset < 0) throw new Error(`"${needle}" not in the document`);
  const position = document.positionAt(offset + 1);
  return provider.provideHover(
    document as unknown as TextDocument,
    position as unknown as VscodePosition,
    undefined as never,
  ) as Hover | undefined;
}

const markdownOf = (hover: Hover | undefined) => hover?.contents[0] as MarkdownString;

describe('hover provider', () => {
  it('shows the card of a mentioned chip: vendor, memory with its unit, export control, sources', () => {
    services = createServices();
    const { document } = vscodeMock.openDocument(readFixture('draft.md'));
    const hover = hoverAt(createHoverProvider(services), document, 'H20');
    const markdown = markdownOf(hover);
    expect(markdown.value).toContain('**NVIDIA H20**');
    expect(markdown.value).toContain('NVIDIA \\(United States\\)');
    expect(markdown.value).toMatch(/\| Memory \| 96 GB HBM3/);
    expect(markdown.value).toContain('3A090 \\(Oct 2023 rule\\): **not\\-covered**');
    expect(markdown.value).toMatch(/\n1\. \[Tom's Hardware: .*\]\(https:\/\/www\.tomshardware\.com\//);
    expect(document.getText(hover?.range as never)).toBe('H20');
  });

  it('finds and hovers Chinese names without word boundaries', () => {
    services = createServices();
    const { document } = vscodeMock.openDocument('英伟达发布了H20芯片，华为昇腾910C也在竞争。', {
      language: 'plaintext',
    });
    const provider = createHoverProvider(services);
    expect(markdownOf(hoverAt(provider, document, '英伟达')).value).toMatch(/^\*\*NVIDIA\*\* 英伟达 · /);
    expect(markdownOf(hoverAt(provider, document, '昇腾')).value).toMatch(/^\*\*Huawei Ascend 910C\*\* 昇腾910C · /);
  });

  it('creates the MarkdownString without HTML and trusted only for Show details', () => {
    services = createServices();
    const { document } = vscodeMock.openDocument('Cambricon sells the MLU590.');
    const markdown = markdownOf(hoverAt(createHoverProvider(services), document, 'MLU590'));
    expect(markdown.supportHtml).toBe(false);
    expect(markdown.supportThemeIcons).toBe(false);
    expect(markdown.isTrusted).toEqual({ enabledCommands: [COMMANDS.showDetails] });
    expect(markdown.value).toContain(`(command:${COMMANDS.showDetails}?${encodeURIComponent('["mlu590"]')} `);
  });

  it('leaves out the Chinese name when the writer turned Chinese names off', () => {
    services = createServices();
    const { document } = vscodeMock.openDocument('Huawei Ascend 910C');
    const provider = createHoverProvider(services);
    expect(markdownOf(hoverAt(provider, document, 'Ascend')).value).toContain('**Huawei Ascend 910C** 昇腾910C');
    vscodeMock.setConfiguration('aichips.showChineseNames', false);
    expect(markdownOf(hoverAt(provider, document, 'Ascend')).value).toMatch(/^\*\*Huawei Ascend 910C\*\* · /);
  });

  it('shows the candidates of an ambiguous name the scanner left alone, with the reason', () => {
    services = createServices();
    const { document } = vscodeMock.openDocument(readFixture('draft.md'));
    const markdown = markdownOf(hoverAt(createHoverProvider(services), document, '910B'));
    expect(markdown.value).toBe(
      '“910B” can mean:\n\n- Huawei Ascend 910B \\(chip, ascend\\-910b\\)\n\n' +
        "*Not underlined: '910B' alone is a bare model number that other products and part numbers also use*",
    );
    expect(markdown.isTrusted).toEqual({ enabledCommands: [COMMANDS.showDetails] });
  });

  it('shows nothing outside mentions: plain words, code blocks, blank space', () => {
    services = createServices();
    const { document } = vscodeMock.openDocument(readFixture('draft.md'));
    const provider = createHoverProvider(services);
    expect(hoverAt(provider, document, 'export-control')).toBeUndefined();
    expect(hoverAt(provider, document, 'H20 inside')).toBeUndefined();
    expect(hoverAt(provider, document, '\n\n')).toBeUndefined();
  });

  it('stays quiet on a line too long to scan, even on a known name', () => {
    services = createServices();
    const { document } = vscodeMock.openDocument(`Huawei\n910B ${'x'.repeat(25_000)}`, { visibleLines: [0, 1] });
    const provider = createHoverProvider(services);
    expect(markdownOf(hoverAt(provider, document, 'Huawei')).value).toContain('**Huawei**');
    expect(hoverAt(provider, document, '910B')).toBeUndefined();
  });

  it('answers from the edits just typed, before the debounce settles', () => {
    services = createServices();
    const { document } = vscodeMock.openDocument('We compare ');
    services.scans.get(document as unknown as TextDocument);
    vscodeMock.edit(document, [{ start: 11, end: 11, text: 'the MLU590' }]);
    expect(markdownOf(hoverAt(createHoverProvider(services), document, 'MLU590')).value).toContain(
      '**Cambricon MLU590',
    );
  });

  it('lets no data string produce a link, HTML or command', () => {
    const embedded = createAtlas().dataset;
    const hostile = structuredClone(embedded) as Dataset;
    const chip = hostile.chips.find((candidate) => candidate.id === 'h20')!;
    chip.summary =
      'Click [here](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> https://evil.example www.evil.example';
    chip.name = 'H20](https://evil.example)';
    const source = hostile.sources.find((candidate) => candidate.id === chip.sources[0])!;
    source.url = 'javascript:alert(1)';
    services = createServices();
    const atlas = bindAtlas(hostile);
    const provider = createHoverProvider({
      ...services,
      atlasStore: { ...services.atlasStore, atlas, dispose: () => undefined },
    });
    const { document } = vscodeMock.openDocument('The H20 again.');
    const { value } = markdownOf(hoverAt(provider, document, 'H20'));
    const links = [...value.matchAll(/\]\(([^)\s]+)/g)].map((match) => match[1]!);
    expect(
      links.every((target) => target.startsWith('https://') || target.startsWith(`command:${COMMANDS.showDetails}?`)),
    ).toBe(true);
    expect(links.some((target) => target.includes('evil') || target.startsWith('javascript'))).toBe(false);
    expect(value).not.toMatch(/(?<!\\)<img|https:\/\/evil|www\.evil|command:workbench/);
  });
});

describe('registerHover()', () => {
  it('hovers through the editor for the configured languages only', async () => {
    const { document: markdown } = vscodeMock.openDocument('NVIDIA ships the H20.');
    const { document: code } = vscodeMock.openDocument('// NVIDIA ships the H20.', { language: 'typescript' });
    activation = activateForTest();
    expect(await vscodeMock.hover(markdown, new Position(0, 2))).toHaveLength(1);
    expect(await vscodeMock.hover(code, new Position(0, 5))).toHaveLength(0);
    vscodeMock.setConfiguration('aichips.languages', ['markdown', 'typescript']);
    expect(await vscodeMock.hover(code, new Position(0, 5))).toHaveLength(1);
  });
});
