import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The extension runs against a small in-memory stand-in for the `vscode` module.
  resolve: { alias: { vscode: fileURLToPath(new URL('./test/vscode-mock.ts', import.meta.url)) } },
  test: { include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts'], testTimeout: 60_000 },
});
