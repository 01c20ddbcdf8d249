import { z } from 'zod';
import { Chip } from './chip';
import { Event } from './event';
import { Family } from './family';
import { Model } from './model';
import { Organization } from './organization';
import { Person } from './person';
import { PartialDate } from './primitives';
import { Regulation } from './regulation';
import { Source } from './source';

/** Bumped by hand: major when a dataset file of the old schema no longer parses. */
export const SCHEMA_VERSION = '1.0.0';

export const DatasetMeta = z.strictObject({
  datasetVersion: z.string().regex(/^\d+\.\d+\.\d+(?:-[\w.]+)?$/, { error: 'expected a semver version' }),
  schemaVersion: z.string().regex(/^\d+\.\d+\.\d+$/, { error: 'expected a semver version' }),
  /** The newest date on which a cited source was read. */
  asOf: PartialDate,
  counts: z.record(z.string(), z.number().int().nonnegative()),
  /** sha256 (hex) of the canonical JSON of everything but `meta`; see `hashDatasetContent()`. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: 'expected 64 lowercase hex digits' }),
});
export type DatasetMeta = z.infer<typeof DatasetMeta>;

/** A whole dataset release: `meta` and one array per kind, each sorted by id. */
export const Dataset = z.strictObject({
  meta: DatasetMeta,
  chips: z.array(Chip),
  families: z.array(Family),
  organizations: z.array(Organization),
  people: z.array(Person),
  models: z.array(Model),
  regulations: z.array(Regulation),
  events: z.array(Event),
  sources: z.array(Source),
});
export type Dataset = z.infer<typeof Dataset>;
export type DatasetContent = Omit<Dataset, 'meta'>;
