import { describe, expect, it } from 'vitest';
import { findLongLine, MAX_LINE_LENGTH, planAfterEdits, planScan, utf8Length } from './scan-plan';

describe('utf8Length()', () => {
  it('counts bytes as UTF-8 would encode them', () => {
    for (const text of ['H20', '昇腾910C', 'café', '🚀 chips', '']) {
      expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
    }
  });
});

describe('findLongLine()', () => {
  it('finds the first line over the limit, 0-based', () => {
    const text = `short\n${'x'.repeat(MAX_LINE_LENGTH + 1)}\nshort`;
    expect(findLongLine(text)).toEqual({ line: 1, length: MAX_LINE_LENGTH + 1 });
  });

  it('accepts a line exactly at the limit', () => {
    expect(findLongLine(`${'x'.repeat(MAX_LINE_LENGTH)}\nend`)).toBeUndefined();
  });
});

describe('planScan()', () => {
  it('scans small files in full', () => {
    expect(planScan('NVIDIA H20\n'.repeat(100), 512 * 1024)).toEqual({ coverage: 'full' });
  });

  it('limits files over the size limit to the visible lines, counting UTF-8 bytes', () => {
    // 200 000 Chinese characters are 600 000 bytes: over 512 KB although the string is shorter.
    const plan = planScan('昇腾'.repeat(100_000), 512 * 1024);
    expect(plan).toEqual({ coverage: 'visible', limit: { reason: 'file-size', size: 600_000, maxSize: 524_288 } });
  });

  it('limits files with a very long line to the visible lines', () => {
    const plan = planScan(`ok\n${'a'.repeat(25_000)}\n`, 512 * 1024);
    expect(plan).toEqual({ coverage: 'visible', limit: { reason: 'long-line', line: 1, length: 25_000 } });
  });
});

describe('planAfterEdits()', () => {
  const before = 'NVIDIA ships the H20.\nHuawei answers.\n';
  const sized = { text: before, size: utf8Length(before) };

  it('tracks the UTF-8 size through the edits', () => {
    const edits = [
      { start: 0, end: 6, text: '英伟达' },
      { start: 22, end: 22, text: 'é' },
    ];
    const after = `英伟达 ships the H20.\néHuawei answers.\n`;
    expect(planAfterEdits(sized, edits, after, 1024)).toEqual({ plan: { coverage: 'full' }, size: utf8Length(after) });
  });

  it('notices an edit that makes its line too long, with the line number', () => {
    const long = 'x'.repeat(MAX_LINE_LENGTH + 1);
    const after = `NVIDIA ships the H20.\nHuawei ${long}answers.\n`;
    const { plan } = planAfterEdits(sized, [{ start: 29, end: 29, text: long }], after, 1024 * 1024);
    expect(plan).toEqual({
      coverage: 'visible',
      limit: { reason: 'long-line', line: 1, length: MAX_LINE_LENGTH + 16 },
    });
  });

  it('notices an edit that takes the file over the size limit', () => {
    const { plan } = planAfterEdits(
      sized,
      [{ start: 0, end: 0, text: 'a'.repeat(2000) }],
      `${'a'.repeat(2000)}${before}`,
      1024,
    );
    expect(plan).toEqual({
      coverage: 'visible',
      limit: { reason: 'file-size', size: 2000 + before.length, maxSize: 1024 },
    });
  });
});
