import type { MockTextDocument } from './text-document';
import { Position, type Range, Selection } from './values';

export interface DecorationType {
  key: string;
  options: Record<string, unknown>;
  disposed: boolean;
  dispose(): void;
}

type Insert = { start: number; end: number; text: string };

/** A TextEditor that records decorations and applies `edit()` as one change event. */
export class MockTextEditor {
  selection: Selection = new Selection(new Position(0, 0), new Position(0, 0));
  visibleRanges: Range[];
  readonly viewColumn = 1;
  /** Decoration ranges by decoration type key, as last set. */
  readonly decorations = new Map<string, Range[]>();
  decorationCalls = 0;
  editCalls = 0;
  revealed: Range | undefined;

  constructor(
    readonly document: MockTextDocument,
    visibleRanges: Range[],
    private readonly onEdit: (document: MockTextDocument, edits: Insert[]) => void,
  ) {
    this.visibleRanges = visibleRanges;
  }

  get selections(): Selection[] {
    return [this.selection];
  }

  setDecorations(type: DecorationType, ranges: readonly Range[]): void {
    this.decorationCalls++;
    this.decorations.set(type.key, [...ranges]);
  }

  async edit(
    callback: (builder: {
      insert(at: Position, text: string): void;
      replace(range: Range, text: string): void;
      delete(range: Range): void;
    }) => void,
  ): Promise<boolean> {
    const edits: Insert[] = [];
    const at = (position: Position) => this.document.offsetAt(position);
    callback({
      insert: (position, text) => edits.push({ start: at(position), end: at(position), text }),
      replace: (range, text) => edits.push({ start: at(range.start), end: at(range.end), text }),
      delete: (range) => edits.push({ start: at(range.start), end: at(range.end), text: '' }),
    });
    this.editCalls++;
    // Inserts at the same position keep the order they were given in.
    const merged: Insert[] = [];
    for (const edit of edits) {
      const last = merged.at(-1);
      if (last && last.start === edit.start && last.end === edit.end && edit.start === edit.end) last.text += edit.text;
      else merged.push({ ...edit });
    }
    this.onEdit(this.document, merged);
    return true;
  }

  revealRange(range: Range): void {
    this.revealed = range;
  }
}
