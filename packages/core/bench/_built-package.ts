import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

/** Throws unless dist/ was built after the last change to src/, so a measurement of it measures the source. */
export function assertBuildIsFresh(): void {
  const built = modifiedMs(`${packageDir}dist/index.js`);
  const changed = Math.max(
    ...readdirSync(`${packageDir}src`, { recursive: true, encoding: 'utf8' }).map(
      (file) => modifiedMs(`${packageDir}src/${file}`) ?? 0,
    ),
  );
  if (built === undefined || built < changed) {
    throw new Error(
      'packages/core/dist is missing or older than src/: run the benchmark from the root (npm run bench:scan), which builds first',
    );
  }
}

function modifiedMs(path: string): number | undefined {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}
