// The semver policy for data, in one place: removals break, additions are minor, corrections are patch.
import type { EntityKind } from '../schema/primitives';
import { type BumpLevel, compareBumps, maxBump } from './bump-level';
import type { DatasetDiff, ValueChange } from './types';

/** Fields that carry evidence about a value rather than a value: changing them never adds a fact. */
const EVIDENCE_FIELDS: ReadonlySet<string> = new Set([
  'sources',
  'note',
  'evidence',
  'confidence',
  'preferredBecause',
  'alternatives',
]);

/** A new entity is minor; a new source is evidence for values, so patch. */
export function addedEntityLevel(kind: EntityKind): BumpLevel {
  return kind === 'source' ? 'patch' : 'minor';
}

/**
 * One value change inside an entity: a new field or list item adds a fact (minor); a changed or
 * removed value is a correction (patch); anything about sources and evidence is patch.
 */
export function valueChangeLevel(fields: readonly string[], type: ValueChange['type']): BumpLevel {
  if (fields.some((field) => EVIDENCE_FIELDS.has(field))) return 'patch';
  return type === 'added' ? 'minor' : 'patch';
}

const VERB: Record<ValueChange['type'], string> = { added: 'added', removed: 'removed', changed: 'corrected' };

/** The release a diff needs, with one line per change that demands it. */
export function requiredBump(diff: Omit<DatasetDiff, 'bump'>): DatasetDiff['bump'] {
  const candidates: { level: BumpLevel; reason: string }[] = [
    ...diff.removed.map((entity) => ({
      level: 'major' as const,
      reason: `${entity.kind} "${entity.id}" was removed without a movedTo redirect`,
    })),
    ...diff.schema.map((change) => ({
      level: change.level,
      reason: `schema${change.kind === 'dataset' ? '' : ` of ${change.kind}`}${change.path ? ` ${change.path}` : ''}: ${change.detail}`,
    })),
    ...diff.renamed.map((rename) => ({
      level: 'minor' as const,
      reason: `${rename.kind} "${rename.id}" was renamed to "${rename.to}" (the old id redirects)`,
    })),
    ...diff.added.map((entity) => ({
      level: addedEntityLevel(entity.kind),
      reason: `${entity.kind} "${entity.id}" was added`,
    })),
    ...diff.changed.flatMap((entity) =>
      entity.changes.map((change) => ({
        level: change.level,
        reason: `${entity.kind} "${entity.id}" ${change.path}: ${VERB[change.type]}`,
      })),
    ),
  ];
  const level = maxBump(candidates.map((candidate) => candidate.level));
  return {
    level,
    reasons: candidates.filter((c) => compareBumps(c.level, level) === 0 && level !== 'none').map((c) => c.reason),
  };
}
