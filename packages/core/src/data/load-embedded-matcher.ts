import { loadMatcher } from '../scanner/serialize-matcher';
import type { Matcher } from '../scanner/types';
import { embeddedMatcherBase64 } from './_generated/embedded-matcher';

let cached: Matcher | undefined;

function decodeBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The scanner for the embedded dataset, compiled when the package was built: loads in about a millisecond. */
export function loadEmbeddedMatcher(): Matcher {
  cached ??= loadMatcher(decodeBase64(embeddedMatcherBase64));
  return cached;
}
