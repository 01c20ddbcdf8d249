import type { Mention, ScanOptions } from '@aichips/core';
import { MAX_LINE_LENGTH } from '@aichips/sdk';
import { Range, type TextDocument } from 'vscode';
import type { MentionScanner } from '../atlas/mention-scanner';

/** A bound on the lines one pass scans, however the visible ranges come (folding can make them long). */
const MAX_VISIBLE_LINES = 2_000;

/**
 * The given line ranges as blocks of consecutive lines, whole lines each, leaving out lines over the length
 * limit: what limited mode reads. Consecutive short lines make one block, so names broken across a line still
 * meet their context.
 */
export function listVisibleBlocks(
  document: TextDocument,
  ranges: readonly { start: { line: number }; end: { line: number } }[],
): Range[] {
  const lines = new Set<number>();
  for (const range of ranges) {
    for (let line = range.start.line; line <= range.end.line && lines.size < MAX_VISIBLE_LINES; line++) {
      if (line >= 0 && line < document.lineCount) lines.add(line);
    }
  }
  const sorted = [...lines].sort((a, b) => a - b);
  const blocks: Range[] = [];
  let blockStart = -1;
  let previous = -2;
  const flush = (last: number) => {
    if (blockStart < 0) return;
    blocks.push(new Range(blockStart, 0, last, document.lineAt(last).text.length));
    blockStart = -1;
  };
  for (const line of sorted) {
    const short = document.lineAt(line).text.length <= MAX_LINE_LENGTH;
    if (blockStart >= 0 && (!short || line !== previous + 1)) flush(previous);
    if (short && blockStart < 0) blockStart = line;
    previous = line;
  }
  flush(previous);
  return blocks;
}

/** Scans the given line ranges only, skipping lines over the length limit; offsets are the document's. */
export function scanVisibleLines(
  scanner: Pick<MentionScanner, 'scan'>,
  document: TextDocument,
  ranges: readonly { start: { line: number }; end: { line: number } }[],
  options: ScanOptions,
): Mention[] {
  const mentions: Mention[] = [];
  for (const block of listVisibleBlocks(document, ranges)) {
    const base = document.offsetAt(block.start);
    for (const mention of scanner.scan(document.getText(block), options)) {
      mentions.push({ ...mention, start: mention.start + base, end: mention.end + base });
    }
  }
  return mentions;
}
