// Runs the built `aichips` bin as a user would (npm test builds it first).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assembleDataset } from '@aichips/core';
import { describe, expect, it } from 'vitest';
import { tinyContent } from './tiny-dataset';

const bin = fileURLToPath(new URL('../bin/aichips.js', import.meta.url));
const article = fileURLToPath(new URL('./fixtures/china-ai-chips-article.txt', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'aichips-cli-'));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function aichips(args: string[], input?: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      'node',
      [bin, ...args],
      { env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
    if (input !== undefined) child.stdin?.end(input);
    else child.stdin?.end();
  });
}

describe('aichips scan', () => {
  it('prints mentions as JSON with UTF-16 offsets that slice back to the text', async () => {
    const run = await aichips(['scan', article, '--json']);
    expect(run.code).toBe(0);
    const [result] = JSON.parse(run.stdout) as {
      file: string;
      mentions: { start: number; end: number; text: string; id: string; kind: string }[];
    }[];
    expect(result?.file).toBe(article);
    const text = readFileSync(article, 'utf8');
    for (const mention of result?.mentions ?? []) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    expect(result?.mentions.filter((m) => m.id === 'nvidia')).toHaveLength(8);
    expect(result?.mentions.some((m) => m.text.includes('##0'))).toBe(false);
    expect(Object.keys(result?.mentions[0] ?? {}).sort()).toEqual([
      'column',
      'end',
      'id',
      'kind',
      'line',
      'start',
      'text',
    ]);
  });

  it('prints a table per file with entity, kind, count and first line', async () => {
    const run = await aichips(['scan', article]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Entity\s+Kind\s+Count\s+First line/);
    expect(run.stdout).toMatch(/NVIDIA\s+organization\s+8\s+6/);
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('reads stdin for "-"', async () => {
    const run = await aichips(['scan', '-', '--json'], 'Huawei’s Ascend 910C and 英伟达H20');
    const [result] = JSON.parse(run.stdout) as { mentions: { id: string }[] }[];
    expect(result?.mentions.map((m) => m.id)).toEqual(['huawei', 'ascend-910c', 'h20']);
  });

  it('reports an unreadable file by path, scans the others, and exits 1', async () => {
    const missing = join(dir, 'missing.md');
    const run = await aichips(['scan', missing, article, '--json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`cannot read ${missing}`);
    expect(JSON.parse(run.stdout)).toHaveLength(1);
  });
});

describe('aichips show', () => {
  it('prints the entity as JSON with id, kind, name and its fields', async () => {
    const run = await aichips(['show', 'H20', '--json']);
    expect(run.code).toBe(0);
    const entity = JSON.parse(run.stdout);
    expect(entity).toMatchObject({ id: 'h20', kind: 'chip', name: 'NVIDIA H20', vendor: 'nvidia' });
    expect(entity.memory.capacity).toMatchObject({ value: 96, unit: 'GB' });
  });

  it('prints the text card', async () => {
    const run = await aichips(['show', '英伟达']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('NVIDIA');
    expect(run.stdout).toContain('Sources');
    expect(run.stdout).toMatch(/AI Chip Atlas dataset \d+\.\d+\.\d+/);
  });

  it('suggests the closest names for an unknown one and exits 1', async () => {
    const run = await aichips(['show', 'Ascend 910X']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('no entity named "Ascend 910X"');
    expect(run.stderr).toContain('did you mean');
  });

  it('lists the candidates of an ambiguous name and exits 1', async () => {
    const content = tinyContent();
    const chip = content.chips[0] as (typeof content.chips)[number];
    const rule = (near: string) => ({ text: 'X1', ambiguous: { near: [near], reason: 'two vendors sell an X1' } });
    content.chips = [
      { ...chip, aliases: [rule('Acme')] },
      { ...chip, id: 'other-x1', name: 'Other X1', nameZh: undefined, aliases: [rule('Other')] },
    ];
    const release = join(dir, 'ambiguous.json');
    writeFileSync(release, JSON.stringify(assembleDataset(content, '1.0.0')));
    const run = await aichips(['show', 'X1', '--dataset', release]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('"X1" is ambiguous');
    expect(run.stderr).toContain('acme-x1 (chip): Acme X1');
    expect(run.stderr).toContain('other-x1 (chip): Other X1');
  });
});

describe('aichips compare, classify, timeline, alternatives', () => {
  it('compares chips side by side', async () => {
    const json = JSON.parse((await aichips(['compare', 'H20', 'h100-sxm', '--json'])).stdout);
    const fp16 = json.rows.find((row: { metric: string }) => row.metric === 'fp16');
    expect(fp16.values.map((v: { value: number }) => v.value)).toEqual([148, 989]);
    const table = await aichips(['compare', 'H20', 'h100-sxm']);
    expect(table.stdout).toMatch(/FP16 \(dense\) \(TFLOPS\)\s+148\s+989 \(×6\.68\) ◆/);
  });

  it('classifies with every threshold test', async () => {
    const run = await aichips(['classify', 'a800-sxm-80gb', '--rule', '2022-10', '--json']);
    const json = JSON.parse(run.stdout);
    expect(json).toMatchObject({ chip: 'a800-sxm-80gb', rule: '2022-10', classification: 'not-covered', tpp: 4992 });
    expect(json.tests.map((t: { id: string; passed: boolean }) => [t.id, t.passed])).toEqual([
      ['processing-performance>=4800', true],
      ['interconnect>=600', false],
    ]);
    const text = await aichips(['classify', 'H20']);
    expect(text.stdout).toContain('not-covered');
    expect(text.stdout).toContain('not legal advice');
  });

  it('classifies the Ascend 910B robustly over every reported figure, and says so in JSON', async () => {
    const json = JSON.parse((await aichips(['classify', 'Ascend 910B', '--json'])).stdout);
    expect(json).toMatchObject({ chip: 'ascend-910b', classification: '3A090.a', robust: true, decidedBy: [] });
    expect(json.readings.length).toBeGreaterThan(1);
    for (const reading of json.readings) expect(reading.classification).toBe('3A090.a');
    const text = (await aichips(['classify', 'Ascend 910B'])).stdout;
    expect(text).toContain('Readings of the reported values (robust: every reading gives the same class)');
  });

  it('shows the Ascend 910B’s compute and memory with every reported value and its sources', async () => {
    const card = (await aichips(['show', 'Ascend 910B'])).stdout;
    expect(card).toMatch(/FP16\s+[\d.]+ TFLOPS dense (\[\d+\])+ \(.*reported [\d.]+–[\d.]+ TFLOPS; also reported: /);
    expect(card).toMatch(/Memory\s+[\d.]+ GB HBM2e (\[\d+\])+/);
    expect(card).toContain('same class under all');
  });

  it('checks "The Ascend 910B has 64 GB of HBM2e" against the reported values', async () => {
    const run = await aichips(['check', '-', '--json'], 'The Ascend 910B has 64 GB of HBM2e.\n');
    const [finding] = JSON.parse(run.stdout).findings;
    expect(['consistent', 'contradicted']).toContain(finding.verdict);
    expect(finding.chip).toBe('ascend-910b');
  });

  it('rejects an unknown rule as a usage error', async () => {
    const run = await aichips(['classify', 'H20', '--rule', '1999-01']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--rule must be one of 2022-10, 2023-10');
    expect(run.stderr).toContain('Usage: aichips classify');
  });

  it('lists events in date order and alternatives closest first', async () => {
    const events = JSON.parse((await aichips(['timeline', 'NVIDIA', '--json'])).stdout) as { date: string }[];
    expect(events.map((e) => e.date)).toEqual(events.map((e) => e.date).sort());
    const alternatives = JSON.parse((await aichips(['alternatives', 'H20', '--country', 'CN', '--json'])).stdout);
    expect(alternatives.chip).toBe('h20');
    expect(alternatives.alternatives.length).toBeGreaterThan(0);
  });
});

describe('aichips export and global options', () => {
  it('exports CSV with units in the column names', async () => {
    const run = await aichips(['export', '--format', 'csv', '--kind', 'chip']);
    const header = run.stdout.split('\n')[0] ?? '';
    expect(header.startsWith('id,name,')).toBe(true);
    expect(header).toContain('memory.capacity (GB)');
    expect(header).toContain('compute.fp16.dense (TFLOPS)');
  });

  it('exports the whole dataset and the JSON Schema to a file', async () => {
    const out = join(dir, 'data.json');
    expect((await aichips(['export', '--format', 'json', '--out', out])).code).toBe(0);
    const dataset = JSON.parse(readFileSync(out, 'utf8'));
    expect(dataset.meta.counts.chips).toBe(dataset.chips.length);
    const schema = JSON.parse((await aichips(['export', '--format', 'schema'])).stdout);
    expect(schema.properties.chips.type).toBe('array');
  });

  it('uses a dataset release with --dataset, and rejects a tampered one', async () => {
    const out = join(dir, 'release.json');
    await aichips(['export', '--format', 'json', '--out', out]);
    expect((await aichips(['show', 'h20', '--json', '--dataset', out])).code).toBe(0);
    const tampered = readFileSync(out, 'utf8').replace('"value": 96', '"value": 97');
    writeFileSync(join(dir, 'tampered.json'), tampered);
    const run = await aichips(['show', 'h20', '--dataset', join(dir, 'tampered.json')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('meta.sha256');
  });

  it('exits quietly when the reader closes the pipe early', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn('node', [bin, 'export', '--format', 'json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toContain('EPIPE');
    expect(code).toBe(0);
  });

  it('prints the SDK and dataset versions, and exits 2 on an unknown command', async () => {
    expect((await aichips(['--version'])).stdout).toMatch(/^aichips \d+\.\d+\.\d+ \(dataset \d+\.\d+\.\d+\)/);
    const run = await aichips(['frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown command "frobnicate"');
  });
});
