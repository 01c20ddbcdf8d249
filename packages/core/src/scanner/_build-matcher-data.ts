import { type AliasPattern, createAliasPattern } from './_alias-pattern';
import { foldUnit, isSeparatorUnit, lowerUnit } from './_char-tables';
import { createClassTable, findFoldingPairs } from './_class-table';
import {
  AMBIGUOUS,
  CASE_SENSITIVE,
  ENDS_WORD,
  FLEXIBLE,
  PLURAL,
  SIMPLE,
  STARTS_WORD,
  WORD_CLASS_UNITS,
} from './_matcher-constants';
import type { MatcherCore, MatcherData } from './_matcher-data';
import { createNearHeads } from './_near-words';
import { createStartFilters } from './_start-filters';
import { buildTrie, type TrieShape } from './_trie-builder';
import { SCANNED_KINDS, type ScanEntry } from './types';

const DEFAULT_WINDOW = 100;

interface CompiledAlias {
  entity: number;
  text: string;
  pattern: AliasPattern;
  window: number;
  near: string[];
}

/** Compiles a dictionary into the matcher's typed arrays: a trie over case-folded code units, and its filters. */
export function buildMatcherData(entries: readonly ScanEntry[]): MatcherData {
  const { core, shape } = buildMatcherCore(entries);
  const foldingPairs = findFoldingPairs(core.alphabet);
  const classOf = createClassTable(core.alphabet, foldingPairs);
  return {
    ...core,
    foldingPairs,
    ...createStartFilters(core, classOf, shape),
    ...createNearHeads(core, classOf),
  };
}

function buildMatcherCore(entries: readonly ScanEntry[]): { core: MatcherCore; shape: TrieShape } {
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

  // Classes: 0 for units in no name, 1 for separators, then one per (lowercased) unit of a name or near word.
  const keyClass = new Int32Array(65536);
  const alphabet = [0, 0];
  const classOfUnit = (unit: number) => {
    if (keyClass[unit] === 0) keyClass[unit] = alphabet.push(unit) - 1;
    return keyClass[unit]!;
  };
  // Digits and letters always have classes 2-37, so word filters can index by them directly.
  for (const ch of WORD_CLASS_UNITS) classOfUnit(ch.charCodeAt(0));
  const namePaths = aliases.map(({ pattern }) => pattern.key.map(classOfUnit));
  const nearWords = [...new Set(aliases.flatMap((alias) => alias.near.map((word) => foldLower(word))))];
  // Near words are compared by class too, but for separators, which must be the same.
  for (const word of nearWords) {
    for (let i = 0; i < word.length; i++) if (!isSeparatorUnit(word.charCodeAt(i))) classOfUnit(word.charCodeAt(i));
  }
  const classCount = alphabet.length;

  const names = buildTrie(classCount, namePaths);
  // How many separators in a row a name allows after each node: the most any name through it allows.
  const sepMax = new Uint8Array(names.termStart.length - 1);
  for (let alias = 0, at = 0; alias < aliases.length; alias++) {
    const sepAfter = aliases[alias]!.pattern.sepAfter;
    for (let i = 0; i < sepAfter.length; i++, at++) {
      const node = names.pathNodes[at]!;
      if (sepAfter[i]! > sepMax[node]!) sepMax[node] = Math.min(255, sepAfter[i]!);
    }
  }
  const core: MatcherCore = {
    alphabet: Uint16Array.from(alphabet),
    rootChild: names.rootChild,
    edgeKeys: names.edgeKeys,
    edgeChildren: names.edgeChildren,
    sepMax,
    onlyChildClass: names.onlyChildClass,
    termStart: names.termStart,
    termAliases: names.termPaths,
    ...encodeAliases(aliases, nearWords),
    entityKind: Uint8Array.from(entityKinds),
    entityIds,
    aliasTexts: aliases.map((alias) => alias.text),
    maxMatchLength: Math.max(0, ...aliases.map(({ pattern }) => pattern.folded.length + (pattern.plural ? 1 : 0))),
    maxWindow: Math.max(0, ...aliases.filter((alias) => alias.near.length > 0).map((alias) => alias.window)),
  };
  return { core, shape: names.shape };
}

function encodeAliases(aliases: CompiledAlias[], nearWords: string[]) {
  const nearIndex = new Map(nearWords.map((word, i) => [word, i]));
  const count = aliases.length;
  const aliasEntity = new Int32Array(count);
  const aliasFlags = new Uint8Array(count);
  const aliasPatternStart = new Int32Array(count);
  const aliasPatternLength = new Int32Array(count);
  const aliasWindow = new Int32Array(count);
  const aliasNearStart = new Int32Array(count);
  const aliasNearCount = new Int32Array(count);
  const patterns: string[] = [];
  const aliasNearWords: number[] = [];
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
    aliasNearStart[alias] = aliasNearWords.length;
    aliasNearCount[alias] = near.length;
    for (const word of near) aliasNearWords.push(nearIndex.get(foldLower(word))!);
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
    for (let k = 0; k < word.length; k++) nearPool[nearWordStart[i]! + k] = word.charCodeAt(k);
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
    aliasNearWords: Int32Array.from(aliasNearWords),
    nearWordStart,
    nearWordLength,
    nearPool,
  };
}

/** A near word as it is compared: width-folded and lowercased unit by unit. */
function foldLower(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) out += String.fromCharCode(lowerUnit(foldUnit(word.charCodeAt(i))));
  return out;
}
