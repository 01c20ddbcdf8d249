import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/embedded.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: false,
  sourcemap: false,
  target: 'es2022',
  treeshake: true,
});
