// `npm run release:dry`: everything a release ships, built and checked, published nowhere. Writes release/:
// the npm tarballs, the .vsix, data.json, one CSV per kind, the JSON Schemas, RELEASE_NOTES.md, and
// manifest.json (versions and the sha256 of every file). Any failed step fails the run; the manifest
// is written only for a complete release.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'release');
const CORE = join(ROOT, 'packages/core');
const EXTENSION = join(ROOT, 'apps/vscode');
const failures = [];

function run(command, args, options = {}) {
  // No stdin: a tool that stops to ask (vsce about a missing file) fails instead of hanging.
  const result = spawnSync(command, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], ...options });
  if (result.status !== 0)
    throw new Error(`\`${[command, ...args].join(' ')}\` exited with ${result.status ?? result.signal}`);
  return result;
}

function step(name, action) {
  process.stdout.write(`\n▶ ${name}\n`);
  try {
    action();
    return true;
  } catch (error) {
    failures.push(`${name}: ${error.message}`);
    console.error(`✘ ${name}: ${error.message}`);
    return false;
  }
}

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const sha256 = (path) => createHash('sha256').update(readFileSync(path)).digest('hex');

function workspacePackages() {
  return ['packages', 'apps'].flatMap((parent) =>
    readdirSync(join(ROOT, parent))
      .map((name) => join(ROOT, parent, name))
      .filter((dir) => existsSync(join(dir, 'package.json')))
      .map((dir) => ({ dir, ...readJson(join(dir, 'package.json')) })),
  );
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

step('data semver policy (npm run data:check-bump)', () => run('npm', ['run', '--silent', 'data:check-bump']));

if (!step('build (turbo)', () => run('npx', ['turbo', 'run', 'build', '--output-logs=errors-only']))) {
  console.error('\nrelease:dry failed: nothing can be packed without a build.');
  process.exit(1);
}

const { ENTITY_KINDS } = await import('@aichips/core');
step('data.json', () => copyFileSync(join(CORE, 'dist/data.json'), join(OUT, 'data.json')));

// The CLI's own export, on the copied release file: the CSVs are what users get from `aichips export`,
// and loading release/data.json through loadDataset() proves it passes the SDK's checks.
step('one CSV per kind (aichips export)', () => {
  mkdirSync(join(OUT, 'csv'));
  for (const kind of ENTITY_KINDS) {
    const csv = join(OUT, 'csv', `${kind}.csv`);
    const data = join(OUT, 'data.json');
    run('node', [
      'packages/sdk/bin/aichips.js',
      'export',
      '--dataset',
      data,
      '--format',
      'csv',
      '--kind',
      kind,
      '--out',
      csv,
    ]);
  }
});

step('JSON Schemas', () => {
  mkdirSync(join(OUT, 'schema'));
  for (const name of readdirSync(join(CORE, 'schema')).filter((file) => file.endsWith('.schema.json')))
    copyFileSync(join(CORE, 'schema', name), join(OUT, 'schema', name));
});

const packages = workspacePackages();
step('npm tarballs (npm pack)', () => {
  for (const pkg of packages.filter((candidate) => !candidate.private))
    run('npm', ['pack', '--silent', '--workspace', pkg.name, '--pack-destination', OUT], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
});

step('VS Code extension (.vsix)', () => {
  const extension = readJson(join(EXTENSION, 'package.json'));
  if (!extension.scripts?.package) throw new Error(`${extension.name} has no "package" script yet`);
  // A .vsix left by an earlier run must not pass for this one's.
  for (const name of readdirSync(EXTENSION).filter((file) => file.endsWith('.vsix'))) rmSync(join(EXTENSION, name));
  try {
    run('npx', ['turbo', 'run', 'package', `--filter=${extension.name}`, '--output-logs=new-only']);
  } catch (error) {
    throw new Error(`the extension did not package (its \`npm run package\` failed; see above): ${error.message}`);
  }
  const built = readdirSync(EXTENSION).find((name) => name.endsWith('.vsix'));
  if (!built) throw new Error(`\`npm run package\` in ${relative(ROOT, EXTENSION)} produced no .vsix`);
  copyFileSync(join(EXTENSION, built), join(OUT, `${extension.name}-${extension.version}.vsix`));
});
step('release notes', () =>
  run('npx', [
    'tsx',
    'packages/core/scripts/release-notes.ts',
    '--data',
    join(OUT, 'data.json'),
    '--out',
    join(OUT, 'RELEASE_NOTES.md'),
  ]),
);

if (failures.length > 0) {
  console.error(
    `\n✘ release:dry failed; release/ is incomplete and has no manifest.json:\n${failures.map((f) => `  - ${f}`).join('\n')}`,
  );
  process.exit(1);
}

const files = [];
(function collect(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) collect(path);
    else files.push({ path: relative(OUT, path), bytes: statSync(path).size, sha256: sha256(path) });
  }
})(OUT);
const { meta } = readJson(join(OUT, 'data.json'));
const commit = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
const dirty = spawnSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim() !== '';
const manifest = {
  commit: dirty ? `${commit}+uncommitted-changes` : commit,
  packages: Object.fromEntries(packages.map((pkg) => [pkg.name, pkg.version])),
  dataset: {
    version: meta.datasetVersion,
    schemaVersion: meta.schemaVersion,
    asOf: meta.asOf,
    contentSha256: meta.sha256,
  },
  files,
};
writeFileSync(join(OUT, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(
  `\n✔ release:dry: ${files.length} files and manifest.json in ${relative(process.cwd(), OUT) || 'release'}/ (nothing published)`,
);
