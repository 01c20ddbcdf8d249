// Run by scan.bench.ts with plain node in a fresh process, so nothing is warm: how long a matcher takes to
// build from the dataset, or to load from serialized bytes, with the package bundled as it ships (see
// _bundle-package.ts). Prints one JSON object.
//   node _startup-probe.mjs build <index.mjs> <embedded.mjs>
//   node _startup-probe.mjs load <index.mjs> <matcher.bin>
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [mode, indexPath, other] = process.argv.slice(2);
const { compileMatcher, listScanEntries, loadMatcher } = await import(pathToFileURL(indexPath).href);
if (mode === 'build') {
  const { embeddedDataset } = await import(pathToFileURL(other).href);
  const start = performance.now();
  const entries = listScanEntries(embeddedDataset);
  const listed = performance.now();
  const matcher = compileMatcher(entries);
  const built = performance.now();
  matcher.scan('NVIDIA H20');
  const scanned = performance.now();
  console.log(JSON.stringify({ entriesMs: listed - start, compileMs: built - listed, firstScanMs: scanned - built }));
} else {
  const bytes = readFileSync(other);
  const start = performance.now();
  const matcher = loadMatcher(bytes);
  const loaded = performance.now();
  matcher.scan('NVIDIA H20');
  console.log(JSON.stringify({ loadMs: loaded - start, firstScanMs: performance.now() - loaded }));
}
