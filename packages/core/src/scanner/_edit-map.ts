import { AtlasError } from '../errors';
import { PieceText } from './_piece-text';
import type { TextEdit } from './types';

/** Edits applied together, and how positions outside them move. */
export interface EditMap {
  text: PieceText;
  /** Sorted by start; each with its place in the new text. */
  edits: { start: number; end: number; newStart: number; newEnd: number }[];
}

/** Applies edits given in the coordinates of `before` (as VS Code reports a change event). */
export function applyEdits(before: PieceText, edits: readonly TextEdit[]): EditMap {
  const sorted = edits
    .map((edit, index) => ({ edit, index }))
    .sort((a, b) => a.edit.start - b.edit.start || a.index - b.index)
    .map(({ edit }) => edit);
  const placed: EditMap['edits'] = [];
  const pieces: string[] = [];
  let length = 0;
  let at = 0;
  for (const edit of sorted) {
    if (!(Number.isInteger(edit.start) && Number.isInteger(edit.end) && edit.start >= at && edit.end >= edit.start)) {
      throw new AtlasError(
        'INVALID_FILTER',
        `edit ${edit.start}-${edit.end}: expected integer offsets with start <= end, not overlapping another edit`,
      );
    }
    if (edit.end > before.length) {
      throw new AtlasError(
        'INVALID_FILTER',
        `edit ${edit.start}-${edit.end}: past the end of the text (${before.length})`,
      );
    }
    pieces.push(...before.pieces(at, edit.start), edit.text);
    length += edit.start - at;
    placed.push({ start: edit.start, end: edit.end, newStart: length, newEnd: length + edit.text.length });
    length += edit.text.length;
    at = edit.end;
  }
  pieces.push(...before.pieces(at, before.length));
  return { text: new PieceText(pieces), edits: placed };
}

/** Where an old position lands; one inside an edit lands where the edit's new text starts. */
export function mapOld(map: EditMap, position: number): number {
  let shift = 0;
  for (const edit of map.edits) {
    if (position <= edit.start) break;
    if (position < edit.end) return edit.newStart;
    shift = edit.newEnd - edit.end;
  }
  return position + shift;
}

/** Where a new position (outside every edit) was before. */
export function mapNew(map: EditMap, position: number): number {
  let shift = 0;
  for (const edit of map.edits) {
    if (position < edit.newEnd) break;
    shift = edit.newEnd - edit.end;
  }
  return position - shift;
}
