// Corpus-scale scanning: `npm run bench:corpus` (root). Generates a 200 MB corpus of many files, runs the
// built CLI (`aichips scan <dir> --format jsonl --jobs J`) for 1, 2 and N jobs, interleaved and repeated, and
// prints files/s, MB/s, max RSS and the speed-up against the one-job run of the same round.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus, readFixtureArticle } from './_generate-corpus';
import { measureParallelCeiling } from './_parallel-ceiling';

const MB = 1e6;
const totalMb = Number(process.env.CORPUS_MB ?? 200);
const rounds = Number(process.env.ROUNDS ?? 3);
const bin = fileURLToPath(new URL('../bin/aichips.js', import.meta.url));

interface Run {
  jobs: number;
  wallMs: number;
  maxRssMB: number;
  mentions: number;
}

function runScan(root: string, jobs: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('node', [bin, 'scan', root, '--format', 'jsonl', '--jobs', String(jobs), '--stats'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      const stats = /aichips scan stats: (\{.*\})/.exec(stderr)?.[1];
      if (code !== 0 || !stats)
        return reject(new Error(`aichips scan --jobs ${jobs} exited ${code}: ${stderr.slice(0, 500)}`));
      const parsed = JSON.parse(stats) as { maxRssMB: number; mentions: number };
      resolve({ jobs, wallMs, maxRssMB: parsed.maxRssMB, mentions: parsed.mentions });
    });
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

const root = mkdtempSync(join(tmpdir(), 'aichips-corpus-bench-'));
try {
  const corpus = generateCorpus(root, totalMb * MB, readFixtureArticle());
  console.log(`corpus: ${corpus.files} files, ${(corpus.bytes / MB).toFixed(1)} MB in ${root}`);
  const cores = availableParallelism();
  const jobCounts = [...new Set([1, 2, cores])];
  console.log(`jobs: ${jobCounts.join(', ')} (N = availableParallelism() = ${cores}); ${rounds} interleaved rounds`);
  const byJobs = new Map<number, Run[]>(jobCounts.map((jobs) => [jobs, []]));
  await runScan(root, 1); // warm the page cache so round one is not a disk benchmark
  // Each round also measures the machine's own parallel ceiling, so the speed-up is read against what the
  // cores gave in the same minutes rather than against an ideal a shared machine never delivers.
  const ceilings = new Map<number, number[]>(jobCounts.map((jobs) => [jobs, []]));
  for (let round = 0; round < rounds; round++) {
    for (const jobs of jobCounts) byJobs.get(jobs)?.push(await runScan(root, jobs));
    for (const jobs of jobCounts) ceilings.get(jobs)?.push(jobs === 1 ? 1 : await measureParallelCeiling(jobs));
  }
  const mentions = new Set([...byJobs.values()].flat().map((run) => run.mentions));
  if (mentions.size !== 1)
    throw new Error(`job counts found different numbers of mentions: ${[...mentions].join(', ')}`);
  const single = median(byJobs.get(1)?.map((run) => run.wallMs) ?? []);
  const summary: Record<string, number> = {};
  for (const [jobs, runs] of byJobs) {
    const wall = median(runs.map((run) => run.wallMs));
    const rss = Math.max(...runs.map((run) => run.maxRssMB));
    const filesPerSec = corpus.files / (wall / 1000);
    const mbPerSec = corpus.bytes / MB / (wall / 1000);
    const ceiling = median(ceilings.get(jobs) ?? [1]);
    console.log(
      `--jobs ${String(jobs).padEnd(3)} ${(wall / 1000).toFixed(2)} s  ${filesPerSec.toFixed(0)} files/s  ${mbPerSec.toFixed(1)} MB/s  ` +
        `max RSS ${rss} MB  speed-up ×${(single / wall).toFixed(2)}` +
        (jobs === 1
          ? ''
          : ` (machine ceiling ×${ceiling.toFixed(2)}: ${((single / wall / ceiling) * 100).toFixed(0)} % of it)`),
    );
    summary[`mbPerSecJobs${jobs}`] = Math.round(mbPerSec * 10) / 10;
    summary[`speedupJobs${jobs}`] = Math.round((single / wall) * 100) / 100;
    summary[`maxRssMBJobs${jobs}`] = rss;
    if (jobs !== 1) summary[`ceilingJobs${jobs}`] = Math.round(ceiling * 100) / 100;
  }
  console.log(`mentions per run: ${[...mentions][0]}`);
  console.log(JSON.stringify(summary));
} finally {
  rmSync(root, { recursive: true, force: true });
}
