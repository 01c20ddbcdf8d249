import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { DATA_CHANGESET_MARKER, formatDataChangeset } from '../src/release/data-changeset';
import { parseChangeset } from '../src/release/parse-changeset';

interface ChangelogModule {
  getReleaseLine(changeset: { summary: string; commit?: string }, type: string): Promise<string>;
  getDependencyReleaseLine(
    changesets: { commit?: string }[],
    dependencies: { name: string; newVersion: string }[],
  ): Promise<string>;
  DATA_CHANGESET_MARKER: string;
}

const changelog = createRequire(import.meta.url)('../../../.changeset/changelog.cjs') as ChangelogModule;

describe('.changeset/changelog.cjs', () => {
  it('recognises data changesets by the marker data:changeset writes', () => {
    expect(changelog.DATA_CHANGESET_MARKER).toBe(DATA_CHANGESET_MARKER);
  });

  it('keeps a data changeset whole under one entry, grouped by kind, without commit or marker', async () => {
    const markdown =
      'Data changes from `v1` to this release: changed 1 chip.\n\n#### Chips\n\n**Changed (1):**\n\n- H20 (`h20`)\n  - `power`: 350 W → 400 W';
    const parsed = parseChangeset(formatDataChangeset('@aichips/core', 'patch', markdown));
    if (!parsed.success) throw new Error(parsed.error);
    const line = await changelog.getReleaseLine({ summary: parsed.data.summary, commit: 'abcdef1234' }, 'patch');
    expect(line).toBe(
      '- Data changes from `v1` to this release: changed 1 chip.\n\n  #### Chips\n\n  **Changed (1):**\n\n  - H20 (`h20`)\n    - `power`: 350 W → 400 W\n',
    );
  });

  it('writes other changesets like changelog-git: commit, first line, the rest indented', async () => {
    expect(
      await changelog.getReleaseLine({ summary: 'Add the CLI.\n\nIt scans files.', commit: 'abcdef1234' }, 'minor'),
    ).toBe('- abcdef1: Add the CLI.\n\n  It scans files.');
    expect(await changelog.getReleaseLine({ summary: 'Fix a typo.' }, 'patch')).toBe('- Fix a typo.');
  });

  it('lists updated dependencies with their new versions', async () => {
    expect(await changelog.getDependencyReleaseLine([], [])).toBe('');
    expect(
      await changelog.getDependencyReleaseLine(
        [{ commit: 'abcdef1234' }],
        [{ name: '@aichips/core', newVersion: '0.2.0' }],
      ),
    ).toBe('- Updated dependencies [abcdef1]\n  - @aichips/core@0.2.0');
  });
});
