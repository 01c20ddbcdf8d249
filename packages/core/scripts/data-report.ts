// Prints dataset coverage and its targets. Exits non-zero on an unsourced value; with --strict, also when a
// coverage target is not met (the targets are where the data is headed, not yet all reached).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { summarizeCoverage } from '../src/data/coverage';
import { measureCoverageTargets } from '../src/data/coverage-targets';
import { formatDatasetIssue } from '../src/data/dataset-issue';
import { validateEntities } from '../src/data/validate-entities';
import { classify } from '../src/export-control';
import { readDataFiles } from './read-data-files';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { records, issues } = readDataFiles(root);
const result = validateEntities(records);
if (issues.length > 0 || !result.success) {
  for (const issue of [...issues, ...(result.success ? [] : result.error)]) console.error(formatDatasetIssue(issue));
  process.exit(1);
}
const content = result.data;
const coverage = summarizeCoverage(content);
const pct = (n: number, of: number) => (of === 0 ? '—' : `${Math.round((100 * n) / of)}%`);

console.log('Entities');
for (const [kind, count] of Object.entries(coverage.counts)) console.log(`  ${kind.padEnd(14)} ${count}`);

console.log('\nChips by vendor country');
for (const [country, count] of Object.entries(coverage.chipsByCountry).sort((a, b) => b[1] - a[1])) {
  console.log(`  ${country.padEnd(4)} ${count}`);
}

const fields = ['compute', 'memory', 'bandwidth', 'power', 'process', 'dieArea'] as const;
console.log('\nKey fields filled, per vendor (all chips)');
console.log(`  ${'vendor'.padEnd(16)} ${'chips'.padStart(5)} ${fields.map((f) => f.padStart(9)).join(' ')}`);
for (const [vendor, row] of Object.entries(coverage.fieldsByVendor).sort((a, b) => b[1].chips - a[1].chips)) {
  console.log(
    `  ${vendor.padEnd(16)} ${String(row.chips).padStart(5)} ${fields.map((f) => pct(row[f], row.chips).padStart(9)).join(' ')}`,
  );
}

const classes = new Map(content.chips.map((chip) => [chip.id, classify(chip, '2023-10')]));
const notRobust = content.chips.filter((chip) => chip.dataCenter && !classes.get(chip.id)?.robust);
const robustlyClassified = content.chips.filter((chip) => chip.dataCenter).length - notRobust.length;
console.log(
  `\nEvents by year: ${Object.entries(coverage.eventsByYear)
    .map(([y, n]) => `${y}: ${n}`)
    .join(', ')}`,
);
console.log(
  `Sources by type: ${Object.entries(coverage.sourcesByType)
    .map(([t, n]) => `${t}: ${n}`)
    .join(', ')}`,
);

// The status says where to look: a roadmap part often has no published figure yet, a shipping one should.
const statusOf = new Map(content.chips.map((chip) => [chip.id, chip.status]));
console.log(`\nData-centre chips still missing key fields: ${coverage.depth.missing.length}`);
for (const { chip, fields: lacking } of coverage.depth.missing)
  console.log(`  ${chip.padEnd(30)} ${(statusOf.get(chip) ?? '').padEnd(12)} ${lacking.join(', ')}`);

console.log(`\nData-centre chips without a robust 3A090 (2023) class: ${notRobust.length}`);
for (const chip of notRobust) console.log(`  ${chip.id.padEnd(28)} ${classes.get(chip.id)?.reason ?? ''}`);

const { sourcing } = coverage;
console.log(`\nValues whose best source is an aggregator: ${sourcing.aggregatorBest.length}`);
for (const at of sourcing.aggregatorBest) console.log(`  ${at}`);
console.log(`\nValues resting on a single low-confidence or aggregator source: ${sourcing.weak.length}`);
for (const at of sourcing.weak) console.log(`  ${at}`);
console.log(`\nUnsourced values: ${sourcing.unsourced.length}`);
for (const at of sourcing.unsourced) console.log(`  ${at}`);

const countryOf = new Map(content.organizations.map((org) => [org.id, org.country ?? '??']));
const targets = measureCoverageTargets({ coverage, chips: content.chips, countryOf, robustlyClassified });
console.log('\nCoverage targets');
for (const target of targets) {
  const mark = target.met ? 'ok  ' : 'FAIL';
  console.log(`  ${mark} ${target.name.padEnd(52)} ${target.measured.padStart(16)}  (${target.required})`);
}
const failed = targets.filter((target) => !target.met);
if (failed.length > 0) {
  console.error(`\n${failed.length} coverage target(s) not met: ${failed.map((target) => target.name).join('; ')}`);
}
if (sourcing.unsourced.length > 0 || (process.argv.includes('--strict') && failed.length > 0)) process.exit(1);
