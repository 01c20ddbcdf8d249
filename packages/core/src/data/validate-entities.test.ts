import { describe, expect, it } from 'vitest';
import { formatDatasetIssue } from './dataset-issue';
import { type EntityRecord, validateEntities } from './validate-entities';

const source = {
  id: 'vendor-datasheet',
  publisher: 'Vendor',
  title: 'Datasheet',
  url: 'https://example.com/datasheet.pdf',
  published: '2024-03',
  accessed: '2026-11-28',
  type: 'primary',
};
const vendor = {
  id: 'acme',
  name: 'Acme',
  aliases: ['Acme Corp'],
  summary: 'A chip designer.',
  sources: ['vendor-datasheet'],
  country: 'US',
  roles: ['chip-designer'],
};
const chip = {
  id: 'acme-x1',
  name: 'Acme X1',
  aliases: ['X1'],
  summary: 'An accelerator.',
  sources: ['vendor-datasheet'],
  vendor: 'acme',
  category: 'gpu',
  market: 'global',
  status: 'shipping',
  dataCenter: true,
  memory: { capacity: { value: 80, unit: 'GB', sources: ['vendor-datasheet'] } },
};

function records(
  overrides: { chip?: object; vendor?: object; source?: object; extra?: EntityRecord[] } = {},
): EntityRecord[] {
  return [
    {
      kind: 'source',
      location: 'data/source/vendor-datasheet.json',
      raw: { ...source, ...overrides.source },
      expectedId: 'vendor-datasheet',
    },
    {
      kind: 'organization',
      location: 'data/organization/acme.json',
      raw: { ...vendor, ...overrides.vendor },
      expectedId: 'acme',
    },
    { kind: 'chip', location: 'data/chip/acme-x1.json', raw: { ...chip, ...overrides.chip }, expectedId: 'acme-x1' },
    ...(overrides.extra ?? []),
  ];
}

function messages(input: EntityRecord[]): string[] {
  const result = validateEntities(input);
  return result.success ? [] : result.error.map(formatDatasetIssue);
}

describe('validateEntities()', () => {
  it('accepts a consistent set of files and sorts entities into their collections', () => {
    const result = validateEntities(records());
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.chips.map((c) => c.id)).toEqual(['acme-x1']);
    expect(result.data.organizations[0]?.name).toBe('Acme');
    expect(result.data.sources).toHaveLength(1);
  });

  it('names the file, the field, what was expected and what was found for a wrong unit', () => {
    const bad = { memory: { capacity: { value: 80, unit: 'GiB', sources: ['vendor-datasheet'] } } };
    expect(messages(records({ chip: bad }))).toEqual([
      'data/chip/acme-x1.json memory.capacity.unit: expected unit "GB", got "GiB"',
    ]);
  });

  it('rejects a number without a source', () => {
    const bad = { memory: { capacity: { value: 80, unit: 'GB', sources: [] } } };
    expect(messages(records({ chip: bad }))).toEqual([
      'data/chip/acme-x1.json memory.capacity.sources: expected at least one source id, got []',
    ]);
  });

  it('rejects an id that differs from the file name', () => {
    expect(messages(records({ chip: { id: 'acme-x2' } }))).toEqual([
      'data/chip/acme-x1.json id: expected the file name "acme-x1", got "acme-x2"',
    ]);
  });

  it('rejects an id that is not kebab-case', () => {
    expect(messages(records({ chip: { id: 'Acme_X1' } }))[0]).toContain(
      'data/chip/acme-x1.json id: expected a kebab-case id',
    );
  });

  it('rejects the same id used twice, even across kinds', () => {
    const twin: EntityRecord = {
      kind: 'family',
      location: 'data/family/acme-x1.json',
      raw: { id: 'acme-x1', name: 'X family', summary: 'A line.', sources: ['vendor-datasheet'], vendor: 'acme' },
      expectedId: 'acme-x1',
    };
    expect(messages(records({ extra: [twin] }))).toContain(
      'data/family/acme-x1.json id: id "acme-x1" is already used by data/chip/acme-x1.json',
    );
  });

  it('rejects a reference that does not resolve, and one to the wrong kind', () => {
    expect(messages(records({ chip: { vendor: 'acmee' } }))).toEqual([
      'data/chip/acme-x1.json vendor: no organization with id "acmee"',
    ]);
    expect(messages(records({ chip: { vendor: 'vendor-datasheet' } }))).toEqual([
      'data/chip/acme-x1.json vendor: expected the id of a organization, got "vendor-datasheet", which is a source',
    ]);
    expect(messages(records({ chip: { sources: ['missing-source'] } }))).toEqual([
      'data/chip/acme-x1.json sources.0: no source with id "missing-source"',
    ]);
  });

  it('rejects a source without an https URL, title or publisher', () => {
    expect(messages(records({ source: { url: 'http://example.com/x' } }))).toEqual([
      'data/source/vendor-datasheet.json url: expected an https URL, got "http://example.com/x"',
    ]);
    const noTitle = messages(records({ source: { title: undefined, publisher: '' } }));
    expect(noTitle.some((m) => m.startsWith('data/source/vendor-datasheet.json title:'))).toBe(true);
    expect(noTitle.some((m) => m.startsWith('data/source/vendor-datasheet.json publisher:'))).toBe(true);
  });

  it('rejects dates that do not exist', () => {
    expect(messages(records({ source: { published: '2023-02-30' } }))).toEqual([
      'data/source/vendor-datasheet.json published: expected a real date written YYYY, YYYY-MM or YYYY-MM-DD, got "2023-02-30"',
    ]);
    expect(messages(records({ source: { published: '2023-13' } }))).toHaveLength(1);
  });

  it('rejects an unknown field so a typo cannot silently drop a value', () => {
    expect(messages(records({ chip: { memroy: {} } }))[0]).toMatch(
      /^data\/chip\/acme-x1\.json : Unrecognized key: "memroy"|memroy/,
    );
  });

  it('requires a name shared by two entities to be declared ambiguous on both', () => {
    const other: EntityRecord = {
      kind: 'chip',
      location: 'data/chip/other-x1.json',
      raw: { ...chip, id: 'other-x1', name: 'Other X1', aliases: ['x-1'] },
      expectedId: 'other-x1',
    };
    const result = messages(records({ extra: [other] }));
    expect(result).toEqual([
      'data/chip/acme-x1.json aliases: name "X1" is also a name of "other-x1": declare it ambiguous, with the words that resolve it, on both',
      'data/chip/other-x1.json aliases: name "x-1" is also a name of "acme-x1": declare it ambiguous, with the words that resolve it, on both',
    ]);
    const rule = (near: string) => ({ text: 'X1', ambiguous: { near: [near], reason: 'two vendors use it' } });
    const resolved = records({
      chip: { aliases: [rule('Acme')] },
      extra: [{ ...other, raw: { ...(other.raw as object), aliases: [rule('Other')] } }],
    });
    expect(messages(resolved)).toEqual([]);
  });
});
