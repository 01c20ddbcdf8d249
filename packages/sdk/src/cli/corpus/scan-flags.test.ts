import { describe, expect, it } from 'vitest';
import { parseSize, readScanFlags } from './scan-flags';

describe('parseSize()', () => {
  it.each([
    ['100MB', 100_000_000],
    ['512KiB', 524_288],
    ['1.5 GB', 1_500_000_000],
    ['2048', 2048],
  ])('reads %s as %d bytes', (text, bytes) => {
    expect(parseSize(text)).toBe(bytes);
  });

  it('names the flag and the value it cannot read', () => {
    expect(() => parseSize('ten megs')).toThrowError(
      '--max-size must be a size like 50MB, 512KiB or a number of bytes, got "ten megs"',
    );
  });
});

describe('readScanFlags()', () => {
  it('keeps --json as the JSON format and reads every flag', () => {
    expect(
      readScanFlags({ json: true, jobs: '3', exclude: ['vendor'], 'no-ignore': true, kind: 'chip, model' }),
    ).toMatchObject({
      format: 'json',
      jobs: 3,
      exclude: ['vendor'],
      useIgnoreFiles: false,
      kinds: new Set(['chip', 'model']),
    });
  });
});
