import type { DatasetIssue } from '../data/dataset-issue';
import type { DatasetContent } from '../schema/dataset';
import type { EntityKind } from '../schema/primitives';
import type { BumpLevel } from './bump-level';

/** One side of a comparison: a git ref, the working tree or a release file. */
export interface DiffSide {
  /** What was read, as the user named it: `v1.2.0`, `working tree`, `release/data.json`. */
  label: string;
  datasetVersion?: string;
  schemaVersion?: string;
}

/** A dataset state ready to compare. */
export interface DatasetState {
  side: DiffSide;
  content: DatasetContent;
  /** The JSON Schema of each kind at that state, when known (git refs and the working tree). */
  jsonSchemas?: Partial<Record<EntityKind, Record<string, unknown>>>;
  /** What the current validation code finds wrong in this state; empty when it parses. */
  issues: DatasetIssue[];
}

export interface EntitySummary {
  kind: EntityKind;
  id: string;
  name: string;
}

/** An id that now redirects (`movedTo`) to another one. */
export interface Rename extends EntitySummary {
  to: string;
}

export interface ValueChange {
  /** Dotted path inside the entity; list items by their key: `hardware[ascend-910b].count`. */
  path: string;
  type: 'added' | 'removed' | 'changed';
  old?: unknown;
  new?: unknown;
  /** The unit of a changed number. */
  unit?: string;
  /** Source ids behind the new value (behind the old one for a removal). */
  sources: string[];
  level: BumpLevel;
}

export interface EntityChange extends EntitySummary {
  changes: ValueChange[];
}

export interface SchemaChange {
  /** The kind whose schema changed, or `dataset` for the schema version and the data as a whole. */
  kind: EntityKind | 'dataset';
  /** Dotted field path; `[]` stands for the items of a list. */
  path: string;
  detail: string;
  level: BumpLevel;
}

export interface CitedSource {
  title: string;
  publisher: string;
  url: string;
}

/** Everything that changed between two dataset states, and the release it needs. */
export interface DatasetDiff {
  from: DiffSide;
  to: DiffSide;
  added: EntitySummary[];
  removed: EntitySummary[];
  renamed: Rename[];
  changed: EntityChange[];
  schema: SchemaChange[];
  /** Every source a change cites, as the newer state describes it. */
  citedSources: Record<string, CitedSource>;
  /** The smallest release the data semver policy allows for this diff, and the changes that demand it. */
  bump: { level: BumpLevel; reasons: string[] };
}
