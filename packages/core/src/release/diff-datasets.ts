import { formatDatasetIssue } from '../data/dataset-issue';
import { KIND_COLLECTIONS } from '../schema/entity';
import { ENTITY_KINDS, type EntityKind } from '../schema/primitives';
import { bumpBetween } from './bump-level';
import { requiredBump } from './bump-policy';
import { compareJsonSchemas } from './compare-json-schemas';
import { diffEntityValues } from './diff-entity-values';
import type {
  CitedSource,
  DatasetDiff,
  DatasetState,
  EntityChange,
  EntitySummary,
  Rename,
  SchemaChange,
} from './types';

type Entity = Record<string, unknown> & { id: string; movedTo?: string };

function indexEntities(state: DatasetState): Map<string, { kind: EntityKind; entity: Entity }> {
  const byId = new Map<string, { kind: EntityKind; entity: Entity }>();
  for (const kind of ENTITY_KINDS) {
    for (const entity of (state.content[KIND_COLLECTIONS[kind]] ?? []) as Entity[])
      byId.set(entity.id, { kind, entity });
  }
  return byId;
}

function summarize(kind: EntityKind, entity: Entity): EntitySummary {
  const name = typeof entity.name === 'string' ? entity.name : typeof entity.title === 'string' ? entity.title : '';
  return { kind, id: entity.id, name: name || entity.id };
}

function byKindThenId(a: EntitySummary, b: EntitySummary): number {
  const kinds = ENTITY_KINDS.indexOf(a.kind) - ENTITY_KINDS.indexOf(b.kind);
  return kinds !== 0 ? kinds : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function schemaChanges(from: DatasetState, to: DatasetState): SchemaChange[] {
  const changes: SchemaChange[] = [];
  const { schemaVersion: oldVersion } = from.side;
  const { schemaVersion: newVersion } = to.side;
  if (oldVersion && newVersion && oldVersion !== newVersion) {
    const level = bumpBetween(oldVersion, newVersion);
    changes.push({
      kind: 'dataset',
      path: 'schemaVersion',
      detail: `${oldVersion} → ${newVersion}`,
      level: level === 'none' ? 'major' : level,
    });
  }
  // Old data the current code no longer reads is the definition of a breaking schema change.
  if (from.issues.length > 0 && to.issues.length === 0) {
    const [first] = from.issues;
    changes.push({
      kind: 'dataset',
      path: '',
      detail: `the older data no longer validates (${from.issues.length} problem(s), first: ${formatDatasetIssue(first!)})`,
      level: 'major',
    });
  }
  for (const kind of ENTITY_KINDS) {
    const before = from.jsonSchemas?.[kind];
    const after = to.jsonSchemas?.[kind];
    if (before && after) changes.push(...compareJsonSchemas(kind, before, after));
  }
  return changes;
}

function citedSources(to: DatasetState, from: DatasetState, ids: Iterable<string>): Record<string, CitedSource> {
  const known = new Map<string, Record<string, unknown>>();
  for (const source of [...from.content.sources, ...to.content.sources]) known.set(source.id, source);
  const cited: Record<string, CitedSource> = {};
  for (const id of [...new Set(ids)].sort()) {
    const source = known.get(id);
    if (source)
      cited[id] = { title: String(source.title), publisher: String(source.publisher), url: String(source.url) };
  }
  return cited;
}

/**
 * Compares two dataset states entity by entity: added, removed, renamed (the old id keeps a `movedTo`
 * redirect), every changed value with its sources, schema changes, and the release the policy demands.
 */
export function diffDatasets(from: DatasetState, to: DatasetState): DatasetDiff {
  const before = indexEntities(from);
  const after = indexEntities(to);
  const added: EntitySummary[] = [];
  const removed: EntitySummary[] = [];
  const renamed: Rename[] = [];
  const changed: EntityChange[] = [];

  for (const [id, old] of before) {
    const current = after.get(id);
    if (!current || current.kind !== old.kind) {
      removed.push(summarize(old.kind, old.entity));
      continue;
    }
    const target = current.entity.movedTo;
    if (target !== undefined && target !== old.entity.movedTo) {
      renamed.push({ ...summarize(old.kind, old.entity), to: target });
      continue;
    }
    const changes = diffEntityValues(old.entity, current.entity);
    if (changes.length > 0) changed.push({ ...summarize(current.kind, current.entity), changes });
  }
  const renameTargets = new Set(renamed.map((rename) => rename.to));
  for (const [id, current] of after) {
    const old = before.get(id);
    if ((!old || old.kind !== current.kind) && !renameTargets.has(id))
      added.push(summarize(current.kind, current.entity));
  }

  const sourceIds = [
    ...changed.flatMap((entity) => entity.changes.flatMap((change) => change.sources)),
    ...added.filter((entity) => entity.kind === 'source').map((entity) => entity.id),
  ];
  const diff = {
    from: from.side,
    to: to.side,
    added: added.sort(byKindThenId),
    removed: removed.sort(byKindThenId),
    renamed: renamed.sort(byKindThenId),
    changed: changed.sort(byKindThenId),
    schema: schemaChanges(from, to),
    citedSources: citedSources(to, from, sourceIds),
  };
  return { ...diff, bump: requiredBump(diff) };
}
