import type { z } from 'zod';
import { Chip } from './chip';
import { Event } from './event';
import { Family } from './family';
import { Model } from './model';
import { Organization } from './organization';
import { Person } from './person';
import type { EntityKind } from './primitives';
import { Regulation } from './regulation';
import { Source } from './source';

/** The schema of each kind, as authored in `data/<kind>/<id>.json`. */
export const ENTITY_SCHEMAS = {
  chip: Chip,
  family: Family,
  organization: Organization,
  person: Person,
  model: Model,
  regulation: Regulation,
  event: Event,
  source: Source,
} as const satisfies Record<EntityKind, z.ZodType>;

export type EntityOfKind = { [K in EntityKind]: z.infer<(typeof ENTITY_SCHEMAS)[K]> };

/** An entity together with its kind, the way queries hand entities around. */
export type AnyEntity = { [K in EntityKind]: EntityOfKind[K] & { kind: K } }[EntityKind];
export type NamedKind = Exclude<EntityKind, 'source'>;
export type AnyNamedEntity = Extract<AnyEntity, { kind: NamedKind }>;

/** Plural keys of the dataset file, one array per kind. */
export const KIND_COLLECTIONS = {
  chip: 'chips',
  family: 'families',
  organization: 'organizations',
  person: 'people',
  model: 'models',
  regulation: 'regulations',
  event: 'events',
  source: 'sources',
} as const satisfies Record<EntityKind, string>;
