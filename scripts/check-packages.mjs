// Checks every publishable package as npm would ship it: publint, are-the-types-wrong, bundle budgets.
import { execFileSync } from 'node:child_process';
import { BUDGETS_KB, measureBundleSizes } from './measure-bundle-size.mjs';

const PACKAGES = ['packages/core', 'packages/sdk', 'packages/language-server'];
let failed = false;

function run(label, command, args) {
  process.stdout.write(`\n▶ ${label}\n`);
  try {
    execFileSync(command, args, { stdio: 'inherit' });
  } catch {
    failed = true;
    console.error(`✘ ${label} failed`);
  }
}

for (const dir of PACKAGES) {
  run(`publint ${dir}`, 'npx', ['publint', '--strict', dir]);
  // node10 resolution cannot see subpath exports; every supported runtime and bundler uses node16+.
  run(`attw ${dir}`, 'npx', ['attw', '--pack', dir, '--profile', 'node16', '--format', 'table-flipped']);
}

process.stdout.write('\n▶ bundle size\n');
const sizes = await measureBundleSizes();
for (const [name, size] of Object.entries(sizes)) {
  const gzipKb = size.gzip / 1024;
  const ok = gzipKb <= BUDGETS_KB[name];
  console.log(`${ok ? '✔' : '✘'} ${name}: ${gzipKb.toFixed(1)} KB gzip (budget ${BUDGETS_KB[name]} KB)`);
  if (!ok) failed = true;
}

// The server bundles nothing (the SDK and the dataset are dependencies): its own tarball stays small.
const SERVER_TARBALL_BUDGET_KB = 40;
const [packed] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '-w', 'packages/language-server'], { encoding: 'utf8' }),
);
const packedKb = packed.size / 1024;
const serverOk = packedKb <= SERVER_TARBALL_BUDGET_KB;
console.log(
  `${serverOk ? '✔' : '✘'} @aichips/language-server tarball: ${packedKb.toFixed(1)} KB (budget ${SERVER_TARBALL_BUDGET_KB} KB)`,
);
if (!serverOk) failed = true;

if (failed) {
  console.error('\ncheck:packages failed');
  process.exit(1);
}
console.log('\ncheck:packages passed');
