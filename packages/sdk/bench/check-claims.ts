// Accuracy of checkClaims() on the labelled fixture: `npm run bench:claims` (root) or in packages/sdk.
import { readFileSync } from 'node:fs';
import { createAtlas } from '../src/create-atlas';
import { type LabelledText, type Metrics, type Outcome, scoreText, summarize } from './_score-claims';

const fixture = new URL('./fixtures/claims.jsonl', import.meta.url);
const entries = readFileSync(fixture, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as LabelledText);

const atlas = createAtlas();
const outcomes = new Map<string, Outcome[]>();
for (const entry of entries) outcomes.set(entry.id, scoreText(entry, atlas.checkClaims(entry.text)));

const SPLITS = ['dev', 'held-out', 'fresh', 'blind', 'external'] as const;
const splits: Record<string, Outcome[]> = Object.fromEntries(
  SPLITS.map((split) => [split, entries.filter((e) => e.split === split).flatMap((e) => outcomes.get(e.id) ?? [])]),
);
splits.all = SPLITS.flatMap((split) => splits[split] ?? []);

const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
const WIDTHS = [9, 6, 6, 9, 9, 9, 8, 9, 8];
const line = (cells: string[]) =>
  cells
    .map((c, i) => (i === 0 ? c.padEnd(WIDTHS[i] ?? 0) : c.padStart(WIDTHS[i] ?? 0)))
    .join('  ')
    .trimEnd();
const row = (name: string, m: Metrics) =>
  line([
    name,
    String(m.labelled),
    String(m.found),
    pct(m.accuracy),
    `×${(m.accuracy / m.majorityBaseline).toFixed(2)}`,
    pct(m.contradicted.precision),
    pct(m.contradicted.recall),
    pct(m.disagreement.precision),
    pct(m.disagreement.recall),
  ]);

const texts = (split: string) => entries.filter((e) => split === 'all' || e.split === split).length;
const counts = SPLITS.map((split) => `${texts(split)} ${split}`).join(', ');
console.log(`checkClaims() on ${entries.length} labelled texts (${counts})\n`);
console.log(line(['', '', '', 'verdict', 'vs the', 'contradicted', '', 'any disagreement', '']));
console.log(line(['split', 'claims', 'found', 'accuracy', 'majority', 'precision', 'recall', 'precision', 'recall']));
const metrics = Object.fromEntries(Object.entries(splits).map(([name, list]) => [name, summarize(list)]));
for (const [name, m] of Object.entries(metrics)) console.log(row(name, m));

const all = metrics.all as Metrics;
console.log('\nall splits, per verdict:');
for (const [verdict, { precision, recall }] of Object.entries(all.verdicts)) {
  console.log(`  ${verdict.padEnd(16)} precision ${pct(precision).padStart(6)}  recall ${pct(recall).padStart(6)}`);
}

const misses = splits.all?.filter((o) => o.actual !== o.expected || (o.expected !== 'none' && !o.chipOk)) ?? [];
if (misses.length > 0) {
  console.log(`\n${misses.length} claim(s) judged differently from the label:`);
  for (const o of misses)
    console.log(
      `  ${o.id}  "${o.claim}"  expected ${o.expected}, got ${o.actual}${o.chipOk || o.actual === 'none' || o.expected === 'none' ? '' : ' (other chip)'}`,
    );
}
console.log(JSON.stringify({ bench: 'claims', ...metrics }));
