import { z } from 'zod';

/** Every entity kind the atlas knows. The folder `data/<kind>/` holds one JSON file per entity. */
export const ENTITY_KINDS = [
  'chip',
  'family',
  'organization',
  'person',
  'model',
  'regulation',
  'event',
  'source',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A kebab-case id, equal to the entity's file name. */
export const EntityId = z.string().regex(KEBAB_CASE, { error: 'expected a kebab-case id like "ascend-910c"' });

// Refs carry the kind they point at so the reference check can be driven by the schema itself.
export const referenceRegistry = z.registry<{ refersTo: EntityKind | 'any' }>();

/** An id that must resolve to an entity of `kind` (`any`: of any kind). */
export function entityRef(kind: EntityKind | 'any') {
  const what = kind === 'any' ? 'an entity' : `a ${kind}`;
  const schema = z.string().regex(KEBAB_CASE, { error: `expected the kebab-case id of ${what}` });
  referenceRegistry.add(schema, { refersTo: kind });
  return schema;
}

export const SourceRefs = z
  .array(entityRef('source'))
  .min(1, { error: 'expected at least one source id' })
  .describe('Ids of entities in data/source/ that support this value.');

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function isRealPartialDate(text: string): boolean {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return false;
  if (day === undefined) return true;
  const dayNumber = Number(day);
  const daysInMonth = new Date(Date.UTC(Number(year), monthNumber, 0)).getUTCDate();
  return dayNumber >= 1 && dayNumber <= daysInMonth;
}

/**
 * A date written at the precision it is known: `2025`, `2025-07` or `2025-07-31`.
 * The written form is the precision; see `datePrecision()`.
 */
export const PartialDate = z
  .string()
  .refine(isRealPartialDate, { error: 'expected a real date written YYYY, YYYY-MM or YYYY-MM-DD' });

export type DatePrecision = 'year' | 'month' | 'day';

export function datePrecision(date: string): DatePrecision {
  const parts = date.split('-').length;
  return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}

/** ISO 3166-1 alpha-2 country code, e.g. "CN", "US", "TW". */
export const CountryCode = z.string().regex(/^[A-Z]{2}$/, { error: 'expected an ISO 3166-1 alpha-2 code like "CN"' });

export const Confidence = z.enum(['high', 'medium', 'low']);

/** What kind of evidence stands behind a reported value. */
export const Evidence = z.enum([
  'vendor',
  'regulator',
  'filing',
  'press',
  'analyst',
  'teardown',
  'benchmark',
  'aggregator',
]);

/** A dated fact: when something happened, at what precision, and who says so. */
export const DatedFact = z.strictObject({
  date: PartialDate,
  sources: SourceRefs,
  note: z.string().optional(),
});
export type DatedFact = z.infer<typeof DatedFact>;
