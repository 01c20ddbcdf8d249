// Measures the built bundle (dist/node/extension.js) against the fake `vscode` module: activate() → first
// decorations and → whole document decorated on a 10,000-line document, cold (a fresh `node` process each)
// and warm, and hover latency — medians, beside a full scan of the same document measured in the same run.
// Run: npm run bench:extension   (prints a table, then one JSON line)
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAtlas } from '@aichips/sdk';
import { buildSync } from 'esbuild';
import { vscodeMock } from '../test/vscode-mock';
import { generateDocument } from './generate-document';
import { activateOnce, type Extension, useFakeVscode } from './measure-activation';
import { median, percentile, round } from './median';

const BUNDLE = fileURLToPath(new URL('../dist/node/extension.js', import.meta.url));
const COLD_RUNS = 9;
const WARM_RUNS = 15;
const HOVERS = 300;
const now = () => performance.now();

/** The cold harness as plain JavaScript, so each cold run is a bare `node` process without a TS loader. */
function buildColdHarness(): string {
  const outfile = join(mkdtempSync(join(tmpdir(), 'aichips-bench-')), 'cold-run.cjs');
  buildSync({
    entryPoints: [fileURLToPath(new URL('./cold-run.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile,
    logLevel: 'error',
  });
  return outfile;
}

interface ColdRun {
  loadMs: number;
  activateMs: number;
  firstDecorationsMs: number;
  allDecorationsMs: number;
}

function spawnColdRuns(mentionCount: number): ColdRun[] {
  const harness = buildColdHarness();
  return Array.from({ length: COLD_RUNS }, () => {
    const child = spawnSync(process.execPath, [harness, BUNDLE, String(mentionCount)], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`cold run failed: ${child.stderr}`);
    return JSON.parse(child.stdout.trim().split('\n').at(-1)!);
  });
}

async function main(): Promise<void> {
  const text = generateDocument();
  const lines = text.split('\n').length - 1;
  const options = { skipCode: true, skipUrls: true };
  const baselineAtlas = createAtlas();
  const mentions = baselineAtlas.scan(text, options);
  const fullScanMs = median(
    Array.from({ length: WARM_RUNS }, () => {
      const start = now();
      baselineAtlas.scan(text, options);
      return now() - start;
    }),
  );

  const cold = spawnColdRuns(mentions.length);
  useFakeVscode();
  const extension = createRequire(import.meta.url)(BUNDLE) as Extension;
  const warm = [];
  for (let i = 0; i < WARM_RUNS; i++) {
    const run = await activateOnce(extension, text, mentions.length);
    warm.push(run);
    if (i < WARM_RUNS - 1) run.dispose();
  }

  // Hover on mentions of the last activation: settled, and right after an edit (applied incrementally).
  const { editor } = warm.at(-1)!;
  const provider = vscodeMock.state.hoverProviders.find((record) => !record.disposed)!.provider;
  const document = editor.document;
  const hoverAt = (index: number) => {
    const mention = mentions[index % mentions.length]!;
    const start = now();
    const hover = provider.provideHover(document, document.positionAt(mention.start + 1));
    const ms = now() - start;
    if (!hover) throw new Error(`no hover on "${mention.text}"`);
    return ms;
  };
  const hoverMs = Array.from({ length: HOVERS }, (_, i) => hoverAt(i * 7919));
  const hoverAfterEditMs = Array.from({ length: 100 }, (_, i) => {
    const end = document.getText().length;
    vscodeMock.edit(document, [{ start: end, end, text: 'x' }]);
    return hoverAt(i * 104_729);
  });

  const medianOf = (runs: Record<string, number>[], key: string) => round(median(runs.map((run) => run[key]!)));
  const result = {
    lines,
    bytes: Buffer.byteLength(text),
    mentions: mentions.length,
    fullScanMs: round(fullScanMs),
    coldLoadMs: medianOf(cold as never, 'loadMs'),
    coldActivateMs: medianOf(cold as never, 'activateMs'),
    coldFirstDecorationsMs: medianOf(cold as never, 'firstDecorationsMs'),
    coldAllDecorationsMs: medianOf(cold as never, 'allDecorationsMs'),
    warmActivateMs: medianOf(warm as never, 'activateMs'),
    warmFirstDecorationsMs: medianOf(warm as never, 'firstDecorationsMs'),
    warmAllDecorationsMs: medianOf(warm as never, 'allDecorationsMs'),
    hoverMs: round(median(hoverMs), 3),
    hoverP95Ms: round(percentile(hoverMs, 95), 3),
    hoverAfterEditMs: round(median(hoverAfterEditMs), 3),
  };
  const ratio = (value: number) => `${round(value / fullScanMs)}× a full scan`;
  const rows: [string, number][] = [
    ['full scan of the document (baseline, warm)', result.fullScanMs],
    ['cold: require(bundle) (code + embedded dataset)', result.coldLoadMs],
    ['cold: activate() returns', result.coldActivateMs],
    ['cold: activate() → first decorations (visible lines)', result.coldFirstDecorationsMs],
    ['cold: activate() → whole document decorated', result.coldAllDecorationsMs],
    ['warm: activate() returns', result.warmActivateMs],
    ['warm: activate() → first decorations (visible lines)', result.warmFirstDecorationsMs],
    ['warm: activate() → whole document decorated', result.warmAllDecorationsMs],
    ['hover on a mention (median)', result.hoverMs],
    ['hover on a mention (p95)', result.hoverP95Ms],
    ['hover right after an edit (median)', result.hoverAfterEditMs],
  ];
  console.log(
    `document: ${lines} lines, ${(result.bytes / 1024).toFixed(0)} KB, ${result.mentions} mentions; ` +
      `medians of ${COLD_RUNS} cold (fresh process) / ${WARM_RUNS} warm runs, ${HOVERS} hovers`,
  );
  for (const [label, ms] of rows) console.log(`${label.padEnd(54)} ${ms.toFixed(2).padStart(8)} ms   ${ratio(ms)}`);
  console.log(JSON.stringify(result));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
