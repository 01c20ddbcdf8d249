import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AtlasError } from '../errors';
import { optionsArbitrary, textArbitrary, tinyCaseArbitrary } from './_test-arbitraries';
import { TEST_ENTRIES } from './_test-dictionary';
import { compileMatcher } from './compile-matcher';
import { rescan } from './rescan';
import type { Matcher, ScanOptions, TextEdit } from './types';

/** Edits as fractions of the text they apply to, so they can be generated before the text exists. */
const editSpec = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.nat({ max: 12 }),
  insert: fc.oneof(textArbitrary, fc.constantFrom('', 'H20', 'R2', 'DeepSeek', '`', '```\n', '\n', ' ', 's')),
});
const eventSpec = fc.array(editSpec, { minLength: 1, maxLength: 3 });

function materialize(text: string, specs: { at: number; length: number; insert: string }[]): TextEdit[] {
  const edits: TextEdit[] = [];
  let floor = 0;
  const sorted = [...specs].sort((a, b) => a.at - b.at);
  for (const spec of sorted) {
    const start = Math.max(floor, Math.floor(spec.at * text.length));
    if (start > text.length) break;
    const end = Math.min(text.length, start + spec.length);
    edits.push({ start, end, text: spec.insert });
    floor = end + 1;
  }
  // VS Code reports a change event's edits last first.
  return edits.reverse();
}

function apply(text: string, edits: TextEdit[]): string {
  return [...edits]
    .sort((a, b) => b.start - a.start)
    .reduce((t, e) => t.slice(0, e.start) + e.text + t.slice(e.end), text);
}

function checkEdits(matcher: Matcher, text: string, events: Parameters<typeof materialize>[1][], options: ScanOptions) {
  let previous = { text, mentions: matcher.scan(text, options) };
  for (const specs of events) {
    const edits = materialize(previous.text, specs);
    const next = rescan(matcher, previous, edits, options);
    expect(next.text).toBe(apply(previous.text, edits));
    expect(next.mentions).toEqual(matcher.scan(next.text, options));
    previous = next;
  }
}

describe('rescan()', () => {
  const matcher = compileMatcher(TEST_ENTRIES);
  const longText = fc.array(textArbitrary, { minLength: 1, maxLength: 12 }).map((parts) => parts.join('\n'));

  it('equals a full scan after random edits to mixed texts', () => {
    fc.assert(
      fc.property(
        longText,
        fc.array(eventSpec, { minLength: 1, maxLength: 4 }),
        optionsArbitrary,
        (text, events, options) => checkEdits(matcher, text, events, options),
      ),
      { numRuns: 500 },
    );
  });

  it('equals a full scan after random edits with small contexts, where most of the text is reused', () => {
    const longTiny = tinyCaseArbitrary.chain(([entries, text]) =>
      fc.tuple(fc.constant(entries), fc.array(fc.constant(text), { minLength: 5, maxLength: 30 })),
    );
    fc.assert(
      fc.property(
        longTiny,
        fc.array(eventSpec, { minLength: 1, maxLength: 4 }),
        optionsArbitrary,
        ([entries, parts], events, options) => checkEdits(compileMatcher(entries), parts.join('\n'), events, options),
      ),
      { numRuns: 500 },
    );
  });

  it('keeps the mention objects before the edit and shifts the ones after it', () => {
    const text = `NVIDIA ${'x '.repeat(200)} Huawei ${'y '.repeat(200)} 华为`;
    const previous = { text, mentions: matcher.scan(text) };
    const next = rescan(matcher, previous, [{ start: 407, end: 407, text: ' H20' }]);
    expect(next.mentions.map((m) => m.text)).toEqual(['NVIDIA', 'H20', 'Huawei', '华为']);
    expect(next.mentions[0]).toBe(previous.mentions[0]);
    expect(next.mentions[3]).toEqual({
      ...previous.mentions[2],
      start: previous.mentions[2]!.start + 4,
      end: previous.mentions[2]!.end + 4,
    });
  });

  it('keeps scanning past the context while the old mentions straddle its positions', () => {
    const pair = compileMatcher([
      { id: 'huawei', kind: 'organization', names: [{ text: '华为' }] },
      { id: 'other', kind: 'organization', names: [{ text: '为华' }] },
    ]);
    const text = '华为'.repeat(40);
    const next = rescan(pair, { text, mentions: pair.scan(text) }, [{ start: 0, end: 1, text: '' }]);
    expect(next.mentions).toEqual(pair.scan(next.text));
    expect(next.mentions.every((m) => m.id === 'other')).toBe(true);
  });

  it('follows a code fence opened far above the mentions it hides', () => {
    const text = `intro\n\n${'NVIDIA line\n'.repeat(50)}`;
    const options = { skipCode: true };
    const previous = { text, mentions: matcher.scan(text, options) };
    const opened = rescan(matcher, previous, [{ start: 6, end: 6, text: '```\n' }], options);
    expect(opened.mentions).toEqual([]);
    const closed = rescan(matcher, opened, [{ start: 6, end: 10, text: '' }], options);
    expect(closed.mentions).toHaveLength(50);
  });

  it('applies several edits of one change event, given in the old text’s coordinates', () => {
    const text = 'NVIDIA and Huawei and DeepSeek';
    const next = rescan(matcher, { text, mentions: matcher.scan(text) }, [
      { start: 22, end: 30, text: '深度求索' },
      { start: 0, end: 6, text: 'AMD' },
    ]);
    expect(next.text).toBe('AMD and Huawei and 深度求索');
    expect(next.mentions.map((m) => m.id)).toEqual(['amd', 'huawei', 'deepseek']);
  });

  it('gives a text that reads as the edited text, and follows a text the caller replaced', () => {
    const first = rescan(matcher, { text: 'NVIDIA and H20', mentions: matcher.scan('NVIDIA and H20') }, [
      { start: 7, end: 10, text: 'or' },
    ]);
    expect(first.text).toBe('NVIDIA or H20');
    expect(JSON.parse(JSON.stringify(first)).text).toBe('NVIDIA or H20');
    first.text = 'Huawei or H20';
    first.mentions = matcher.scan(first.text);
    const second = rescan(matcher, first, [{ start: 10, end: 13, text: '910C' }]);
    expect(second.text).toBe('Huawei or 910C');
    expect(second.mentions.map((m) => m.id)).toEqual(['huawei', 'ascend-910c']);
    second.text = 'AMD';
    expect(rescan(matcher, { ...second, mentions: [] }, []).text).toBe('AMD');
  });

  it('keeps the text in pieces across a long chain of edits and still reads it whole', () => {
    let result = { text: 'x'.repeat(1000), mentions: [] as ReturnType<typeof matcher.scan> };
    let expected = result.text;
    for (let i = 0; i < 200; i++) {
      const at = (i * 37) % expected.length;
      result = rescan(matcher, result, [{ start: at, end: at, text: i % 10 === 0 ? ' H20 ' : 'y' }]);
      expected = expected.slice(0, at) + (i % 10 === 0 ? ' H20 ' : 'y') + expected.slice(at);
    }
    expect(result.text).toBe(expected);
    expect(result.mentions).toEqual(matcher.scan(expected));
  });

  it('throws an AtlasError for overlapping edits or edits past the end', () => {
    const previous = { text: 'abc', mentions: [] };
    expect(() =>
      rescan(matcher, previous, [
        { start: 0, end: 2, text: '' },
        { start: 1, end: 3, text: '' },
      ]),
    ).toThrow(AtlasError);
    expect(() => rescan(matcher, previous, [{ start: 2, end: 4, text: '' }])).toThrow(/past the end/);
  });
});
