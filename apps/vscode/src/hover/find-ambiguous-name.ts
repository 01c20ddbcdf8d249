import { type AnyEntity, nameKey, normalizeAlias } from '@aichips/core';
import type { Atlas } from '@aichips/sdk';

export interface AmbiguousName {
  name: string;
  candidates: AnyEntity[];
  /** Why the name alone is not enough, when the dataset says. */
  reason?: string;
}

/**
 * A name the scanner leaves alone because it is ambiguous: several entities go by it, or its one owner
 * marks it as needing a nearby word ("910B" without "Ascend" or "Huawei" around it).
 */
export function findAmbiguousName(atlas: Atlas, name: string): AmbiguousName | undefined {
  const found = atlas.findByName(name);
  if (found.match === 'ambiguous') return { name, candidates: found.candidates };
  if (found.match !== 'unique' || found.entity.kind === 'source' || found.entity.kind === 'event') return undefined;
  const key = nameKey(name);
  const alias = found.entity.aliases.map(normalizeAlias).find((candidate) => nameKey(candidate.text) === key);
  if (!alias?.ambiguous) return undefined;
  return { name, candidates: [found.entity], reason: alias.ambiguous.reason };
}
