import { describe, expect, it } from 'vitest';
import { fixtureContent, fixtureState, stateOf } from '../../test/dataset-fixtures';
import { diffDatasets } from './diff-datasets';
import { renderDiffMarkdown } from './render-diff-markdown';

describe('renderDiffMarkdown()', () => {
  it('writes a summary line, one section per kind, and the sources behind each new value', () => {
    const diff = diffDatasets(fixtureState('before'), fixtureState('after'));
    expect(renderDiffMarkdown(diff)).toMatchInlineSnapshot(`
      "Data changes from \`before\` to \`after\`: added 1 chip, 1 source; renamed 1 chip; removed 1 chip; changed 1 chip. Under the data semver policy this needs a **major** release.

      #### Chips

      **Added (1):** Acme X4 (\`acme-x4\`)

      **Renamed (1), the old id redirects:** \`acme-x3\` → \`acme-x3-pro\` (Acme X3)

      **Removed (1), no redirect:** Acme X2 (\`acme-x2\`)

      **Changed (1):**

      - Acme X1 (\`acme-x1\`)
        - \`memory.type\`: “HBM3” → “HBM3e” — [acme-datasheet](https://example.com/acme-x-datasheet.pdf), [acme-datasheet-2025](https://example.com/acme-x-datasheet-2025.pdf)
        - \`memory.capacity\`: 96 GB → 141 GB — [acme-datasheet-2025](https://example.com/acme-x-datasheet-2025.pdf)
        - \`power\`: added 700 W — [acme-datasheet-2025](https://example.com/acme-x-datasheet-2025.pdf)
        - sources: added [acme-datasheet-2025](https://example.com/acme-x-datasheet-2025.pdf)
        - \`dieArea\` sources: added [acme-datasheet-2025](https://example.com/acme-x-datasheet-2025.pdf)
        - \`memory.capacity\` sources: added [acme-datasheet-2025](https://example.com/acme-x-datasheet-2025.pdf); removed \`acme-datasheet\`

      #### Sources

      **Added (1):** \`acme-datasheet-2025\`
      "
    `);
  });

  it('says so when nothing changed, with the versions of both sides', () => {
    const state = fixtureState('after');
    const diff = diffDatasets(
      { ...state, side: { label: '@aichips/core@1.0.0', datasetVersion: '1.0.0', schemaVersion: '1.0.0' } },
      { ...state, side: { label: 'working tree', datasetVersion: '1.0.0', schemaVersion: '1.0.0' } },
    );
    expect(renderDiffMarkdown(diff)).toBe(
      'No data changes from `@aichips/core@1.0.0` (dataset 1.0.0, schema 1.0.0) to working tree (dataset 1.0.0, schema 1.0.0).\n',
    );
  });

  it('folds a long list of additions into <details> and escapes Markdown in names', () => {
    const before = fixtureContent('before');
    const after = structuredClone(before);
    for (let i = 0; i < 25; i++) after.chips.push({ ...before.chips[1]!, id: `bulk-${i}`, name: `Bulk *${i}*` });
    const markdown = renderDiffMarkdown(diffDatasets(stateOf(before, 'a'), stateOf(after, 'b')), { headingLevel: 3 });
    expect(markdown).toContain(
      '### Chips\n\n<details><summary><strong>Added (25)</strong></summary>\n\nBulk \\*0\\* (`bulk-0`), ',
    );
    expect(markdown).toContain('\n\n</details>\n');
  });
});
