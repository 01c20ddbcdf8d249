// npm run test:e2e — the packaged extension in a real VS Code (code-server) driven by Playwright in
// Debian's Chromium. Installs what it needs, runs every scenario, and always stops what it started.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { installExtension, listLogFiles, prepareProfile, startCodeServer } from './lib/code-server.mjs';
import { ensureChromium, ensureCodeServer, ensureNode24 } from './lib/ensure-tools.mjs';
import { packWebOnlyExtension } from './lib/web-only-extension.mjs';
import { waitForWorkbench } from './lib/workbench.mjs';
import { writeWorkspace } from './lib/workspace.mjs';
import { scenarios } from './scenarios.mjs';
import { webScenarios } from './web-scenarios.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
// --web: the build with only the `browser` entry, in the web-worker extension host (web-scenarios.mjs).
const web = process.argv.includes('--web');

const node24 = ensureNode24(root);
const entry = ensureCodeServer(root, node24);
const chromiumPath = ensureChromium();

if (!process.argv.includes('--no-package')) {
  execFileSync('npm', ['run', 'package', '-w', 'apps/vscode'], { cwd: root, stdio: 'inherit' });
}
const vsix = join(root, 'apps/vscode/aichips-vscode.vsix');

const artifacts = join(root, web ? 'e2e/artifacts/web' : 'e2e/artifacts');
rmSync(artifacts, { recursive: true, force: true });
mkdirSync(artifacts, { recursive: true });
const tmp = mkdtempSync(join(tmpdir(), 'aichips-e2e-'));
const workspace = writeWorkspace(join(tmp, 'workspace'), root);
const profile = prepareProfile(tmp, { 'editor.wordWrap': 'on', 'editor.minimap.enabled': false });
installExtension({ node24, entry, profile, vsix: web ? packWebOnlyExtension(root, tmp).vsix : vsix });

let server;
let browser;
let passed = 0;
let failed = 0;
const stopAll = () => {
  browser?.close().catch(() => {});
  server?.kill();
};
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    stopAll();
    process.exit(130);
  });

try {
  server = await startCodeServer({ node24, entry, profile, workspace, logFile: join(artifacts, 'code-server.log') });
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(30_000);
  const evidence = watchExtensionHosts(page);
  await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
  await waitForWorkbench(page);

  for (const scenario of web ? webScenarios : scenarios) {
    if (only.length > 0 && !only.some((name) => scenario.name.includes(name))) continue;
    const shot = join(artifacts, `${scenario.name}.png`);
    const started = Date.now();
    try {
      await scenario.run({ page, workspace, evidence, profile });
      passed++;
      console.log(`✔ ${scenario.name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed++;
      console.log(`✘ ${scenario.name}: ${error.message.split('\n').slice(0, 6).join('\n    ')}`);
    } finally {
      await page.screenshot({ path: shot }).catch(() => {});
      console.log(`  screenshot: ${relative(root, shot)}`);
      await page.keyboard.press('Escape').catch(() => {});
    }
  }
  const errors = [...extensionHostErrors(profile.userDataDir), ...evidence.errors()];
  writeFileSync(join(artifacts, 'browser-evidence.txt'), `${evidence.summary()}\n`);
  if (errors.length > 0) {
    failed++;
    console.log(
      `✘ extension host log has ${errors.length} error(s) from our extension:\n  ${errors.slice(0, 10).join('\n  ')}`,
    );
  } else {
    passed++;
    console.log('✔ no errors from aichips in the extension host log');
  }
} catch (error) {
  failed++;
  console.log(`✘ setup: ${error.stack ?? error}`);
} finally {
  stopAll();
  rmSync(tmp, { recursive: true, force: true });
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;

/** Error lines in the extension host logs that come from our extension (network noise is not ours). */
function extensionHostErrors(userDataDir) {
  const logs = listLogFiles(userDataDir);
  const lines = logs.filter((path) => /exthost/i.test(path)).flatMap((path) => readFileSync(path, 'utf8').split('\n'));
  copyLogs(logs);
  return lines.filter((line) => /\[error\]/i.test(line) && /aichips/i.test(line));
}

function copyLogs(logs) {
  const dir = join(artifacts, 'logs');
  mkdirSync(dir, { recursive: true });
  for (const path of logs) copyFileSync(path, join(dir, path.replace(/[\\/]/g, '_').slice(-120)));
  writeFileSync(join(dir, 'README.txt'), 'Copies of the code-server logs from the last end-to-end run.\n');
}

/**
 * What the browser shows of the extension hosts: its web workers, and which of them fetched our browser
 * bundle (their resource timing lists it; a Node host reads the bundle from disk, unseen by the browser).
 */
function watchExtensionHosts(page) {
  const workers = [];
  const consoleErrors = [];
  const consoleLines = [];
  const onConsole = (message) => {
    const text = message.text();
    if (/extension host/i.test(text)) consoleLines.push(text.slice(0, 200));
    if (message.type() === 'error' && /aichips-vscode|aichips\./i.test(text)) consoleErrors.push(text.slice(0, 300));
  };
  page.on('worker', (worker) => {
    workers.push(worker);
    worker.on('console', onConsole);
  });
  page.on('console', onConsole);
  const hostFrames = () => page.frames().filter((frame) => /webWorkerExtensionHostIframe/.test(frame.url()));
  return {
    /** The URLs of our browser bundle that some web worker fetched. */
    async bundleFetchedByWorker() {
      const found = [];
      for (const worker of workers) {
        const names = await worker
          .evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name))
          .catch(() => []);
        // The extension host worker's own script first, then the bundles it loaded (vscode-remote-resource?path=…).
        if (!names.some((name) => name.includes('extensionHostWorkerMain'))) continue;
        const decoded = names.map((name) => decodeURIComponent(name));
        found.push(...decoded.filter((name) => /aichips-vscode[^/]*\/dist\/web\/extension\.js/.test(name)));
      }
      return found;
    },
    webWorkerHostFrames: () => hostFrames().map((frame) => frame.url().split('?')[0]),
    errors: () => consoleErrors,
    summary: () =>
      [
        `web workers: ${workers.length} (${JSON.stringify(workers.map((worker) => worker.url().slice(0, 80)))})`,
        `web-worker extension host frames: ${JSON.stringify(hostFrames().map((frame) => frame.url().split('?')[0]))}`,
        `console lines about extension hosts: ${JSON.stringify(consoleLines.slice(0, 10))}`,
      ].join('\n'),
  };
}
