import { AtlasError } from '../errors';
import type { MatcherData } from './_matcher-data';
import { createRuntime, type MatcherRuntime } from './_matcher-runtime';
import { PieceText } from './_piece-text';
import { rememberResult } from './_result-cache';
import { type ScanScope, scanSpan } from './_scan-span';
import { indexSkipRegions, type SkipIndex, type SkipOptions } from './_skip-regions';
import { type Matcher, type Mention, SCANNED_KINDS, type ScanOptions } from './types';

const runtimes = new WeakMap<Matcher, MatcherRuntime>();

export function createMatcher(data: MatcherData): Matcher {
  const runtime = createRuntime(data);
  const matcher: Matcher = {
    contextLength: data.maxMatchLength + data.maxWindow + 3,
    scan(text, options = {}) {
      const out: Mention[] = [];
      const index = getSkipIndex(text, options);
      scanSpan(runtime, text, 0, text.length, createScope(options, index?.regions), out);
      rememberResult(out, new PieceText([text]), options, index);
      return out;
    },
  };
  runtimes.set(matcher, runtime);
  return matcher;
}

/** The compiled tables behind a matcher; throws for an object `compileMatcher`/`loadMatcher` did not make. */
export function requireRuntime(matcher: Matcher): MatcherRuntime {
  const runtime = runtimes.get(matcher);
  if (runtime === undefined) {
    throw new AtlasError('INVALID_DATASET', 'matcher: expected a Matcher from compileMatcher() or loadMatcher()');
  }
  return runtime;
}

export function createScope(options: ScanOptions, regions: ArrayLike<number> | undefined, base = 0): ScanScope {
  let kindMask = options.kinds ? 0 : (1 << SCANNED_KINDS.length) - 1;
  for (const kind of options.kinds ?? []) {
    const index = SCANNED_KINDS.indexOf(kind);
    if (index >= 0) kindMask |= 1 << index;
  }
  // Always an array, never undefined: one shape for scanSpan whether or not anything is skipped, so a
  // process that scans both ways keeps one optimized version of the hot loop.
  return { kindMask, regions: regions ?? NO_REGIONS, base };
}

const NO_REGIONS: readonly number[] = [];

/** What the options skip, as options for finding it, or undefined when they skip nothing. */
export function getSkipOptions(options: ScanOptions): SkipOptions | undefined {
  if (!options.skipCode && !options.skipUrls) return undefined;
  return { code: options.skipCode === true, urls: options.skipUrls === true };
}

/** The regions (and lines) the options skip, or undefined when they skip nothing. */
export function getSkipIndex(text: string, options: ScanOptions): SkipIndex | undefined {
  const skip = getSkipOptions(options);
  return skip && indexSkipRegions(text, skip);
}
