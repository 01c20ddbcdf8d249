import { describe, expect, it } from 'vitest';
import { describeLimit } from './describe-limit';

describe('describeLimit()', () => {
  it('says why in one sentence', () => {
    expect(describeLimit({ reason: 'file-size', size: 600_000, maxSize: 524_288 })).toBe(
      'The file is 586 KB, over the 512 KB limit (aichips.maxFileSize): only the visible lines are scanned.',
    );
    expect(describeLimit({ reason: 'long-line', line: 1, length: 25_000 })).toBe(
      'Line 2 is 25,000 characters long (limit 20,000): only the visible lines are scanned, long lines never.',
    );
  });
});
