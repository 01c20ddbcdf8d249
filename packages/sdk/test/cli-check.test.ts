// `aichips check` against a small fixed release (test/claims-dataset.ts), so the snapshots do not move with the data.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimsDataset } from './claims-dataset';
import { runAichips } from './run-aichips';

const dir = mkdtempSync(join(tmpdir(), 'aichips-check-'));
writeFileSync(join(dir, 'release.json'), JSON.stringify(claimsDataset()));
const notes = [
  '# Acme notes',
  '',
  'The Acme X1 has 96 GB of HBM3 and delivers 296 TFLOPS of FP16.',
  'The Acme X1 PCIe has 96 GB, draws about 300 W and has a 600 mm² die.',
  '',
  '| Chip | Power (W) |',
  '|---|---|',
  '| Acme X2 | 650 |',
  '',
].join('\n');
writeFileSync(join(dir, 'notes.md'), notes);
writeFileSync(join(dir, 'true.md'), 'The Acme X1 has 96 GB of HBM3.\n');

const check = (args: string[], input?: string) =>
  runAichips(['check', ...args, '--dataset', 'release.json'], { cwd: dir, input });

interface JsonFinding {
  file: string;
  line: number;
  start: number;
  end: number;
  chip: string;
  quantity: string;
  verdict: string;
  expected: { value: number; unit: string } | null;
  sources: { id: string; url: string }[];
  replacement: { start: number; end: number; text: string } | null;
}

describe('aichips check', () => {
  it('prints a table per file with line, chip, quantity, claim, verdict, dataset value and source', async () => {
    const run = await check(['notes.md']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatchInlineSnapshot(`
      "notes.md: 6 claim(s) — 2 consistent, 1 contradicted, 1 sparse-as-dense, 1 other-variant, 1 unverifiable
      Line  Chip          Quantity      Claimed     Verdict                  Dataset     Source
      ────  ────────────  ────────────  ──────────  ───────────────────────  ──────────  ──────
         3  Acme X1       memory        96 GB       consistent               96 GB       Acme
         3  Acme X1       FP16 compute  296 TFLOPS  sparse-as-dense          148 TFLOPS  Acme
         4  Acme X1 PCIe  memory        96 GB       other-variant (acme-x1)  80 GB       Acme
         4  Acme X1 PCIe  power         ~300 W      consistent               300 W       Acme
         4  Acme X1 PCIe  die area      600 mm²     unverifiable             —           —
         8  Acme X2       power         650 W       contradicted             700 W       Acme

      "
    `);
  });

  it('prints {"findings": [...]} with the file in each finding and offsets that slice back to the claim', async () => {
    const run = await check(['notes.md', 'true.md', '--json']);
    expect(run.code).toBe(0);
    const { findings } = JSON.parse(run.stdout) as { findings: JsonFinding[] };
    expect(findings.map((f) => [f.file, f.line, f.chip, f.quantity, f.verdict])).toEqual([
      ['notes.md', 3, 'acme-x1', 'memory.capacity', 'consistent'],
      ['notes.md', 3, 'acme-x1', 'compute.fp16', 'sparse-as-dense'],
      ['notes.md', 4, 'acme-x1-pcie', 'memory.capacity', 'other-variant'],
      ['notes.md', 4, 'acme-x1-pcie', 'power', 'consistent'],
      ['notes.md', 4, 'acme-x1-pcie', 'dieArea', 'unverifiable'],
      ['notes.md', 8, 'acme-x2', 'power', 'contradicted'],
      ['true.md', 1, 'acme-x1', 'memory.capacity', 'consistent'],
    ]);
    for (const key of ['start', 'end', 'chip', 'quantity', 'claimed', 'verdict', 'expected', 'sources']) {
      expect(findings[0]).toHaveProperty(key);
    }
    const sparse = findings[1] as JsonFinding;
    expect(notes.slice(sparse.start, sparse.end)).toBe('296 TFLOPS');
    expect(sparse.expected).toMatchObject({ value: 148, unit: 'TFLOPS' });
    expect(sparse.sources[0]).toMatchObject({ id: 'acme-datasheet', url: 'https://acme.example/x1.pdf' });
    expect(sparse.replacement).toMatchObject({ text: '148' });
    expect(notes.slice(sparse.replacement?.start, sparse.replacement?.end)).toBe('296');
    expect(findings[4]).toMatchObject({ expected: null, replacement: null, sources: [] });
  });

  it('exits 1 with --strict when a claim disagrees with the dataset, and 0 when none does', async () => {
    const failing = await check(['notes.md', '--strict']);
    expect(failing.code).toBe(1);
    expect(failing.stderr).toContain('3 claim(s) disagree with the dataset');
    expect((await check(['true.md', '--strict'])).code).toBe(0);
  });

  it('reports an unreadable file by path, checks the others, and exits 1', async () => {
    const run = await check(['missing.md', 'true.md', '--json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('cannot read missing.md: ENOENT');
    expect((JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings).toHaveLength(1);
  });

  it('reads stdin for "-" and exits 2 without a file', async () => {
    const run = await check(['-', '--json'], '艾克米X1的显存为80GB。');
    const { findings } = JSON.parse(run.stdout) as { findings: JsonFinding[] };
    expect(findings.map((f) => [f.file, f.verdict])).toEqual([['-', 'other-variant']]);
    const usage = await runAichips(['check']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('Usage: aichips check <file...|-> [--json] [--strict]');
  });
});
