import { describe, expect, it } from 'vitest';
import { type CitedSource, choosePrimarySource, citeSource, listFootnoteInserts } from './citation-footnote';

const source = (overrides: Partial<CitedSource> = {}): CitedSource => ({
  publisher: 'NVIDIA',
  title: 'NVIDIA Hopper Architecture',
  url: 'https://www.nvidia.com/en-sg/technologies/hopper-architecture/',
  published: '2022',
  type: 'primary',
  ...overrides,
});

describe('citeSource()', () => {
  it('writes a footnote whose title can form no link, tag or emphasis', () => {
    const citation = citeSource(source({ title: 'A *bold* [link](x) <b>tag</b> `code`_x_' }), 'nvidia-hopper');
    expect(citation).toEqual({
      reference: '[^aichips-nvidia-hopper]',
      definition:
        '[^aichips-nvidia-hopper]: NVIDIA, “A \\*bold\\* \\[link\\](x) \\<b\\>tag\\</b\\> \\`code\\`\\_x\\_”, 2022. <https://www.nvidia.com/en-sg/technologies/hopper-architecture/>',
    });
  });

  it('cites only https sources', () => {
    expect(citeSource(source({ url: 'http://example.com/spec' }), 'x')).toBeUndefined();
    expect(citeSource(source({ url: 'javascript:alert(1)' }), 'x')).toBeUndefined();
  });
});

describe('choosePrimarySource()', () => {
  it('prefers a primary source, else the first one with an https URL', () => {
    const press = source({ type: 'press', publisher: 'TweakTown' });
    const primary = source({ type: 'primary', publisher: 'NVIDIA' });
    expect(choosePrimarySource([press, primary])).toBe(primary);
    expect(choosePrimarySource([source({ type: 'press', url: 'http://a.example' }), press])).toBe(press);
    expect(choosePrimarySource([])).toBeUndefined();
  });
});

describe('listFootnoteInserts()', () => {
  const citation = citeSource(source(), 'hopper')!;

  it('adds the reference after the claim and the definition at the end', () => {
    expect(listFootnoteInserts('H20: 900 GB/s.\n', 13, citation)).toEqual([
      { at: 13, text: '[^aichips-hopper]' },
      { at: 15, text: `\n${citation.definition}\n` },
    ]);
  });

  it('makes one insert when the claim ends the text, so the reference stays before the definition', () => {
    expect(listFootnoteInserts('H20: 900 GB/s', 13, citation)).toEqual([
      { at: 13, text: `[^aichips-hopper]\n\n${citation.definition}\n` },
    ]);
  });

  it('leaves out what is already there', () => {
    const cited = `H20: 900 GB/s[^aichips-hopper].\n\n${citation.definition}\n`;
    expect(listFootnoteInserts(cited, 13, citation)).toEqual([]);
    expect(listFootnoteInserts(`${cited}The H20 again: 900 GB/s.\n`, cited.length + 23, citation)).toEqual([
      { at: cited.length + 23, text: '[^aichips-hopper]' },
    ]);
  });
});
