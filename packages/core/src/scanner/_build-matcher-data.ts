import { type AliasPattern, createAliasPattern } from './_alias-pattern';
import { foldUnit, getLowerTable } from './_char-tables';
import {
  AMBIGUOUS,
  CASE_SENSITIVE,
  ENDS_WORD,
  FLEXIBLE,
  HASH_MULTIPLIER,
  type MatcherData,
  PLURAL,
  SIMPLE,
  STARTS_WORD,
} from './_matcher-tables';
import { SCANNED_KINDS, type ScanEntry } from './types';

const DEFAULT_WINDOW = 100;

interface CompiledAlias {
  entity: number;
  text: string;
  pattern: AliasPattern;
  window: number;
  near: string[];
}

/** Compiles a dictionary into the matcher's typed arrays: a trie over case-folded code units. */
export function buildMatcherData(entries: readonly ScanEntry[]): MatcherData {
  const entityIndex = new Map<string, number>();
  const entityIds: string[] = [];
  const entityKinds: number[] = [];
  const aliases: CompiledAlias[] = [];
  for (const entry of entries) {
    let entity = entityIndex.get(entry.id);
    if (entity === undefined) {
      entity = entityIds.length;
      entityIndex.set(entry.id, entity);
      entityIds.push(entry.id);
      entityKinds.push(SCANNED_KINDS.indexOf(entry.kind));
    }
    for (const name of entry.names) {
      const pattern = createAliasPattern(name);
      if (pattern === undefined) continue;
      const rule = name.ambiguous;
      aliases.push({
        entity,
        text: name.text,
        pattern,
        window: rule?.window ?? DEFAULT_WINDOW,
        near: rule?.near ?? [],
      });
    }
  }

  const keyClass = new Uint16Array(65536);
  const alphabet = [0, 0];
  let keyUnits = 0;
  for (const { pattern } of aliases) {
    keyUnits += pattern.key.length;
    for (const unit of pattern.key) {
      if (keyClass[unit] !== 0) continue;
      keyClass[unit] = alphabet.length;
      alphabet.push(unit);
    }
  }
  const classCount = alphabet.length;

  const rootChild = new Int32Array(classCount);
  const capacity = 2 ** Math.max(4, Math.ceil(Math.log2(keyUnits * 2 + 1)));
  const edgeKeys = new Int32Array(capacity).fill(-1);
  const edgeChildren = new Int32Array(capacity);
  const shift = 32 - Math.log2(capacity);
  const sepMax: number[] = [0];
  const terminals: number[][] = [[]];
  const newNode = () => {
    sepMax.push(0);
    terminals.push([]);
    return sepMax.length - 1;
  };
  const child = (node: number, cls: number): number => {
    if (node === 0) {
      if (rootChild[cls] === 0) rootChild[cls] = newNode();
      return rootChild[cls]!;
    }
    const key = node * classCount + cls;
    let slot = Math.imul(key, HASH_MULTIPLIER) >>> shift;
    while (edgeKeys[slot] !== -1 && edgeKeys[slot] !== key) slot = (slot + 1) & (capacity - 1);
    if (edgeKeys[slot] === -1) {
      edgeKeys[slot] = key;
      edgeChildren[slot] = newNode();
    }
    return edgeChildren[slot]!;
  };

  aliases.forEach(({ pattern }, alias) => {
    let node = 0;
    pattern.key.forEach((unit, i) => {
      node = child(node, keyClass[unit]!);
      sepMax[node] = Math.max(sepMax[node]!, Math.min(255, pattern.sepAfter[i]!));
    });
    terminals[node]!.push(alias);
  });

  const termStart = new Int32Array(terminals.length + 1);
  terminals.forEach((list, node) => {
    termStart[node + 1] = termStart[node]! + list.length;
  });
  return {
    alphabet: Uint16Array.from(alphabet),
    rootChild,
    edgeKeys,
    edgeChildren,
    sepMax: Uint8Array.from(sepMax),
    termStart,
    termAliases: Int32Array.from(terminals.flat()),
    ...encodeAliases(aliases),
    entityKind: Uint8Array.from(entityKinds),
    entityIds,
    aliasTexts: aliases.map((alias) => alias.text),
    maxMatchLength: Math.max(0, ...aliases.map(({ pattern }) => pattern.folded.length + (pattern.plural ? 1 : 0))),
    maxWindow: Math.max(0, ...aliases.filter((alias) => alias.near.length > 0).map((alias) => alias.window)),
  };
}

function encodeAliases(aliases: CompiledAlias[]) {
  const lower = getLowerTable();
  const count = aliases.length;
  const aliasEntity = new Int32Array(count);
  const aliasFlags = new Uint8Array(count);
  const aliasPatternStart = new Int32Array(count);
  const aliasPatternLength = new Int32Array(count);
  const aliasWindow = new Int32Array(count);
  const aliasNearStart = new Int32Array(count);
  const aliasNearCount = new Int32Array(count);
  const patterns: string[] = [];
  const nearWords: number[][] = [];
  let patternLength = 0;
  aliases.forEach(({ entity, pattern, window, near }, alias) => {
    aliasEntity[alias] = entity;
    aliasFlags[alias] =
      (pattern.caseSensitive ? CASE_SENSITIVE : 0) |
      (pattern.flexible ? FLEXIBLE : 0) |
      (pattern.startsWord ? STARTS_WORD : 0) |
      (pattern.endsWord ? ENDS_WORD : 0) |
      (pattern.plural ? PLURAL : 0) |
      (near.length > 0 ? AMBIGUOUS : 0) |
      (!pattern.caseSensitive && pattern.key.length === pattern.folded.length ? SIMPLE : 0);
    aliasPatternStart[alias] = patternLength;
    aliasPatternLength[alias] = pattern.folded.length;
    patternLength += pattern.folded.length;
    patterns.push(pattern.folded);
    aliasWindow[alias] = window;
    aliasNearStart[alias] = nearWords.length;
    aliasNearCount[alias] = near.length;
    for (const word of near)
      nearWords.push(Array.from({ length: word.length }, (_, i) => lower[foldUnit(word.charCodeAt(i))]!));
  });
  const patternPool = new Uint16Array(patternLength);
  for (let i = 0, at = 0; i < patterns.length; at += patterns[i]!.length, i++) {
    for (let k = 0; k < patterns[i]!.length; k++) patternPool[at + k] = patterns[i]!.charCodeAt(k);
  }
  const nearWordStart = new Int32Array(nearWords.length);
  const nearWordLength = new Int32Array(nearWords.length);
  const nearPool = new Uint16Array(nearWords.reduce((sum, word) => sum + word.length, 0));
  nearWords.forEach((word, i) => {
    nearWordStart[i] = i === 0 ? 0 : nearWordStart[i - 1]! + nearWordLength[i - 1]!;
    nearWordLength[i] = word.length;
    nearPool.set(word, nearWordStart[i]);
  });
  return {
    aliasEntity,
    aliasFlags,
    aliasPatternStart,
    aliasPatternLength,
    patternPool,
    aliasWindow,
    aliasNearStart,
    aliasNearCount,
    nearWordStart,
    nearWordLength,
    nearPool,
  };
}
