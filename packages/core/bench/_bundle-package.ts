import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Options } from 'tsup';
import tsupConfig from '../tsup.config';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

/**
 * Bundles the package's entry points from the current source the way tsup ships them (ESM with shared chunks,
 * the same target, dependencies left out), so a fresh process can be timed on the code users run without a stale dist/.
 * Returns the two modules' paths.
 */
export async function bundlePackage(): Promise<{ index: string; embedded: string }> {
  const outdir = `${packageDir}.cache/bench`;
  mkdirSync(outdir, { recursive: true });
  await build({
    entryPoints: { index: `${packageDir}src/index.ts`, embedded: `${packageDir}src/embedded.ts` },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'neutral',
    target: (tsupConfig as Options).target,
    packages: 'external',
    outExtension: { '.js': '.mjs' },
    logLevel: 'warning',
  });
  return { index: `${outdir}/index.mjs`, embedded: `${outdir}/embedded.mjs` };
}
