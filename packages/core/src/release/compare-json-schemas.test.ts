import { describe, expect, it } from 'vitest';
import { entityJsonSchema } from '../schema/json-schema';
import { compareJsonSchemas } from './compare-json-schemas';

const base = {
  type: 'object',
  properties: {
    id: { type: 'string', pattern: '^[a-z]+$' },
    status: { type: 'string', enum: ['shipping', 'announced'] },
    power: { type: 'object', properties: { value: { type: 'number', minimum: 0 } }, required: ['value'] },
    aliases: { type: 'array', items: { type: 'string', minLength: 1 } },
  },
  required: ['id', 'status'],
  additionalProperties: false,
};

function changesAfter(edit: (schema: typeof base & Record<string, unknown>) => void) {
  const after = structuredClone(base) as typeof base & Record<string, unknown>;
  edit(after);
  return compareJsonSchemas('chip', base, after).map(({ path, detail, level }) => `${path}: ${detail} (${level})`);
}

describe('compareJsonSchemas()', () => {
  it('finds no change between a schema and itself, and ignores descriptions', () => {
    expect(compareJsonSchemas('chip', entityJsonSchema('chip'), entityJsonSchema('chip'))).toEqual([]);
    expect(changesAfter((s) => Object.assign(s.properties.id, { description: 'the id' }))).toEqual([]);
  });

  it('makes a new optional field minor and a new required field major', () => {
    expect(changesAfter((s) => Object.assign(s.properties, { tdp: { type: 'number' } }))).toEqual([
      'tdp: new optional field (minor)',
    ]);
    expect(
      changesAfter((s) => {
        Object.assign(s.properties, { tdp: { type: 'number' } });
        s.required.push('tdp');
      }),
    ).toEqual(['tdp: new required field (major)']);
  });

  it('makes a removed field, and a required field turned optional, major', () => {
    expect(changesAfter((s) => delete (s.properties as Record<string, unknown>).power)).toEqual([
      'power: field removed (major)',
    ]);
    expect(changesAfter((s) => s.required.pop())).toEqual(['status: now optional (major)']);
  });

  it('makes new enum values minor and removed ones major', () => {
    expect(changesAfter((s) => s.properties.status.enum.push('sampling'))).toEqual([
      'status: new values: "sampling" (minor)',
    ]);
    expect(changesAfter((s) => s.properties.status.enum.pop())).toEqual([
      'status: values removed: "announced" (major)',
    ]);
  });

  it('makes a looser bound minor, a tighter bound or a new type major, inside nested fields and list items', () => {
    expect(
      changesAfter((s) => delete (s.properties.power.properties.value as Record<string, unknown>).minimum),
    ).toEqual(['power.value: minimum 0 → nothing (minor)']);
    expect(changesAfter((s) => Object.assign(s.properties.aliases.items, { minLength: 3 }))).toEqual([
      'aliases.[]: minLength 1 → 3 (major)',
    ]);
    expect(changesAfter((s) => Object.assign(s.properties.id, { type: 'number' }))).toEqual([
      'id: type "string" → "number" (major)',
    ]);
  });
});
