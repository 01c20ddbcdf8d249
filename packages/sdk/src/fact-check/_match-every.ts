/**
 * Every match of a global pattern. `String.matchAll` copies the pattern on each call, which costs more than the
 * matching for the long unit pattern; this resets `lastIndex` instead (calls are synchronous, so no one else sees it).
 */
export function matchEvery(pattern: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    matches.push(match);
    if (match[0] === '') pattern.lastIndex++;
  }
  pattern.lastIndex = 0;
  return matches;
}
