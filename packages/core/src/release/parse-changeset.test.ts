import { describe, expect, it } from 'vitest';
import { parseChangeset } from './parse-changeset';

describe('parseChangeset()', () => {
  it('reads the packages, their bumps and the summary', () => {
    const text = `---\n"@aichips/core": minor\n'@aichips/sdk': patch\naichips-vscode: none\n---\n\nAdd the H20.\n\nMore.\n`;
    expect(parseChangeset(text)).toEqual({
      success: true,
      data: {
        releases: [
          { name: '@aichips/core', type: 'minor' },
          { name: '@aichips/sdk', type: 'patch' },
          { name: 'aichips-vscode', type: 'none' },
        ],
        summary: 'Add the H20.\n\nMore.',
      },
    });
  });

  it('accepts an empty changeset', () => {
    expect(parseChangeset('---\n---\n')).toEqual({ success: true, data: { releases: [], summary: '' } });
  });

  it('rejects an unknown bump, naming the line', () => {
    expect(parseChangeset('---\n"@aichips/core": huge\n---\n')).toEqual({
      success: false,
      error: 'expected "package-name": major|minor|patch|none, got "\\"@aichips/core\\": huge"',
    });
    expect(parseChangeset('no front matter').success).toBe(false);
  });
});
