// A .vsix of the extension whose manifest has only the `browser` entry (no `main`), as vscode.dev installs
// it: VS Code can then run it only in the browser's web-worker extension host, never in a Node one.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function packWebOnlyExtension(root, tmp) {
  const app = join(root, 'apps/vscode');
  const dir = join(tmp, 'web-only-extension');
  mkdirSync(join(dir, 'dist/web'), { recursive: true });
  const manifest = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8'));
  delete manifest.main;
  // vsce runs the prepublish script; the bundle is built already and copied below.
  delete manifest.scripts;
  delete manifest.devDependencies;
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  cpSync(join(app, 'dist/web/extension.js'), join(dir, 'dist/web/extension.js'));
  for (const file of ['media', 'README.md', 'LICENSE', '.vscodeignore'])
    cpSync(join(app, file), join(dir, file), { recursive: true });
  const vsix = join(tmp, 'aichips-vscode-web-only.vsix');
  execFileSync(
    join(root, 'node_modules/.bin/vsce'),
    ['package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', vsix],
    { cwd: dir, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  return { vsix, manifest };
}
