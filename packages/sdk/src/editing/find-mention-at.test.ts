import type { Mention } from '@aichips/core';
import { describe, expect, it } from 'vitest';
import { findMentionAt } from './find-mention-at';

const mention = (start: number, end: number, id: string): Mention => ({
  start,
  end,
  id,
  text: id,
  kind: 'chip',
  alias: id,
});
const mentions = [mention(0, 3, 'h20'), mention(10, 21, 'ascend-910c'), mention(30, 36, 'mlu590')];

describe('findMentionAt()', () => {
  it('finds the mention covering an offset', () => {
    expect(findMentionAt(mentions, 0)?.id).toBe('h20');
    expect(findMentionAt(mentions, 15)?.id).toBe('ascend-910c');
    expect(findMentionAt(mentions, 35)?.id).toBe('mlu590');
  });

  it('finds nothing between mentions or just after one', () => {
    expect(findMentionAt(mentions, 5)).toBeUndefined();
    expect(findMentionAt(mentions, 21)).toBeUndefined();
    expect(findMentionAt([], 0)).toBeUndefined();
  });

  it('counts the offset just after a mention when asked (a cursor after the name)', () => {
    expect(findMentionAt(mentions, 21, { includeEnd: true })?.id).toBe('ascend-910c');
  });
});
