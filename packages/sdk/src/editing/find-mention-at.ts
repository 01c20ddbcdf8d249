import type { Mention } from '@aichips/core';

/**
 * The mention covering `offset` in mentions sorted by start. With `includeEnd`, an offset just after a
 * mention counts too (a cursor that has finished typing the name).
 */
export function findMentionAt(
  mentions: readonly Mention[],
  offset: number,
  options: { includeEnd?: boolean } = {},
): Mention | undefined {
  let low = 0;
  let high = mentions.length - 1;
  let candidate = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (mentions[middle]!.start <= offset) {
      candidate = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  const mention = mentions[candidate];
  if (!mention) return undefined;
  if (offset < mention.end || (options.includeEnd && offset === mention.end)) return mention;
  return undefined;
}
