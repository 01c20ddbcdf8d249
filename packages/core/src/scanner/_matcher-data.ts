/** A compiled dictionary: the trie of names, each name's rules, the near words. */
export interface MatcherCore {
  /** alphabet[c]: the lowercase code unit of class c (entries 0 and 1 unused). */
  alphabet: Uint16Array;
  /** rootChild[c]: the node after one character of class c, 0 for none. */
  rootChild: Int32Array;
  /** Open-addressed edges: key node * classCount + class, -1 for an empty slot. */
  edgeKeys: Int32Array;
  edgeChildren: Int32Array;
  /** onlyChildClass[node]: the class of its one child (which is node + 1), or MANY_CHILDREN, or NO_CHILDREN. */
  onlyChildClass: Int32Array;
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
  /** Near words of alias a: aliasNearWords[aliasNearStart[a] .. + aliasNearCount[a]]. */
  aliasNearStart: Int32Array;
  aliasNearCount: Int32Array;
  aliasNearWords: Int32Array;
  /** Each distinct near word, lowercased and width-folded, in nearPool. */
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

/**
 * Everything a compiled matcher is — the core plus the tables derived from it — as typed arrays and the
 * strings mentions report. Serialized as is, so loading computes nothing.
 */
export interface MatcherData extends MatcherCore {
  /** [unit, class] pairs: the units (capitals, full-width forms) that fold onto a unit of the alphabet. */
  foldingPairs: Uint16Array;
  /** See _start-filters. */
  wordHashes: Int32Array;
  wordFollows: Int32Array;
  startPairs: Int32Array;
  pairNode: Int32Array;
  /** See _near-words. */
  nearHeads: Int32Array;
  nearHeadStride: number;
  nearExact: Uint8Array;
}
