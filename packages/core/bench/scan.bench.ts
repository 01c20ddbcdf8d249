// npm run bench:scan — the scanner against the usual alternatives, measured in the same run on the same
// text. Ends with one JSON line; the lines before it give the details.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { embeddedDataset } from '../src/data/_generated/embedded-dataset';
import { listScanEntries } from '../src/data/scan-entries';
import { createReferenceScanner } from '../src/scanner/_reference-scanner';
import { compileMatcher } from '../src/scanner/compile-matcher';
import { rescan } from '../src/scanner/rescan';
import { loadMatcher, serializeMatcher } from '../src/scanner/serialize-matcher';
import type { Matcher, ScanOptions } from '../src/scanner/types';
import { type Contender, createAhoCorasickBaselines, createCharLoop, createRegExpBaseline } from './_baselines';
import { bundlePackage } from './_bundle-package';
import { generateCorpus } from './_corpus';
import { createRandom, median, race, time } from './_measure';

const CORPUS_CHARS = 5_500_000;
const DOCUMENT_LINES = 10_000;
const EDITS = 400;

const log = (line: string) => console.log(line);
const round = (value: number, digits = 2) => Number(value.toFixed(digits));

const entries = listScanEntries(embeddedDataset);
const names = entries.flatMap((entry) => entry.names.map((name) => name.text));
const matcher = compileMatcher(entries);
const corpus = generateCorpus(entries, CORPUS_CHARS);
const mentions = matcher.scan(corpus);
log(`dictionary: ${entries.length} entities, ${names.length} names (dataset ${embeddedDataset.meta.datasetVersion})`);
log(
  `corpus: ${corpus.length} UTF-16 units (${(Buffer.byteLength(corpus) / 1e6).toFixed(1)} MB UTF-8), ` +
    `${mentions.length} mentions (${((mentions.length / corpus.length) * 1000).toFixed(1)} per 1000 units)`,
);

// Throughput: ours with every rule on, and the baselines, in interleaved rounds.
const ours: Contender = { name: 'compileMatcher().scan', run: () => matcher.scan(corpus).length };
const skipping: Contender = {
  name: 'scan with skipCode+skipUrls',
  run: () => matcher.scan(corpus, { skipCode: true, skipUrls: true }).length,
};
const regExp = createRegExpBaseline(names, corpus);
const ahoCorasick = createAhoCorasickBaselines(names, corpus);
const charLoop = createCharLoop(corpus);
const ms = race([ours, skipping, regExp, ...ahoCorasick, charLoop]);
const mchars = (name: string) => corpus.length / ms.get(name)! / 1000;
for (const [name, median] of ms) log(`  ${name}: ${median.toFixed(1)} ms, ${mchars(name).toFixed(1)} Mchars/s`);
const bestAhoCorasick = ahoCorasick.reduce((best, c) => (ms.get(c.name)! < ms.get(best.name)! ? c : best));
log(`fastest Aho-Corasick: ${bestAhoCorasick.name}`);

// Start-up: build from the dataset, or load serialized bytes, each in a fresh process (nothing warm), with
// the package bundled as it ships.
const bundle = await bundlePackage();
const bytes = serializeMatcher(matcher);
const bytesPath = join(mkdtempSync(join(tmpdir(), 'aichips-bench-')), 'matcher.bin');
writeFileSync(bytesPath, bytes);
const probe = (mode: 'build' | 'load') => {
  const script = fileURLToPath(new URL('./_startup-probe.mjs', import.meta.url));
  const runs = Array.from({ length: 9 }, () => {
    const other = mode === 'build' ? bundle.embedded : bytesPath;
    const child = spawnSync(process.execPath, [script, mode, bundle.index, other], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`startup probe ${mode} failed: ${child.stderr}`);
    return JSON.parse(child.stdout) as Record<string, number>;
  });
  return (key: string) => median(runs.map((run) => run[key]!));
};
const cold = { build: probe('build'), load: probe('load') };
const buildMs = cold.build('entriesMs') + cold.build('compileMs');
const loadMs = cold.load('loadMs');
log(
  `start-up, fresh process: listScanEntries ${cold.build('entriesMs').toFixed(1)} ms + compileMatcher ` +
    `${cold.build('compileMs').toFixed(1)} ms; loadMatcher ${loadMs.toFixed(1)} ms (${bytes.length} bytes); ` +
    `first scan after build ${cold.build('firstScanMs').toFixed(1)} ms, after load ${cold.load('firstScanMs').toFixed(1)} ms`,
);
log(
  `start-up, warm: compileMatcher ${median(Array.from({ length: 9 }, () => time(() => compileMatcher(entries)))).toFixed(1)} ms, ` +
    `loadMatcher ${median(Array.from({ length: 9 }, () => time(() => loadMatcher(bytes)))).toFixed(2)} ms`,
);

// Editing: one-character edits at random places of a 10,000-line document, each followed by a rescan.
function editRescanMs(scanner: Matcher, options: ScanOptions): number {
  const random = createRandom(11);
  const text = corpus.split('\n').slice(0, DOCUMENT_LINES).join('\n');
  let result = { text, mentions: scanner.scan(text, options) };
  const times: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    const at = Math.floor(random() * result.text.length);
    const edit = random() < 0.5 ? { start: at, end: at, text: 'x' } : { start: at, end: at + 1, text: '' };
    const previous = result;
    times.push(time(() => (result = rescan(scanner, previous, [edit], options))));
  }
  const same = JSON.stringify(result.mentions) === JSON.stringify(scanner.scan(result.text, options));
  if (!same) throw new Error('rescan disagreed with a full scan');
  return median(times);
}
editRescanMs(matcher, {});
const editRescanMedianMs = editRescanMs(matcher, {});
const editSkipping = editRescanMs(matcher, { skipCode: true, skipUrls: true });
log(
  `edit + rescan of a ${DOCUMENT_LINES}-line document, median of ${EDITS}: ${editRescanMedianMs.toFixed(3)} ms ` +
    `(${editSkipping.toFixed(3)} ms with skipCode+skipUrls); results equal a full scan`,
);

// Correctness on the same corpus: the fast scanner against the plain reference, on a slice it can manage.
const slice = corpus.slice(0, 100_000);
const agrees = JSON.stringify(matcher.scan(slice)) === JSON.stringify(createReferenceScanner(entries).scan(slice));
log(`scan equals the reference scanner on the first ${slice.length} units: ${agrees}`);
if (!agrees) throw new Error('the fast scanner disagrees with the reference');

const ourMchars = mchars(ours.name);
console.log(
  JSON.stringify({
    mcharsPerSec: round(ourMchars, 1),
    vsRegExp: round(ourMchars / mchars(regExp.name)),
    vsBestAhoCorasick: round(ourMchars / mchars(bestAhoCorasick.name)),
    vsCharLoop: round(ourMchars / mchars(charLoop.name), 3),
    buildMs: round(buildMs),
    loadMs: round(loadMs),
    editRescanMedianMs: round(editRescanMedianMs, 3),
  }),
);
