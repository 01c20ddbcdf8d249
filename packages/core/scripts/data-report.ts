// Prints dataset coverage: counts, per-vendor field coverage, weakly sourced and unsourced values.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { summarizeCoverage } from '../src/data/coverage';
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
console.log('\nKey fields filled, per vendor');
console.log(`  ${'vendor'.padEnd(16)} ${'chips'.padStart(5)} ${fields.map((f) => f.padStart(9)).join(' ')}`);
for (const [vendor, row] of Object.entries(coverage.fieldsByVendor).sort((a, b) => b[1].chips - a[1].chips)) {
  console.log(
    `  ${vendor.padEnd(16)} ${String(row.chips).padStart(5)} ${fields.map((f) => pct(row[f], row.chips).padStart(9)).join(' ')}`,
  );
}

const classifiable = content.chips.filter(
  (chip) => classify(chip, '2023-10').classification !== 'indeterminate',
).length;
console.log(`\n3A090 (2023) class computable for ${classifiable} of ${content.chips.length} chips`);
console.log(
  `Events by year: ${Object.entries(coverage.eventsByYear)
    .map(([y, n]) => `${y}: ${n}`)
    .join(', ')}`,
);
console.log(
  `Sources by type: ${Object.entries(coverage.sourcesByType)
    .map(([t, n]) => `${t}: ${n}`)
    .join(', ')}`,
);

console.log(`\nValues resting on a single low-confidence or aggregator source: ${coverage.weakValues.length}`);
for (const weak of coverage.weakValues) console.log(`  ${weak}`);
console.log(`\nUnsourced values: ${coverage.unsourcedValues.length}`);
for (const value of coverage.unsourcedValues) console.log(`  ${value}`);
if (coverage.unsourcedValues.length > 0) process.exit(1);
