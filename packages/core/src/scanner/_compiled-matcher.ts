import { AtlasError } from '../errors';
import { createRuntime, type MatcherData, type MatcherRuntime } from './_matcher-tables';
import { rememberRegions } from './_region-cache';
import { type ScanScope, scanSpan } from './_scan-span';
import { findSkipRegions } from './_skip-regions';
import { type Matcher, type Mention, SCANNED_KINDS, type ScanOptions } from './types';

const runtimes = new WeakMap<Matcher, MatcherRuntime>();

export function createMatcher(data: MatcherData): Matcher {
  const runtime = createRuntime(data);
  const matcher: Matcher = {
    contextLength: data.maxMatchLength + data.maxWindow + 3,
    scan(text, options = {}) {
      const out: Mention[] = [];
      const regions = getRegions(text, options);
      scanSpan(runtime, text, 0, text.length, createScope(options, regions), out);
      if (regions !== undefined) rememberRegions(out, text, options, regions);
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
  return { kindMask, regions, base };
}

/** The regions the options skip, or undefined when they skip nothing. */
export function getRegions(text: string, options: ScanOptions): number[] | undefined {
  if (!options.skipCode && !options.skipUrls) return undefined;
  return findSkipRegions(text, { code: options.skipCode === true, urls: options.skipUrls === true });
}
