// `aichips scan` over folders, globs and many files, with worker threads and JSON Lines.
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assembleDataset } from '@aichips/core';
import { describe, expect, it } from 'vitest';
import { runAichips } from './run-aichips';
import { tinyContent } from './tiny-dataset';

const article = readFileSync(new URL('./fixtures/china-ai-chips-article.txt', import.meta.url), 'utf8');
const corpus = mkdtempSync(join(tmpdir(), 'aichips-corpus-'));
const write = (path: string, text: string | Buffer) => {
  mkdirSync(join(corpus, path, '..'), { recursive: true });
  writeFileSync(join(corpus, path), text);
};
// A small archive inside a checkout (the root's .gitignore applies to every folder below it): articles at several depths, Chinese text, ignored and excluded files, a binary file.
const paragraphs = article.split('\n').filter(Boolean);
for (let i = 0; i < 24; i++) {
  write(
    `news/${2020 + (i % 6)}/story-${i}.md`,
    `# Story ${i}\n\n${paragraphs.slice(i % 7, (i % 7) + 5).join('\n\n')}\n`,
  );
}
write('news/zh/huawei.txt', '华为昇腾910C与英伟达H20的对比。\n寒武纪思元590也在名单上。\n英伟达和华为都回应了。\n');
mkdirSync(join(corpus, '.git'));
write('.gitignore', 'drafts/\n*.tmp\n');
write('drafts/secret.md', 'The H20 appears here but the folder is ignored.\n');
write('news/scratch.tmp', 'The H20 appears here but the extension is ignored.\n');
write('news/nested/.gitignore', 'local-only.md\n');
write('news/nested/local-only.md', 'The H20 appears here but a nested .gitignore ignores it.\n');
write('news/nested/kept.md', 'The Huawei Ascend 910C is kept.\n');
write('vendor/big-table.md', 'The H20 appears here but --exclude vendor drops it.\n');
write('images/chart.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x48, 0x32, 0x30]));
write('huge/dump.txt', `${'The H20 again. '.repeat(20_000)}\n`);

const scan = (...args: string[]) => runAichips(['scan', ...args], { cwd: corpus });

interface MentionLine {
  file: string;
  start: number;
  end: number;
  line: number;
  column: number;
  text: string;
  id: string;
  kind: string;
}
const parseLines = (stdout: string) =>
  stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as MentionLine);
const key = (m: MentionLine) => `${m.file}:${m.start}:${m.end}:${m.id}`;

describe('aichips scan over a folder', () => {
  it('walks it, honouring .gitignore files (nested ones too), --exclude and the size limit', async () => {
    const run = await scan('.', '--format', 'jsonl', '--exclude', 'vendor', '--max-size', '100KB');
    expect(run.code).toBe(0);
    const files = new Set(parseLines(run.stdout).map((mention) => mention.file));
    expect(files).toContain('news/nested/kept.md');
    expect(files).toContain('news/zh/huawei.txt');
    expect([...files].filter((file) => file.startsWith('news/20'))).toHaveLength(24);
    for (const ignored of [
      'drafts/secret.md',
      'news/scratch.tmp',
      'news/nested/local-only.md',
      'vendor/big-table.md',
      'huge/dump.txt',
    ]) {
      expect(files).not.toContain(ignored);
    }
    expect(run.stderr).toContain('aichips: skipped huge/dump.txt: larger than the size limit');
    expect(run.stderr).toContain('aichips: skipped images/chart.png: not a text file');
  });

  it('scans what the ignore files exclude when told to', async () => {
    const run = await scan('.', '--format', 'jsonl', '--no-ignore', '--max-size', '100KB');
    const files = new Set(parseLines(run.stdout).map((mention) => mention.file));
    expect(files).toContain('drafts/secret.md');
    expect(files).toContain('news/nested/local-only.md');
  });

  it('prints JSON Lines whose offsets, lines and columns point back at the text', async () => {
    const run = await scan('news', '--format', 'jsonl', '--jobs', '1');
    const mentions = parseLines(run.stdout);
    expect(mentions.length).toBeGreaterThan(50);
    for (const mention of mentions.slice(0, 200)) {
      const text = readFileSync(join(corpus, mention.file), 'utf8');
      expect(text.slice(mention.start, mention.end)).toBe(mention.text);
      const line = text.split('\n')[mention.line - 1] ?? '';
      expect(line.slice(mention.column - 1, mention.column - 1 + mention.text.length)).toBe(mention.text);
    }
    const chinese = mentions.filter((mention) => mention.file === 'news/zh/huawei.txt').map((mention) => mention.id);
    expect(chinese).toEqual(['ascend-910c', 'h20', 'mlu590', 'nvidia', 'huawei']);
  });

  it('finds the same mentions with --jobs 2 as in one thread', async () => {
    const [one, two] = await Promise.all([
      scan('.', '--format', 'jsonl', '--jobs', '1'),
      scan('.', '--format', 'jsonl', '--jobs', '2'),
    ]);
    expect(two.code).toBe(one.code);

    const single = parseLines(one.stdout).map(key).sort();
    expect(single.length).toBeGreaterThan(100);
    expect(parseLines(two.stdout).map(key).sort()).toEqual(single);
  });

  it('scans with a --dataset release on every worker, not the embedded names', async () => {
    const release = join(mkdtempSync(join(tmpdir(), 'aichips-release-')), 'tiny.json');
    writeFileSync(release, JSON.stringify(assembleDataset(tinyContent(), '1.0.0')));
    write('release/acme.md', 'Acme shipped the Acme X1 this week; the H20 is not in this release.\n');
    write('release/more.md', 'Another Acme X1 order.\n');
    const [one, two] = await Promise.all(
      ['1', '2'].map((jobs) => scan('release', '--dataset', release, '--format', 'jsonl', '--jobs', jobs)),
    );
    const ids = (stdout: string) =>
      parseLines(stdout)
        .map((m) => `${m.file}:${m.start}:${m.id}`)
        .sort();
    expect(one?.code).toBe(0);
    expect(two?.code).toBe(0);
    expect(ids(two?.stdout ?? '')).toEqual(ids(one?.stdout ?? ''));
    const found = new Set(parseLines(two?.stdout ?? '').map((m) => m.id));
    expect(found).toContain('acme-x1');
    expect(found).not.toContain('h20');
  });

  it('takes globs, relative to the folder before the first wildcard', async () => {
    const run = await scan('news/**/*.md', '--format', 'jsonl');
    const files = new Set(parseLines(run.stdout).map((mention) => mention.file));
    expect(files.has('news/zh/huawei.txt')).toBe(false);
    expect(files.has('news/nested/kept.md')).toBe(true);
    expect([...files].every((file) => file.endsWith('.md'))).toBe(true);
  });

  it('reports a file that fails, scans the rest, and exits 1', async () => {
    const broken = mkdtempSync(join(tmpdir(), 'aichips-broken-'));
    writeFileSync(join(broken, 'good.md'), 'The NVIDIA H20 is here.\n');
    symlinkSync(join(broken, 'missing-target.md'), join(broken, 'dangling.md'));
    for (const jobs of ['1', '2']) {
      const run = await runAichips(['scan', '.', '--format', 'jsonl', '--jobs', jobs], { cwd: broken });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('aichips: cannot read dangling.md: no such file or directory');
      expect(parseLines(run.stdout).map((mention) => mention.id)).toContain('h20');
    }
    const missing = await scan('news/2020', 'nowhere.md', '--format', 'jsonl');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('aichips: cannot read nowhere.md: no such file or directory');
    expect(parseLines(missing.stdout).length).toBeGreaterThan(0);
  });

  it('keeps the table and JSON output in the order the files were walked, with line numbers', async () => {
    const run = await scan('news/nested', '--format', 'json');
    const json = JSON.parse(run.stdout) as { file: string; mentions: MentionLine[] }[];
    expect(json.map((entry) => entry.file)).toEqual(['news/nested/.gitignore', 'news/nested/kept.md']);
    expect(json[1]?.mentions[0]).toMatchObject({ line: 1, column: 5, text: 'Huawei Ascend 910C', id: 'ascend-910c' });
  });

  it('prints its figures with --stats and rejects bad flags, naming them', async () => {
    const stats = await scan('news', '--format', 'jsonl', '--stats', '--jobs', '2');
    const line = /aichips scan stats: (\{.*\})/.exec(stats.stderr)?.[1] ?? '{}';
    // 24 stories, the Chinese one, kept.md and the nested .gitignore; the root's *.tmp rule drops scratch.tmp.
    expect(JSON.parse(line)).toMatchObject({ files: 27, jobs: 2, failed: 0 });
    for (const [flag, value, message] of [
      ['--jobs', '0', '--jobs must be a whole number from 1 to 256, got "0"'],
      ['--max-size', 'lots', '--max-size must be a size like 50MB'],
      ['--format', 'xml', '--format must be one of table, json, jsonl, got "xml"'],
    ] as const) {
      const run = await scan('news', flag, value);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(message);
    }
  });
});
