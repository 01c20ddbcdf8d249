// Run by scan.bench.ts with plain node in a fresh process, so nothing is warm: how long a matcher takes to build from the
// dataset, or to load from serialized bytes. Imports the built package, as users run it (scan.bench.ts
// checks it is not older than the source). Prints one JSON object.
import { readFileSync } from 'node:fs';
import { embeddedDataset } from '../dist/embedded.js';
import { compileMatcher, listScanEntries, loadMatcher } from '../dist/index.js';

const [mode, bytesPath] = process.argv.slice(2);
if (mode === 'build') {
  const start = performance.now();
  const entries = listScanEntries(embeddedDataset);
  const listed = performance.now();
  const matcher = compileMatcher(entries);
  const built = performance.now();
  matcher.scan('NVIDIA H20');
  const scanned = performance.now();
  console.log(JSON.stringify({ entriesMs: listed - start, compileMs: built - listed, firstScanMs: scanned - built }));
} else {
  const bytes = readFileSync(bytesPath);
  const start = performance.now();
  const matcher = loadMatcher(bytes);
  const loaded = performance.now();
  matcher.scan('NVIDIA H20');
  console.log(JSON.stringify({ loadMs: loaded - start, firstScanMs: performance.now() - loaded }));
}
