// Where a scan must not look: Markdown code (fenced and indented blocks, inline spans) and URLs.
// Decided line by line with a little state carried between lines, so a stream can do it as lines arrive.

export interface SkipOptions {
  code: boolean;
  urls: boolean;
}

/** What the lines so far leave open: a fence, an indented code block, a list. */
export interface SkipState {
  /** The open fence's character (` or ~) and length; 0 when no fence is open. */
  fenceChar: number;
  fenceLength: number;
  prevBlank: boolean;
  inIndentedCode: boolean;
  inList: boolean;
}

/** Where the next backtick and the next URL start, remembered so each line does not search the rest again. */
export interface LineCursor {
  tick: number;
  url: number;
}

export function createSkipState(): SkipState {
  return { fenceChar: 0, fenceLength: 0, prevBlank: true, inIndentedCode: false, inList: false };
}

export function createLineCursor(): LineCursor {
  return { tick: -1, url: -1 };
}

/** Sorted, non-overlapping [start, end) pairs of the text's skipped regions. */
export function findSkipRegions(text: string, options: SkipOptions): number[] {
  return indexSkipRegions(text, options).regions;
}

/** The skipped regions with each line's start and the state it starts in, so an edit can redo a few lines. */
export interface SkipIndex {
  regions: number[];
  lineStarts: number[];
  /** packSkipState of the state at each line start. */
  lineStates: number[];
}

export function indexSkipRegions(text: string, options: SkipOptions): SkipIndex {
  const index: SkipIndex = { regions: [], lineStarts: [], lineStates: [] };
  const state = createSkipState();
  const cursor = createLineCursor();
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    index.lineStarts.push(start);
    index.lineStates.push(packSkipState(state));
    addLineRegions(text, start, end, state, options, cursor, index.regions);
    start = end + 1;
  }
  return index;
}

export function packSkipState(state: SkipState): number {
  const flags = (state.prevBlank ? 1 : 0) | (state.inIndentedCode ? 2 : 0) | (state.inList ? 4 : 0);
  return (state.fenceChar << 16) | (Math.min(state.fenceLength, 255) << 8) | flags;
}

export function unpackSkipState(packed: number): SkipState {
  return {
    fenceChar: packed >>> 16,
    fenceLength: (packed >>> 8) & 255,
    prevBlank: (packed & 1) !== 0,
    inIndentedCode: (packed & 2) !== 0,
    inList: (packed & 4) !== 0,
  };
}

const BACKTICK = 0x60;
const TILDE = 0x7e;
const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
const URL_START = /https?:\/\/|www\./g;
const URL_END = /[\s<>"'`]/;
const URL_TRAILER = /[.,;:!?)\]}*_~]/;

/** Appends the skipped parts of the line [start, end) (without its newline) to `out`, updating `state`. */
export function addLineRegions(
  text: string,
  start: number,
  end: number,
  state: SkipState,
  options: SkipOptions,
  cursor: LineCursor,
  out: number[],
): void {
  let indent = 0;
  let at = start;
  for (; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x20) indent++;
    else if (code === 0x09) indent += 4 - (indent % 4);
    else break;
  }
  const blank = at === end || (at === end - 1 && text.charCodeAt(at) === 0x0d);
  if (options.code) {
    if (state.fenceChar !== 0) {
      out.push(start, end);
      const run = fenceRun(text, at, end, state.fenceChar);
      if (run >= state.fenceLength && isBlankFrom(text, at + run, end)) {
        state.fenceChar = 0;
        state.prevBlank = true;
      }
      return;
    }
    if (blank) {
      state.prevBlank = true;
      return;
    }
    if (indent >= 4 && (state.inIndentedCode || (state.prevBlank && !state.inList))) {
      out.push(start, end);
      state.inIndentedCode = true;
      state.prevBlank = false;
      return;
    }
    state.inIndentedCode = false;
    const fenceChar = text.charCodeAt(at);
    const fence = fenceChar === BACKTICK || fenceChar === TILDE ? fenceRun(text, at, end, fenceChar) : 0;
    if (
      fence >= 3 &&
      (indent <= 3 || state.inList) &&
      !(fenceChar === BACKTICK && hasBacktick(text, at + fence, end))
    ) {
      out.push(start, end);
      state.fenceChar = fenceChar;
      state.fenceLength = Math.min(fence, 255);
      state.prevBlank = false;
      return;
    }
    if (LIST_MARKER.test(text.slice(at, Math.min(end, at + 12)))) state.inList = true;
    else if (state.prevBlank && indent === 0) state.inList = false;
    state.prevBlank = false;
  } else if (blank) return;

  const line: number[] = [];
  if (options.code) addCodeSpans(text, at, end, cursor, line);
  if (options.urls) addUrls(text, start, end, cursor, line);
  if (line.length === 0) return;
  if (line.length > 2) sortPairs(line);
  for (let i = 0; i < line.length; i += 2) {
    const last = out.length - 1;
    if (out.length > 0 && line[i]! <= out[last]!) out[last] = Math.max(out[last]!, line[i + 1]!);
    else out.push(line[i]!, line[i + 1]!);
  }
}

/** Inline code: a run of n backticks up to the next run of exactly n on the same line. */
function addCodeSpans(text: string, start: number, end: number, cursor: LineCursor, out: number[]): void {
  if (cursor.tick < start) cursor.tick = findFrom(text, '`', start);
  let open = cursor.tick;
  while (open < end) {
    const length = fenceRun(text, open, end, BACKTICK);
    let close = findFrom(text, '`', open + length);
    while (close < end && fenceRun(text, close, end, BACKTICK) !== length) {
      close = findFrom(text, '`', close + fenceRun(text, close, end, BACKTICK));
    }
    if (close < end) {
      out.push(open, close + length);
      open = findFrom(text, '`', close + length);
    } else open = findFrom(text, '`', open + length);
  }
  cursor.tick = open;
}

/** http(s):// and www. links, up to whitespace or a Chinese character, without trailing punctuation. */
function addUrls(text: string, lineStart: number, end: number, cursor: LineCursor, out: number[]): void {
  let searchFrom = lineStart;
  for (;;) {
    if (cursor.url < searchFrom) {
      URL_START.lastIndex = searchFrom;
      cursor.url = URL_START.exec(text)?.index ?? text.length;
    }
    const from = cursor.url;
    if (from >= end) return;
    let to = from + (text.startsWith('www.', from) ? 4 : text.indexOf('//', from) + 2 - from);
    cursor.url = -1;
    searchFrom = to;
    // "xwww." or "shttps://" is part of a word, not a link.
    if (from > lineStart && /[A-Za-z0-9]/.test(text[from - 1]!)) continue;
    while (to < end && text.charCodeAt(to) < 0x3000 && !URL_END.test(text[to]!)) to++;
    while (to > from && URL_TRAILER.test(text[to - 1]!)) to--;
    out.push(from, to);
    searchFrom = Math.max(to, searchFrom);
  }
}

function fenceRun(text: string, at: number, end: number, char: number): number {
  let i = at;
  while (i < end && text.charCodeAt(i) === char) i++;
  return i - at;
}

function isBlankFrom(text: string, at: number, end: number): boolean {
  for (let i = at; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x20 && code !== 0x09 && code !== 0x0d) return false;
  }
  return true;
}

function hasBacktick(text: string, at: number, end: number): boolean {
  const next = text.indexOf('`', at);
  return next >= 0 && next < end;
}

function findFrom(text: string, needle: string, from: number): number {
  const at = text.indexOf(needle, from);
  return at < 0 ? text.length : at;
}

function sortPairs(pairs: number[]): void {
  const sorted = [];
  for (let i = 0; i < pairs.length; i += 2) sorted.push([pairs[i]!, pairs[i + 1]!] as const);
  sorted.sort((a, b) => a[0] - b[0]);
  sorted.forEach(([from, to], i) => {
    pairs[2 * i] = from;
    pairs[2 * i + 1] = to;
  });
}
