import { describe, expect, it } from 'vitest';
import { fixtureContent, fixtureState, stateOf } from '../../test/dataset-fixtures';
import type { DatasetContent } from '../schema/dataset';
import { diffDatasets } from './diff-datasets';

describe('diffDatasets()', () => {
  const diff = diffDatasets(fixtureState('before'), fixtureState('after'));

  it('finds added, removed and renamed entities, a rename target not counted as added', () => {
    expect(diff.added.map((entity) => `${entity.kind}/${entity.id}`)).toEqual([
      'chip/acme-x4',
      'source/acme-datasheet-2025',
    ]);
    expect(diff.removed).toEqual([{ kind: 'chip', id: 'acme-x2', name: 'Acme X2' }]);
    expect(diff.renamed).toEqual([{ kind: 'chip', id: 'acme-x3', name: 'Acme X3', to: 'acme-x3-pro' }]);
  });

  it('lists every changed value, old → new, with the sources behind the new value', () => {
    expect(diff.changed.map((entity) => entity.id)).toEqual(['acme-x1']);
    const changes = diff.changed[0]?.changes ?? [];
    expect(changes.find((change) => change.path === 'memory.capacity')).toEqual({
      path: 'memory.capacity',
      type: 'changed',
      old: 96,
      new: 141,
      unit: 'GB',
      sources: ['acme-datasheet-2025'],
      level: 'patch',
    });
    expect(changes.find((change) => change.path === 'power')).toMatchObject({
      type: 'added',
      unit: 'W',
      sources: ['acme-datasheet-2025'],
      level: 'minor',
    });
    expect(changes.filter((change) => change.path === 'memory.capacity.sources')).toMatchObject([
      { type: 'removed', old: 'acme-datasheet', level: 'patch' },
      { type: 'added', new: 'acme-datasheet-2025', level: 'patch' },
    ]);
    expect(diff.citedSources['acme-datasheet-2025']?.url).toBe('https://example.com/acme-x-datasheet-2025.pdf');
  });

  it('asks for a major release when an id disappears without a redirect', () => {
    expect(diff.bump).toEqual({ level: 'major', reasons: ['chip "acme-x2" was removed without a movedTo redirect'] });
  });

  it('finds nothing between equal states', () => {
    const equal = diffDatasets(fixtureState('after'), fixtureState('after'));
    expect([equal.added, equal.removed, equal.renamed, equal.changed, equal.schema]).toEqual([[], [], [], [], []]);
    expect(equal.bump).toEqual({ level: 'none', reasons: [] });
  });

  it('matches list items by their key, so a reordered list is no change', () => {
    const before = fixtureContent('after');
    const after = structuredClone(before);
    after.chips[0]!.sources.reverse();
    expect(diffDatasets(stateOf(before, 'a'), stateOf(after, 'b')).changed).toEqual([]);
  });

  it('reports a schema version step and old data that no longer validates as schema changes', () => {
    const from = {
      ...fixtureState('before'),
      issues: [{ location: 'data/chip/acme-x1.json', field: 'tdp', message: 'unknown key' }],
    };
    from.side = { label: 'v1', schemaVersion: '1.4.0' };
    const to = fixtureState('before');
    to.side = { label: 'v2', schemaVersion: '2.0.0' };
    const result = diffDatasets(from, to);
    expect(result.schema.map((change) => [change.path, change.level])).toEqual([
      ['schemaVersion', 'major'],
      ['', 'major'],
    ]);
    expect(result.schema[1]?.detail).toContain('data/chip/acme-x1.json tdp: unknown key');
  });

  it('treats an id that changes kind as removed and added', () => {
    const before: DatasetContent = fixtureContent('before');
    const after = structuredClone(before);
    const [chip] = after.chips.splice(0, 1);
    after.families.push({
      id: chip!.id,
      name: 'X family',
      aliases: [],
      summary: 's',
      sources: ['acme-datasheet'],
      vendor: 'acme',
    });
    const result = diffDatasets(stateOf(before, 'a'), stateOf(after, 'b'));
    expect(result.removed.map((e) => `${e.kind}/${e.id}`)).toEqual(['chip/acme-x1']);
    expect(result.added.map((e) => `${e.kind}/${e.id}`)).toEqual(['family/acme-x1']);
  });
});
