import type { PieceText } from './_piece-text';
import type { SkipIndex } from './_skip-regions';
import type { Mention, ScanOptions } from './types';

interface CachedResult {
  /** The scanned text. */
  pieces: PieceText;
  /** Its skipped regions, for the options they were found with. */
  skip?: { code: boolean; urls: boolean; index: SkipIndex };
}

// What a rescan needs of the previous result that its mentions alone do not say, keyed by the mentions
// array callers keep; and the results whose text is still unread.
const cache = new WeakMap<Mention[], CachedResult>();
const unread = new WeakMap<object, PieceText>();

export function rememberResult(mentions: Mention[], pieces: PieceText, options: ScanOptions, index?: SkipIndex) {
  const skip = index && { code: options.skipCode === true, urls: options.skipUrls === true, index };
  cache.set(mentions, skip ? { pieces, skip } : { pieces });
}

/** Marks a result whose `text` is still the getter that joins `pieces`. */
export function rememberUnread(result: object, pieces: PieceText): void {
  unread.set(result, pieces);
}

/** What was remembered of `previous`, if its text is still the text scanned then. */
export function recallResult(previous: { text: string; mentions: Mention[] }): CachedResult | undefined {
  const entry = cache.get(previous.mentions);
  if (entry === undefined) return undefined;
  const own = Object.getOwnPropertyDescriptor(previous, 'text');
  if (own?.get !== undefined) return unread.get(previous) === entry.pieces ? entry : undefined;
  const joined = entry.pieces.joined;
  return joined !== undefined && joined === previous.text ? entry : undefined;
}

/** The remembered skip index, if it was found with these options. */
export function recallSkipIndex(entry: CachedResult | undefined, options: ScanOptions): SkipIndex | undefined {
  const skip = entry?.skip;
  if (skip === undefined) return undefined;
  return skip.code === (options.skipCode === true) && skip.urls === (options.skipUrls === true)
    ? skip.index
    : undefined;
}
