import { AtlasError } from '../errors';
import { createMatcher, requireRuntime } from './_compiled-matcher';
import type { MatcherData } from './_matcher-data';
import type { Matcher } from './types';

const SIGNATURE = 0x4d434941; // "AICM" little-endian
// 2: the word filter is one hash of the whole word, and one of it with what follows (version 1 had
// filters by length and last unit instead).
const VERSION = 2;

type TypedArrayName = 'Uint8Array' | 'Uint16Array' | 'Int32Array';
const TYPED_ARRAYS = { Uint8Array, Uint16Array, Int32Array };
const ARRAY_FIELDS = [
  ['alphabet', 'Uint16Array'],
  ['rootChild', 'Int32Array'],
  ['edgeKeys', 'Int32Array'],
  ['edgeChildren', 'Int32Array'],
  ['sepMax', 'Uint8Array'],
  ['termStart', 'Int32Array'],
  ['termAliases', 'Int32Array'],
  ['aliasEntity', 'Int32Array'],
  ['aliasFlags', 'Uint8Array'],
  ['aliasPatternStart', 'Int32Array'],
  ['aliasPatternLength', 'Int32Array'],
  ['patternPool', 'Uint16Array'],
  ['aliasWindow', 'Int32Array'],
  ['aliasNearStart', 'Int32Array'],
  ['aliasNearCount', 'Int32Array'],
  ['aliasNearWords', 'Int32Array'],
  ['nearWordStart', 'Int32Array'],
  ['nearWordLength', 'Int32Array'],
  ['nearPool', 'Uint16Array'],
  ['entityKind', 'Uint8Array'],
  ['foldingPairs', 'Uint16Array'],
  ['wordHashes', 'Int32Array'],
  ['wordFollows', 'Int32Array'],
  ['startPairs', 'Int32Array'],
  ['pairNode', 'Int32Array'],
  ['onlyChildClass', 'Int32Array'],
  ['nearHeads', 'Int32Array'],
  ['nearExact', 'Uint8Array'],
] as const satisfies readonly (readonly [keyof MatcherData, TypedArrayName])[];

interface Header {
  entityIds: string[];
  aliasTexts: string[];
  maxMatchLength: number;
  maxWindow: number;
  nearHeadStride: number;
  lengths: number[];
}

/**
 * The compiled matcher as bytes — its typed arrays one after another behind a small JSON header — to build
 * at package build time and `loadMatcher` at start-up without compiling.
 */
export function serializeMatcher(matcher: Matcher): Uint8Array {
  const data = requireRuntime(matcher);
  const header: Header = {
    entityIds: data.entityIds,
    aliasTexts: data.aliasTexts,
    maxMatchLength: data.maxMatchLength,
    maxWindow: data.maxWindow,
    nearHeadStride: data.nearHeadStride,
    lengths: ARRAY_FIELDS.map(([field]) => data[field].length),
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  let size = align(12 + json.length);
  for (const [field] of ARRAY_FIELDS) size = align(size + data[field].byteLength);
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, SIGNATURE, true);
  view.setUint32(4, VERSION, true);
  view.setUint32(8, json.length, true);
  bytes.set(json, 12);
  let at = align(12 + json.length);
  for (const [field] of ARRAY_FIELDS) {
    const array = data[field];
    bytes.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), at);
    at = align(at + array.byteLength);
  }
  return bytes;
}

/** A matcher from `serializeMatcher` bytes; throws an AtlasError when they are not such bytes. */
export function loadMatcher(bytes: Uint8Array): Matcher {
  const fail = (problem: string): never => {
    throw new AtlasError('INVALID_DATASET', `serialized matcher: ${problem}`);
  };
  if (bytes.byteLength < 12) fail(`expected at least 12 bytes, got ${bytes.byteLength}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== SIGNATURE) fail('expected the "AICM" signature at the start');
  const version = view.getUint32(4, true);
  if (version !== VERSION) fail(`expected format version ${VERSION}, got ${version}`);
  const jsonLength = view.getUint32(8, true);
  if (12 + jsonLength > bytes.byteLength) fail('header runs past the end of the bytes');
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + jsonLength))) as Header;
  const data: Partial<Record<string, unknown>> = { ...header };
  delete data['lengths'];
  let at = align(12 + jsonLength);
  ARRAY_FIELDS.forEach(([field, type], i) => {
    const Type = TYPED_ARRAYS[type];
    const length = header.lengths[i] ?? fail(`header lacks the length of ${field}`);
    const byteLength = length * Type.BYTES_PER_ELEMENT;
    if (at + byteLength > bytes.byteLength) fail(`${field} runs past the end of the bytes`);
    const offset = bytes.byteOffset + at;
    data[field] =
      offset % Type.BYTES_PER_ELEMENT === 0
        ? new Type(bytes.buffer as ArrayBuffer, offset, length)
        : new Type(bytes.slice(at, at + byteLength).buffer as ArrayBuffer);
    at = align(at + byteLength);
  });
  return createMatcher(data as unknown as MatcherData);
}

function align(offset: number): number {
  return (offset + 3) & ~3;
}
