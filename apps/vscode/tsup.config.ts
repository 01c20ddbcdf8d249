import { defineConfig } from 'tsup';
import { forbidNodeBuiltins } from './scripts/forbid-node-builtins';

// One file per target; `vscode` is provided by the editor, everything else (SDK, dataset) is bundled in.
const shared = {
  external: ['vscode'],
  noExternal: ['@aichips/sdk', '@aichips/core'],
  format: ['cjs' as const],
  minify: true,
  sourcemap: false,
  splitting: false,
  dts: false,
  clean: false,
};

export default defineConfig([
  {
    ...shared,
    entry: { extension: 'src/extension.ts' },
    outDir: 'dist/node',
    platform: 'node',
    target: 'node18',
    // zod sniffs `navigator` for Cloudflare; in VS Code's Node extension host (Node 21+) reading it logs a
    // PendingMigrationError against us. The Node bundle has no navigator to ask.
    esbuildOptions: (options) => {
      options.define = { ...options.define, navigator: 'undefined' };
    },
  },
  {
    ...shared,
    entry: { extension: 'src/extension-web.ts' },
    outDir: 'dist/web',
    platform: 'browser',
    target: 'es2022',
    esbuildPlugins: [forbidNodeBuiltins()],
  },
]);
