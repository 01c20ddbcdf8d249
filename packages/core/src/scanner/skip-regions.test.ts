import { describe, expect, it } from 'vitest';
import { findSkipRegions } from './_skip-regions';

const skipped = (text: string, options = { code: true, urls: true }) => {
  const regions = findSkipRegions(text, options);
  const parts: string[] = [];
  for (let i = 0; i < regions.length; i += 2) parts.push(text.slice(regions[i], regions[i + 1]));
  return parts;
};

describe('findSkipRegions()', () => {
  it('skips inline code spans delimited by equal backtick runs on one line', () => {
    expect(skipped('a `b` c ``d ` e`` f `g')).toEqual(['`b`', '``d ` e``']);
    expect(skipped('a `b\nc` d')).toEqual([]);
  });

  it('skips fenced blocks with their fences, up to a closing fence at least as long', () => {
    expect(skipped('x\n```js\ncode `a`\n``\n````\ny\n~~~\nz')).toEqual(['```js', 'code `a`', '``', '````', '~~~', 'z']);
  });

  it('does not take a backtick line with backticks in its info string for a fence', () => {
    expect(skipped('```a` b `c`')).toEqual(['` b `']);
  });

  it('skips indented code after a blank line but not indented list paragraphs or continuation lines', () => {
    expect(skipped('    code\n\npara\n    continued\n\n    code 2\n\n- item\n\n    item text\n\nend')).toEqual([
      '    code',
      '    code 2',
    ]);
  });

  it('skips URLs up to whitespace or a Chinese character, without trailing punctuation', () => {
    expect(
      skipped('see https://a.com/x_(y), www.b.cn/z. and http://c.org/d上海 notwww.e.com', { code: false, urls: true }),
    ).toEqual(['https://a.com/x_(y', 'www.b.cn/z', 'http://c.org/d']);
  });

  it('merges a URL inside a code span into one region', () => {
    expect(skipped('`see https://a.com` b')).toEqual(['`see https://a.com`']);
  });

  it('skips nothing when asked to skip nothing', () => {
    expect(skipped('`a` https://b.c', { code: false, urls: false })).toEqual([]);
  });
});
