import type { AliasObject } from '../schema/alias';

/** The kinds of entity the scanner looks for (events and sources have no names writers use). */
export const SCANNED_KINDS = ['chip', 'family', 'organization', 'person', 'model', 'regulation'] as const;
export type ScannedKind = (typeof SCANNED_KINDS)[number];

/** One entity's names, as the scanner's dictionary takes them. */
export interface ScanEntry {
  id: string;
  kind: ScannedKind;
  names: AliasObject[];
}

/** A name found in a text. Offsets are UTF-16 code units, as `String.slice` and VS Code use. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  id: string;
  kind: ScannedKind;
  /** The alias (as written in the dataset) that matched. */
  alias: string;
}

export interface ScanOptions {
  /** Only report these kinds. Default: all. */
  kinds?: readonly ScannedKind[];
  /** Skip Markdown code spans and fenced/indented code blocks. Default: false. */
  skipCode?: boolean;
  /** Skip URLs (http(s)://…, www.…). Default: false. */
  skipUrls?: boolean;
}

/** A text edit in the coordinates of the text before the edit, as VS Code reports changes. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** A dictionary compiled for scanning. Build one with `compileMatcher` or `loadMatcher` and reuse it. */
export interface Matcher {
  /** Every mention in `text`: sorted, non-overlapping, leftmost-longest. */
  scan(text: string, options?: ScanOptions): Mention[];
  /** How far a change can move a mention: the longest name plus the largest ambiguity window, in code units. */
  readonly contextLength: number;
}
