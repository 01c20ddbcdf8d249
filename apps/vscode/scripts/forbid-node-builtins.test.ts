import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { forbidNodeBuiltins, isNodeBuiltin } from './forbid-node-builtins';

const dir = mkdtempSync(join(tmpdir(), 'aichips-builtins-'));

async function bundle(files: Record<string, string>): Promise<string[]> {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  try {
    await build({
      absWorkingDir: dir,
      entryPoints: ['entry.js'],
      bundle: true,
      platform: 'browser',
      format: 'cjs',
      write: false,
      logLevel: 'silent',
      plugins: [forbidNodeBuiltins()],
    });
    return [];
  } catch (error) {
    return (error as { errors: { text: string }[] }).errors.map((entry) => entry.text);
  }
}

describe('forbidNodeBuiltins()', () => {
  it('recognises builtins with and without the node: prefix', () => {
    expect(['node:fs', 'fs', 'fs/promises', 'path', 'node:worker_threads'].every(isNodeBuiltin)).toBe(true);
    expect(['vscode', '@aichips/sdk', 'zod', './fs'].some(isNodeBuiltin)).toBe(false);
  });

  it('fails a browser build whose code imports a Node builtin', async () => {
    const errors = await bundle({ 'entry.js': "import { readFileSync } from 'node:fs'; console.log(readFileSync);" });
    expect(errors.some((text) => text.includes('imports the Node builtin "node:fs" on the browser path'))).toBe(true);
  });

  it('fails a browser build where a Node builtin of a dependency survives tree-shaking', async () => {
    const errors = await bundle({
      'node_modules/leaky/package.json': '{"name": "leaky", "module": "index.js"}',
      'node_modules/leaky/index.js': "import { join } from 'path'; export const where = () => join('a', 'b');",
      'entry.js': "import { where } from 'leaky'; console.log(where());",
    });
    expect(errors).toEqual(['entry.js still imports the Node builtin "path" (require-call) after tree-shaking']);
  });

  it('passes a build where a Node-only path of a dependency is tree-shaken away', async () => {
    const errors = await bundle({
      'node_modules/dep/package.json': '{"name": "dep", "sideEffects": false, "module": "index.js"}',
      'node_modules/dep/index.js': "export const pure = () => 1; export const load = () => import('node:fs/promises');",
      'entry.js': "import { pure } from 'dep'; console.log(pure());",
    });
    expect(errors).toEqual([]);
  });
});
