import type { TextEdit } from '@aichips/core';

/**
 * The edits made to a text since it was scanned, in that text's offsets: sorted, non-overlapping, so
 * the scanner's `rescan()` can take them as they are. Edits arrive in the offsets of the text as it is
 * now (after the earlier ones), as VS Code reports them; `add()` maps them back.
 */
export class PendingEdits {
  readonly #base: string;
  readonly #edits: TextEdit[] = [];

  constructor(base: string) {
    this.#base = base;
  }

  get edits(): readonly TextEdit[] {
    return this.#edits;
  }

  /** Replaces `[start, end)` of the current text with `text`. */
  add(start: number, end: number, text: string): void {
    const edits = this.#edits;
    let shift = 0;
    let first = 0;
    for (; first < edits.length; first++) {
      const edit = edits[first]!;
      if (edit.start + shift + edit.text.length >= start) break;
      shift += edit.text.length - (edit.end - edit.start);
    }
    let last = first;
    let shiftAfter = shift;
    for (; last < edits.length; last++) {
      const edit = edits[last]!;
      if (edit.start + shiftAfter > end) break;
      shiftAfter += edit.text.length - (edit.end - edit.start);
    }
    const touched = edits.slice(first, last);
    const head = touched[0];
    const tail = touched.at(-1);
    // The merged region, in current and in base offsets, widened to the touched edits.
    const currentStart = head && head.start + shift <= start ? head.start + shift : start;
    const baseStart = head && head.start + shift <= start ? head.start : start - shift;
    const tailEnd = tail
      ? tail.start + shiftAfter - (tail.text.length - (tail.end - tail.start)) + tail.text.length
      : 0;
    const baseEnd = tail && tailEnd >= end ? tail.end : end - shiftAfter;
    let current = '';
    let at = baseStart;
    for (const edit of touched) {
      current += this.#base.slice(at, edit.start) + edit.text;
      at = edit.end;
    }
    current += this.#base.slice(at, baseEnd);
    const replaced = current.slice(0, start - currentStart) + text + current.slice(end - currentStart);
    const merged = baseStart === baseEnd && replaced === '' ? [] : [{ start: baseStart, end: baseEnd, text: replaced }];
    edits.splice(first, last - first, ...merged);
  }
}

/** Applies edits given in the offsets of `text` (sorted, non-overlapping). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = '';
  let at = 0;
  for (const edit of edits) {
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + text.slice(at);
}
