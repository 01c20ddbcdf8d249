import { describe, expect, it } from 'vitest';
import { fixtureContent, stateOf } from '../../test/dataset-fixtures';
import type { DatasetContent } from '../schema/dataset';
import { diffDatasets } from './diff-datasets';

function bumpFor(edit: (content: DatasetContent) => void) {
  const before = fixtureContent('before');
  const after = structuredClone(before);
  edit(after);
  return diffDatasets(stateOf(before, 'before'), stateOf(after, 'after')).bump;
}

const source = (id: string) => ({
  id,
  publisher: 'Acme',
  title: `Title of ${id}`,
  url: `https://example.com/${id}`,
  published: '2025',
  accessed: '2025-06-01',
  type: 'press' as const,
});

describe('the data semver policy', () => {
  it('makes a corrected value a patch', () => {
    const bump = bumpFor((content) => {
      content.chips[0]!.memory!.capacity!.value = 80;
    });
    expect(bump).toEqual({ level: 'patch', reasons: ['chip "acme-x1" memory.capacity: corrected'] });
  });

  it('makes a new source, cited for an existing value, a patch', () => {
    const bump = bumpFor((content) => {
      content.sources.push(source('new-review'));
      content.chips[0]!.dieArea!.sources.push('new-review');
    });
    expect(bump.level).toBe('patch');
    expect(bump.reasons).toEqual(['source "new-review" was added', 'chip "acme-x1" dieArea.sources: added']);
  });

  it('makes a removed value and a changed note a patch', () => {
    const bump = bumpFor((content) => {
      delete content.chips[0]!.dieArea;
      content.chips[0]!.memory!.capacity!.note = 'per the 2024 datasheet';
    });
    expect(bump.level).toBe('patch');
  });

  it('makes a new field on an existing entity a minor', () => {
    const bump = bumpFor((content) => {
      content.chips[0]!.architecture = 'X-arch';
    });
    expect(bump).toEqual({ level: 'minor', reasons: ['chip "acme-x1" architecture: added'] });
  });

  it('makes a new entity and a rename with a redirect minor', () => {
    expect(
      bumpFor((content) => {
        content.chips.push({ ...content.chips[1]!, id: 'acme-x9', name: 'Acme X9' });
      }).level,
    ).toBe('minor');
    expect(
      bumpFor((content) => {
        content.chips.push({ ...content.chips[1]!, id: 'acme-x2-pro', name: 'Acme X2 Pro' });
        content.chips[1]!.movedTo = 'acme-x2-pro';
      }),
    ).toEqual({ level: 'minor', reasons: ['chip "acme-x2" was renamed to "acme-x2-pro" (the old id redirects)'] });
  });

  it('makes a rename without a redirect a major', () => {
    const bump = bumpFor((content) => {
      content.chips[1] = { ...content.chips[1]!, id: 'acme-x2-pro' };
    });
    expect(bump).toEqual({ level: 'major', reasons: ['chip "acme-x2" was removed without a movedTo redirect'] });
  });
});
