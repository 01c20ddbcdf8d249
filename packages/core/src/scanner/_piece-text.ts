/** More pieces than this and the text is joined again: slicing stays cheap, joining stays rare. */
const MAX_PIECES = 64;

/**
 * A text kept as the pieces edits made of it (slices of earlier texts, which cost nothing to take), joined
 * into one string only when read whole. An edit to a long document then costs what the edit touches, not a
 * copy of the document.
 */
export class PieceText {
  readonly length: number;
  #pieces: string[];
  /** starts[i]: where piece i begins; one more entry, the length. */
  #starts: number[];

  constructor(pieces: readonly string[]) {
    let kept = pieces.filter((piece) => piece.length > 0);
    let starts = [0];
    for (const piece of kept) starts.push(starts[starts.length - 1]! + piece.length);
    this.length = starts[starts.length - 1]!;
    if (kept.length > MAX_PIECES) {
      kept = [kept.join('')];
      starts = [0, this.length];
    }
    this.#pieces = kept;
    this.#starts = starts;
  }

  /** The whole text if it is already one string, else undefined. */
  get joined(): string | undefined {
    return this.#pieces.length === 1 ? this.#pieces[0] : this.#pieces.length === 0 ? '' : undefined;
  }

  /** The whole text as one string (joined once, then kept). */
  toString(): string {
    if (this.#pieces.length !== 1) {
      this.#pieces = [this.#pieces.join('')];
      this.#starts = [0, this.length];
    }
    return this.#pieces[0] ?? '';
  }

  /** The text from `start` to `end`, made of the pieces there. */
  slice(start: number, end: number): string {
    let out = '';
    for (let i = this.#pieceAt(start); i < this.#pieces.length && this.#starts[i]! < end; i++) {
      const from = this.#starts[i]!;
      out += this.#pieces[i]!.slice(Math.max(0, start - from), end - from);
    }
    return out;
  }

  /** The pieces covering [start, end): slices of this text's pieces, for building an edited text. */
  pieces(start: number, end: number): string[] {
    const out: string[] = [];
    for (let i = this.#pieceAt(start); i < this.#pieces.length && this.#starts[i]! < end; i++) {
      const from = this.#starts[i]!;
      out.push(this.#pieces[i]!.slice(Math.max(0, start - from), end - from));
    }
    return out;
  }

  /** The index of the piece holding `position` (binary search). */
  #pieceAt(position: number): number {
    let low = 0;
    let high = this.#pieces.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (this.#starts[middle]! <= position) low = middle;
      else high = middle - 1;
    }
    return low;
  }
}
