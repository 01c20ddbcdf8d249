import { foldUnit, forEachFoldingUnit, getLowerTable, isSeparatorUnit, SEPARATOR_UNITS } from './_char-tables';

/** Class 0: a code unit no name contains. Class 1: a separator. Names' own characters start at 2. */
export const NO_CLASS = 0;
export const SEPARATOR_CLASS = 1;

/** Alias flag bits. */
export const CASE_SENSITIVE = 1;
export const FLEXIBLE = 2;
export const STARTS_WORD = 4;
export const ENDS_WORD = 8;
export const PLURAL = 16;
export const AMBIGUOUS = 32;
/** Case-insensitive and without separators: a trie path that skipped no separator proves the match. */
export const SIMPLE = 64;

/** Unit flag bits. */
export const WORD_UNIT = 1;
export const START_UNIT = 2;

export const HASH_MULTIPLIER = 0x9e3779b1;

/** Everything a compiled matcher is: typed arrays plus the strings mentions report. Serialized as is. */
export interface MatcherData {
  /** alphabet[c]: the lowercase code unit of class c (entries 0 and 1 unused). */
  alphabet: Uint16Array;
  /** rootChild[c]: the node after one character of class c, 0 for none. */
  rootChild: Int32Array;
  /** Open-addressed edges: key node * classCount + class, -1 for an empty slot. */
  edgeKeys: Int32Array;
  edgeChildren: Int32Array;
  /** sepMax[node]: how many separators in a row a name allows after this node. */
  sepMax: Uint8Array;
  /** The aliases ending at node n are termAliases[termStart[n] .. termStart[n + 1]). */
  termStart: Int32Array;
  termAliases: Int32Array;
  aliasEntity: Int32Array;
  aliasFlags: Uint8Array;
  /** The alias width-folded as written, in patternPool[aliasPatternStart[a] .. + aliasPatternLength[a]). */
  aliasPatternStart: Int32Array;
  aliasPatternLength: Int32Array;
  patternPool: Uint16Array;
  aliasWindow: Int32Array;
  /** Near words of alias a: nearWords[aliasNearStart[a] .. + aliasNearCount[a]), lowercased, in nearPool. */
  aliasNearStart: Int32Array;
  aliasNearCount: Int32Array;
  nearWordStart: Int32Array;
  nearWordLength: Int32Array;
  nearPool: Uint16Array;
  /** Index into SCANNED_KINDS. */
  entityKind: Uint8Array;
  entityIds: string[];
  aliasTexts: string[];
  /** Longest alias in code units, plural included, and the largest ambiguity window. */
  maxMatchLength: number;
  maxWindow: number;
}

/** Per-code-unit lookups derived from the alphabet at load time: cheap to rebuild, so never serialized. */
export interface MatcherRuntime extends MatcherData {
  classCount: number;
  classOf: Uint16Array;
  unitFlags: Uint8Array;
  lower: Uint16Array;
  edgeMask: number;
  edgeShift: number;
  /** Scratch space for one match attempt. */
  termNodes: Int32Array;
  termEnds: Int32Array;
  termSeps: Int32Array;
  candAlias: Int32Array;
  candEnd: Int32Array;
}

export function createRuntime(data: MatcherData): MatcherRuntime {
  const lower = getLowerTable();
  const classCount = data.alphabet.length;
  const keyClass = new Uint16Array(65536);
  for (let c = 2; c < classCount; c++) keyClass[data.alphabet[c]!] = c;
  const classOf = keyClass.slice();
  forEachFoldingUnit((code) => {
    classOf[code] = keyClass[lower[foldUnit(code)]!]!;
  });
  for (const code of [...SEPARATOR_UNITS, 0x3000, 0xff0d]) if (isSeparatorUnit(code)) classOf[code] = SEPARATOR_CLASS;

  const unitFlags = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) if (data.rootChild[classOf[c]!]! !== 0) unitFlags[c] = START_UNIT;
  for (const [from, to] of [
    [0x30, 0x39],
    [0x41, 0x5a],
    [0x61, 0x7a],
  ] as const) {
    for (let c = from; c <= to; c++) {
      unitFlags[c]! |= WORD_UNIT;
      unitFlags[c + 0xfee0]! |= WORD_UNIT;
    }
  }

  const candidates = data.termAliases.length + 2;
  const scratch = data.maxMatchLength + 2;
  return {
    ...data,
    classCount,
    classOf,
    unitFlags,
    lower,
    edgeMask: data.edgeKeys.length - 1,
    edgeShift: 32 - Math.log2(data.edgeKeys.length),
    termNodes: new Int32Array(scratch),
    termEnds: new Int32Array(scratch),
    termSeps: new Int32Array(scratch),
    candAlias: new Int32Array(candidates),
    candEnd: new Int32Array(candidates),
  };
}
