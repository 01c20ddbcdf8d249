// npm run test:e2e:neovim — aichips-lsp in a real client: Debian's Neovim, headless, on a Markdown buffer
// holding the fixture article plus a wrong spec sentence. Asserts the hover card of "H20" and the warning
// on the wrong figure. Installs neovim (apt) when it is missing.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const bin = join(root, 'packages/language-server/bin/aichips-lsp.js');
const WRONG = 'The H20 has 141 GB of HBM3, more than any chip sold in China.';

function ensureNeovim() {
  if (existsSync('/usr/bin/nvim')) return '/usr/bin/nvim';
  console.log('$ apt-get update && apt-get install -y neovim');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'neovim'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return '/usr/bin/nvim';
}

const failures = [];
const check = (condition, message) => {
  console.log(`${condition ? '✔' : '✘'} ${message}`);
  if (!condition) failures.push(message);
};

const nvim = ensureNeovim();
if (!existsSync(join(root, 'packages/language-server/dist/main.js')))
  execFileSync('npx', ['turbo', 'run', 'build', '--filter=@aichips/language-server'], { cwd: root, stdio: 'inherit' });

const started = Date.now();
const tmp = mkdtempSync(join(tmpdir(), 'aichips-nvim-'));
try {
  const article = join(tmp, 'article.md');
  copyFileSync(join(root, 'packages/core/test/fixtures/china-ai-chips-article.txt'), article);
  writeFileSync(article, `${readFileSync(article, 'utf8').trimEnd()}\n\n${WRONG}\n`);
  const resultFile = join(tmp, 'result.json');
  const run = spawnSync(nvim, ['--headless', '--clean', '-c', `luafile ${join(here, 'attach.lua')}`, article], {
    cwd: tmp,
    env: { ...process.env, AICHIPS_NODE: process.execPath, AICHIPS_LSP: bin, AICHIPS_RESULT: resultFile },
    encoding: 'utf8',
    timeout: 90_000,
  });
  if (!existsSync(resultFile)) {
    throw new Error(`nvim wrote no result (exit ${run.status}, signal ${run.signal}):\n${run.stderr}${run.stdout}`);
  }
  const result = JSON.parse(readFileSync(resultFile, 'utf8'));
  const lines = readFileSync(article, 'utf8').split('\n');
  const wrongLine = lines.indexOf(WRONG);

  check(run.status === 0 && result.errors.length === 0, `nvim ran the script cleanly ${JSON.stringify(result.errors)}`);
  check(result.filetype === 'markdown', `the buffer is Markdown (filetype ${result.filetype})`);
  const hover = typeof result.hover === 'object' ? result.hover.value : String(result.hover ?? '');
  check(result.hoverAt?.line === wrongLine, `the hover is asked on "H20" in line ${wrongLine + 1}`);
  check(hover.includes('**NVIDIA H20**'), `the hover shows the H20 card: ${hover.split('\n')[0]}`);
  check(/\| Memory \| 96 GB HBM3/.test(hover), 'the hover has the memory figure with its unit (96 GB HBM3)');
  check(/3A090 \\\(Oct 2023 rule\\\)/.test(hover), 'the hover has the export-control line');
  const warning = result.diagnostics.find((d) => d.lnum === wrongLine);
  check(
    warning?.severity === 2 && warning.col === WRONG.indexOf('141') && /141 GB .*96 GB/.test(warning.message),
    `a Warning on "141 GB" in line ${wrongLine + 1}: ${JSON.stringify(warning)}`,
  );
  check(result.diagnostics.length === 1, `no other diagnostics in the article (${result.diagnostics.length} in all)`);
} catch (error) {
  failures.push(error.message);
  console.log(`✘ ${error.message}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
console.log(
  `\nNeovim end-to-end: ${failures.length === 0 ? 'passed' : `${failures.length} failed`} in ${Date.now() - started} ms`,
);
process.exitCode = failures.length === 0 ? 0 : 1;
