import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits } from './_edit-map';
import { PieceText } from './_piece-text';
import { updateSkipIndex } from './_skip-index-update';
import { indexSkipRegions } from './_skip-regions';

const LINES = [
  '```',
  '```js',
  '~~~',
  '````',
  '    code H20',
  '- item',
  '1. item',
  '',
  '  ',
  'text `code` more',
  '``a ` b``',
  'see https://x.com/a.',
  'www.b.cn',
  'para',
  '\tindented',
];
const INSERTS = ['`', '```\n', '~~~\n', '\n', '\n\n', '    ', '- ', 'x', 'https://', ''];

const markdown = fc.array(fc.constantFrom(...LINES), { maxLength: 30 }).map((lines) => lines.join('\n'));
const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.nat({ max: 6 }),
  insert: fc.constantFrom(...INSERTS),
});

describe('updateSkipIndex()', () => {
  it('redoes only some lines yet equals indexing the edited text from scratch', () => {
    fc.assert(
      fc.property(
        markdown,
        fc.array(edit, { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        fc.boolean(),
        (text, edits, code, urls) => {
          const options = { code, urls };
          let index = indexSkipRegions(text, options);
          let pieces = new PieceText([text]);
          for (const { at, length, insert } of edits) {
            const start = Math.floor(at * pieces.length);
            const map = applyEdits(pieces, [{ start, end: Math.min(pieces.length, start + length), text: insert }]);
            const updated = updateSkipIndex(index, map, map.text, options);
            expect(updated.index).toEqual(indexSkipRegions(map.text.toString(), options));
            index = updated.index;
            pieces = map.text;
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('stops at the first line after the edit that starts as it did', () => {
    const text = Array.from({ length: 100 }, (_, i) => `line ${i} with \`code\``).join('\n');
    const options = { code: true, urls: true };
    const map = applyEdits(new PieceText([text]), [{ start: 30, end: 30, text: 'x' }]);
    const { from, to } = updateSkipIndex(indexSkipRegions(text, options), map, map.text, options);
    expect([from, to]).toEqual([text.indexOf('line 1'), text.indexOf('line 2') + 1]);
  });
});
