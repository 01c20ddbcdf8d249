import { buildMatcherData } from './_build-matcher-data';
import { createMatcher } from './_compiled-matcher';
import type { Matcher, ScanEntry } from './types';

/**
 * Compiles a dictionary (see `listScanEntries`) into a matcher: a trie over case- and width-folded code
 * units in typed arrays, with a per-character table that lets the scan skip text no name can start in.
 *
 * @example
 * const matcher = compileMatcher(listScanEntries(dataset));
 * matcher.scan('Huawei’s Ascend 910C vs NVIDIA H20s'); // [{ id: 'huawei', … }, { id: 'ascend-910c', … }, …]
 */
export function compileMatcher(entries: readonly ScanEntry[]): Matcher {
  return createMatcher(buildMatcherData(entries));
}
