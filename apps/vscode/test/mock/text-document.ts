import { Position, Range, Uri } from './values';

export interface TextChange {
  range: Range;
  rangeOffset: number;
  rangeLength: number;
  text: string;
}

/** An in-memory TextDocument: line starts are kept so positions convert in O(log lines). */
export class MockTextDocument {
  readonly uri: Uri;
  version = 1;
  isClosed = false;
  isDirty = false;
  readonly eol = 1;
  #text = '';
  #lineStarts: number[] = [0];

  constructor(
    text: string,
    public languageId = 'markdown',
    uri: Uri | string = Uri.file(`/work/doc-${Math.random().toString(36).slice(2)}.md`),
  ) {
    this.uri = typeof uri === 'string' ? Uri.parse(uri) : uri;
    this.setText(text);
  }

  get fileName(): string {
    return this.uri.fsPath;
  }
  get isUntitled(): boolean {
    return this.uri.scheme === 'untitled';
  }
  get lineCount(): number {
    return this.#lineStarts.length;
  }

  setText(text: string): void {
    this.#text = text;
    this.#lineStarts = [0];
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) this.#lineStarts.push(at + 1);
  }

  getText(range?: Range): string {
    if (!range) return this.#text;
    return this.#text.slice(this.offsetAt(range.start), this.offsetAt(range.end));
  }

  offsetAt(position: Position): number {
    const line = Math.max(0, Math.min(position.line, this.lineCount - 1));
    const start = this.#lineStarts[line]!;
    return Math.min(start + Math.max(0, position.character), start + this.#lineLength(line));
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.#text.length));
    let low = 0;
    let high = this.#lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.#lineStarts[middle]! <= clamped) low = middle;
      else high = middle - 1;
    }
    return new Position(low, clamped - this.#lineStarts[low]!);
  }

  lineAt(lineOrPosition: number | Position) {
    const line = typeof lineOrPosition === 'number' ? lineOrPosition : lineOrPosition.line;
    if (line < 0 || line >= this.lineCount) throw new Error(`Illegal value for line: ${line}`);
    const start = this.#lineStarts[line]!;
    const text = this.#text.slice(start, start + this.#lineLength(line));
    return {
      lineNumber: line,
      text,
      range: new Range(line, 0, line, text.length),
      isEmptyOrWhitespace: text.trim() === '',
      firstNonWhitespaceCharacterIndex: text.length - text.trimStart().length,
    };
  }

  getWordRangeAtPosition(position: Position, pattern = /[\p{L}\p{N}_]+/u): Range | undefined {
    const { text } = this.lineAt(position.line);
    const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    for (const match of text.matchAll(global)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (start <= position.character && position.character <= end && match[0].length > 0) {
        return new Range(position.line, start, position.line, end);
      }
    }
    return undefined;
  }

  /** Applies edits given in the offsets before them (non-overlapping); returns them as VS Code reports. */
  applyEdits(edits: readonly { start: number; end: number; text: string }[]): TextChange[] {
    const changes = edits.map((edit) => ({
      range: new Range(this.positionAt(edit.start), this.positionAt(edit.end)),
      rangeOffset: edit.start,
      rangeLength: edit.end - edit.start,
      text: edit.text,
    }));
    let text = this.#text;
    for (const edit of [...edits].sort((a, b) => b.start - a.start))
      text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
    this.setText(text);
    this.version++;
    this.isDirty = true;
    // VS Code reports the changes of one event last-first.
    return changes.sort((a, b) => b.rangeOffset - a.rangeOffset);
  }

  save(): Promise<boolean> {
    this.isDirty = false;
    return Promise.resolve(true);
  }

  #lineLength(line: number): number {
    const start = this.#lineStarts[line]!;
    const next = this.#lineStarts[line + 1];
    return (next === undefined ? this.#text.length : next - 1) - start;
  }
}
