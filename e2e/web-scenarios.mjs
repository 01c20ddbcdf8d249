// The web extension for real: the build whose manifest has only `browser`, run by code-server's web client in
// the browser's web-worker extension host (as vscode.dev would). Hover, decorations and the sidebar there.
import { readFileSync } from 'node:fs';
import { listLogFiles } from './lib/code-server.mjs';
import { hoverWord, openFile, openSidebarView, rowTexts, waitForDecorations, waitForRow } from './lib/workbench.mjs';

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

export const webScenarios = [
  {
    name: 'web-1-runs-in-web-worker',
    async run({ page, evidence, profile }) {
      await openFile(page, 'chips.md', 'Markdown');
      await waitForDecorations(page, ['H20'], 30_000);
      const frames = evidence.webWorkerHostFrames();
      assert(frames.length > 0, `no web-worker extension host iframe; ${evidence.summary()}`);
      // A web worker fetched our browser bundle: the manifest has no \`main\` for a Node host to load.
      const fetched = await evidence.bundleFetchedByWorker();
      assert(fetched.length > 0, `no web worker fetched dist/web/extension.js; ${evidence.summary()}`);
      // And the Node (remote) extension host never activated it.
      const remote = readRemoteExtensionHostLog(profile.userDataDir);
      assert(/_doActivateExtension vscode\./.test(remote), 'the remote extension host log has no activations at all');
      assert(!/_doActivateExtension aichips\.aichips-vscode/.test(remote), 'the Node extension host activated aichips');
      console.log(`  web worker fetched ${fetched[0]}`);
    },
  },
  {
    name: 'web-2-decorations',
    async run({ page }) {
      await openFile(page, 'chips.md', 'Markdown');
      await waitForDecorations(page, ['NVIDIA', 'H20', 'Huawei', 'Cambricon'], 30_000);
    },
  },
  {
    name: 'web-3-hover',
    async run({ page }) {
      await openFile(page, 'chips.md', 'Markdown');
      const hover = await hoverWord(page, 'H20', /3A090/);
      assert(hover.text.includes('NVIDIA'), `hover lacks the vendor: ${hover.text}`);
      assert(/\b96 GB\b/.test(hover.text), `hover lacks the memory figure with its unit: ${hover.text}`);
    },
  },
  {
    name: 'web-4-sidebar',
    async run({ page }) {
      await openFile(page, 'china-ai-chips-article.txt', 'Plain Text');
      const rows = await openSidebarView(page, 'In this document');
      await waitForRow(rows, 'NVIDIA');
      const texts = await rowTexts(rows);
      assert(
        texts.some((t) => /NVIDIA.*\b8\b/.test(t)),
        `NVIDIA should show 8 mentions: ${JSON.stringify(texts)}`,
      );
    },
  },
];

/** The Node extension host's log (code-server calls it remoteexthost.log). */
const readRemoteExtensionHostLog = (userDataDir) =>
  listLogFiles(userDataDir)
    .filter((path) => path.endsWith('/remoteexthost.log'))
    .map((path) => readFileSync(path, 'utf8'))
    .join('\n');
