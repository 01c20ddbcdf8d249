import type { EditMap } from './_edit-map';
import { mapNew } from './_edit-map';
import type { PieceText } from './_piece-text';
import {
  addLineRegions,
  createLineCursor,
  packSkipState,
  type SkipIndex,
  type SkipOptions,
  unpackSkipState,
} from './_skip-regions';

/** How much text is read at a time while redoing lines. */
const CHUNK = 4096;

/**
 * The skip index of the edited text, from the old one: lines are redone from the one holding the first edit
 * until, past the last edit, a line starts in the same state as the old line it was — from there the old
 * lines and regions stand, shifted. Also returns [from, to), the stretch whose regions were redone.
 */
export function updateSkipIndex(
  old: SkipIndex,
  map: EditMap,
  text: PieceText,
  options: SkipOptions,
): { index: SkipIndex; from: number; to: number } {
  const lastEdit = map.edits[map.edits.length - 1]!;
  const first = lastLineAtOrBefore(old.lineStarts, map.edits[0]!.start);
  const from = old.lineStarts[first]!;
  const index: SkipIndex = {
    regions: [],
    lineStarts: old.lineStarts.slice(0, first),
    lineStates: old.lineStates.slice(0, first),
  };
  for (let i = 0; i < old.regions.length && old.regions[i]! < from; i += 2) {
    index.regions.push(old.regions[i]!, old.regions[i + 1]!);
  }
  const state = unpackSkipState(old.lineStates[first]!);
  let chunkStart = from;
  let chunk = '';
  let cursor = createLineCursor();
  for (let start = from; ; ) {
    const packed = packSkipState(state);
    if (start > from && start >= lastEdit.newEnd) {
      const was = mapNew(map, start);
      const line = lastLineAtOrBefore(old.lineStarts, was);
      if (old.lineStarts[line] === was && old.lineStates[line] === packed) {
        appendShifted(index, old, line, was, start - was);
        return { index, from, to: start };
      }
    }
    index.lineStarts.push(start);
    index.lineStates.push(packed);
    // The line's end, reading more text until the chunk holds it.
    let end = chunk.indexOf('\n', start - chunkStart);
    while (end < 0 && chunkStart + chunk.length < text.length) {
      if (start > chunkStart) {
        chunk = chunk.slice(start - chunkStart);
        chunkStart = start;
      }
      chunk += text.slice(chunkStart + chunk.length, Math.min(text.length, chunkStart + chunk.length + CHUNK));
      cursor = createLineCursor();
      end = chunk.indexOf('\n', start - chunkStart);
    }
    const lineEnd = end < 0 ? chunkStart + chunk.length : chunkStart + end;
    const found: number[] = [];
    addLineRegions(chunk, start - chunkStart, lineEnd - chunkStart, state, options, cursor, found);
    for (const offset of found) index.regions.push(offset + chunkStart);
    if (lineEnd >= text.length) return { index, from, to: text.length };
    start = lineEnd + 1;
  }
}

function appendShifted(index: SkipIndex, old: SkipIndex, line: number, was: number, shift: number): void {
  for (let i = line; i < old.lineStarts.length; i++) {
    index.lineStarts.push(old.lineStarts[i]! + shift);
    index.lineStates.push(old.lineStates[i]!);
  }
  let i = 0;
  while (i < old.regions.length && old.regions[i]! < was) i += 2;
  for (; i < old.regions.length; i++) index.regions.push(old.regions[i]! + shift);
}

function lastLineAtOrBefore(lineStarts: number[], position: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (lineStarts[middle]! <= position) low = middle;
    else high = middle - 1;
  }
  return low;
}
