import {
  compileMatcher,
  type Dataset,
  listScanEntries,
  type Matcher,
  type Mention,
  rescan,
  type ScanOptions,
  type TextEdit,
} from '@aichips/core';

/** The scanner alone: underlines need no look-up index, so the first ones do not wait for it. */
export interface MentionScanner {
  scan(text: string, options?: ScanOptions): Mention[];
  rescan(
    previous: { text: string; mentions: Mention[] },
    edits: readonly TextEdit[],
    options?: ScanOptions,
  ): { text: string; mentions: Mention[] };
}

/** A scanner over a dataset; its matcher is loaded (prebuilt) or compiled on first use. */
export function createMentionScanner(dataset: Dataset, loadMatcher?: () => Matcher): MentionScanner {
  let matcher: Matcher | undefined;
  const getMatcher = () => {
    matcher ??= loadMatcher?.() ?? compileMatcher(listScanEntries(dataset));
    return matcher;
  };
  return {
    scan: (text, options) => getMatcher().scan(text, options),
    rescan: (previous, edits, options) => rescan(getMatcher(), previous, edits, options),
  };
}
