// `npm run data:check-bump [-- --base <ref>]`: fails when pending changesets ask for less than the data needs.
import { parseArgs } from 'node:util';
import { checkDataBump } from './check-data-bump';
import { findRepo, runScript } from './repo';

await runScript('data:check-bump', () => {
  const { values } = parseArgs({ options: { base: { type: 'string' } } });
  const check = checkDataBump(findRepo(), { base: values.base });
  for (const line of check.lines) (check.ok ? console.log : console.error)(line);
  return check.ok ? 0 : 1;
});
