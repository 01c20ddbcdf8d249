import { createClassTable } from './_class-table';
import { START_UNIT, WORD_CLASS_UNITS, WORD_UNIT } from './_matcher-constants';
import type { MatcherData } from './_matcher-data';
import { slotShift } from './_trie-builder';

/** The per-code-unit tables and scratch space a loaded matcher scans with: cheap to make, never serialized. */
export interface MatcherRuntime extends MatcherData {
  classCount: number;
  classOf: Uint16Array;
  unitFlags: Uint8Array;
  edgeMask: number;
  edgeShift: number;
  /** Scratch space for one match attempt. */
  termNodes: Int32Array;
  termEnds: Int32Array;
  termSeps: Int32Array;
  candAlias: Int32Array;
  candEnd: Int32Array;
  /** See isNearWordAround. */
  nearFrom: Int32Array;
  nearTo: Int32Array;
  nearFound: number[][];
  nearTexts: (string | undefined)[];
}

export function createRuntime(data: MatcherData): MatcherRuntime {
  const classCount = data.alphabet.length;
  const classOf = createClassTable(data.alphabet, data.foldingPairs);
  // Only units with a class can start a name: the alphabet and what folds onto it.
  const unitFlags = new Uint8Array(65536);
  const markStart = (code: number) => {
    if (data.rootChild[classOf[code]!] !== 0) unitFlags[code] = START_UNIT;
  };
  for (let cls = 2; cls < classCount; cls++) markStart(data.alphabet[cls]!);
  for (let i = 0; i < data.foldingPairs.length; i += 2) markStart(data.foldingPairs[i]!);
  for (const unit of WORD_CLASS_UNITS) {
    const code = unit.charCodeAt(0);
    const flags = WORD_UNIT | ((classOf[code]! - 2) << 1);
    const upper = unit.toUpperCase().charCodeAt(0);
    for (const variant of [code, upper, code + 0xfee0, upper + 0xfee0]) unitFlags[variant] = flags;
  }
  const candidates = data.termAliases.length + 2;
  const scratch = data.maxMatchLength + 2;
  return {
    ...data,
    classCount,
    classOf,
    unitFlags,
    edgeMask: data.edgeKeys.length - 1,
    edgeShift: slotShift(data.edgeKeys),
    termNodes: new Int32Array(scratch),
    termEnds: new Int32Array(scratch),
    termSeps: new Int32Array(scratch),
    candAlias: new Int32Array(candidates),
    candEnd: new Int32Array(candidates),
    nearFrom: new Int32Array(data.aliasFlags.length),
    nearTo: new Int32Array(data.aliasFlags.length).fill(-1),
    nearFound: Array.from(data.aliasFlags, () => []),
    nearTexts: Array.from(data.nearExact, (exact, w) =>
      exact === 1
        ? String.fromCharCode(
            ...data.nearPool.subarray(data.nearWordStart[w], data.nearWordStart[w]! + data.nearWordLength[w]!),
          )
        : undefined,
    ),
  };
}
