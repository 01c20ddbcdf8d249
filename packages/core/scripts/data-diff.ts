// `npm run data:diff -- [<from>] [<to>] [--json] [--out file]`: what changed between two dataset states.
// Each side is a git ref or a release file (data.json); <to> defaults to the working tree, <from> to the last release.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { renderDiffMarkdown } from '../src/release/render-diff-markdown';
import { findReleaseBase } from './find-release-base';
import { compareLocations, resolveLocation } from './load-dataset-state';
import { findRepo, readCorePackage, runScript } from './repo';

const USAGE = 'usage: npm run data:diff -- [<from>] [<to>] [--json] [--out file]  (git refs or release .json files)';

await runScript('data:diff', () => {
  const { values, positionals } = parseArgs({
    options: { json: { type: 'boolean' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  if (values.help || positionals.length > 2) {
    (values.help ? console.log : console.error)(USAGE);
    return values.help ? 0 : 2;
  }
  const repo = findRepo();
  // npm runs scripts from the repository root; paths are meant relative to where the user typed them.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const [fromArgument, toArgument] = positionals;
  const from =
    fromArgument === undefined
      ? { type: 'ref' as const, ref: findReleaseBase(repo, readCorePackage(repo).name).ref }
      : resolveLocation(fromArgument, repo, cwd);
  const to = toArgument === undefined ? { type: 'working-tree' as const } : resolveLocation(toArgument, repo, cwd);
  const diff = compareLocations(repo, from, to);
  const text = values.json ? `${JSON.stringify(diff, null, 2)}\n` : renderDiffMarkdown(diff);
  if (values.out) {
    writeFileSync(resolve(cwd, values.out), text);
    console.error(`wrote ${values.out}`);
  } else process.stdout.write(text);
  return 0;
});
