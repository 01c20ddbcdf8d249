import { defineConfig } from 'tsup';

// The library (startServer, settings) for both module systems; the bin's entry as ESM for Node.
export default defineConfig([
  { entry: ['src/index.ts'], format: ['esm', 'cjs'], dts: true, clean: false, target: 'node20', platform: 'node' },
  { entry: ['src/main.ts'], format: ['esm'], clean: false, target: 'node20', platform: 'node' },
]);
