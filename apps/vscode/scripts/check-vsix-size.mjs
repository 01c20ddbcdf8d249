// Fails when the packaged extension is 1 MB or more, or lacks one of its two bundles.
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';

const LIMIT = 1024 * 1024;
const REQUIRED = ['extension/package.json', 'extension/dist/node/extension.js', 'extension/dist/web/extension.js'];

const file = process.argv[2] ?? 'aichips-vscode.vsix';
const size = statSync(file).size;
const listing = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).split('\n').filter(Boolean);
const missing = REQUIRED.filter((entry) => !listing.includes(entry));

console.log(`${file}: ${(size / 1024).toFixed(1)} KB (limit ${LIMIT / 1024} KB), ${listing.length} entries`);
for (const entry of listing) console.log(`  ${entry}`);
if (missing.length > 0) {
  console.error(`✘ missing from the package: ${missing.join(', ')}`);
  process.exit(1);
}
if (size >= LIMIT) {
  console.error('✘ the .vsix must stay under 1 MB');
  process.exit(1);
}
console.log('✔ size and contents ok');
