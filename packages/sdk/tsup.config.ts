import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: ['src/index.ts', 'src/lite.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    clean: false,
    target: 'es2022',
    treeshake: true,
  },
  {
    entry: { cli: 'src/cli/main.ts', 'scan-worker': 'src/cli/corpus/scan-worker.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
  },
]);
