// Measures what @aichips/sdk adds to an app bundle (esbuild, minified, then gzip), with and without the
// embedded dataset, and checks the budgets. `--write` also updates the table in packages/sdk/README.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

// zod (its full API, locales included) is ~450 KB of the minified lite bundle; zod/mini is the way down.
// The embedded dataset is most of withData: it grew from 91 to 152 chips and 365 to 688 sources (406 KB gzip).
export const BUDGETS_KB = { withData: 460, withoutData: 140 };

const ENTRIES = {
  withData:
    "import { createAtlas } from '@aichips/sdk'; const atlas = createAtlas(); console.log(atlas.scan(document.body.innerText), atlas.renderCard('h20'));",
  withoutData:
    "import { bindAtlas, loadDataset } from '@aichips/sdk/lite'; loadDataset('https://example.com/data.json').then((d) => { const atlas = bindAtlas(d); console.log(atlas.scan(document.body.innerText), atlas.renderCard('h20')); });",
};

async function measure(source) {
  const result = await build({
    stdin: { contents: source, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    // The Node-only loaders are dynamic imports a browser bundle never reaches.
    external: ['node:*', ...builtinModules],
    write: false,
    logLevel: 'silent',
  });
  const bytes = result.outputFiles[0].contents;
  return { minified: bytes.byteLength, gzip: gzipSync(bytes, { level: 9 }).byteLength };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

export async function measureBundleSizes() {
  return { withData: await measure(ENTRIES.withData), withoutData: await measure(ENTRIES.withoutData) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = await measureBundleSizes();
  const table = [
    '| bundle (esbuild, browser, minified) | minified | gzip | budget (gzip) |',
    '| --- | --- | --- | --- |',
    `| \`createAtlas()\` with the embedded dataset | ${kb(sizes.withData.minified)} | ${kb(sizes.withData.gzip)} | ${BUDGETS_KB.withData} KB |`,
    `| \`@aichips/sdk/lite\` (\`bindAtlas\` + \`loadDataset\`), no data | ${kb(sizes.withoutData.minified)} | ${kb(sizes.withoutData.gzip)} | ${BUDGETS_KB.withoutData} KB |`,
  ].join('\n');
  console.log(table);
  if (process.argv.includes('--write')) {
    const path = 'packages/sdk/README.md';
    const readme = readFileSync(path, 'utf8');
    const updated = readme.replace(
      /<!-- bundle-size -->[\s\S]*<!-- \/bundle-size -->/,
      `<!-- bundle-size -->\n${table}\n<!-- /bundle-size -->`,
    );
    writeFileSync(path, updated);
    console.log(`updated ${path}`);
  }
}
