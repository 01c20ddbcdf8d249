import type { AnyEntity } from '../schema/entity';
import type { EntityKind } from '../schema/primitives';
import { nameKey } from '../text/fold';
import type { AtlasIndex } from './atlas-index';
import { getEntity } from './get-entity';

export type NameLookup =
  | { match: 'unique'; entity: AnyEntity }
  | { match: 'ambiguous'; candidates: AnyEntity[] }
  | { match: 'none'; suggestions: string[] };

/**
 * Finds an entity by id, name or alias — case-, width- and spacing-insensitive, Chinese names too.
 * An ambiguous name returns its candidates; an unknown one the closest known names.
 */
export function findByName(index: AtlasIndex, name: string, options: { kind?: EntityKind } = {}): NameLookup {
  const ids = index.byName.get(nameKey(name)) ?? [];
  const seen = new Set<string>();
  const candidates: AnyEntity[] = [];
  for (const id of ids) {
    const entity = getEntity(index, id);
    if (!entity || seen.has(entity.id)) continue;
    if (options.kind && entity.kind !== options.kind) continue;
    seen.add(entity.id);
    candidates.push(entity);
  }
  if (candidates.length === 1) return { match: 'unique', entity: candidates[0] as AnyEntity };
  if (candidates.length > 1) return { match: 'ambiguous', candidates };
  return { match: 'none', suggestions: suggestNames(index, name, options.kind) };
}

/** The known names closest to `name` by edit distance, best first. */
export function suggestNames(index: AtlasIndex, name: string, kind?: EntityKind, limit = 5): string[] {
  const wanted = nameKey(name);
  const scored: { text: string; distance: number }[] = [];
  for (const entity of index.byId.values()) {
    if (entity.kind === 'source' || entity.kind === 'event' || (kind && entity.kind !== kind)) continue;
    const texts = [entity.name, ...entity.aliases.map((alias) => (typeof alias === 'string' ? alias : alias.text))];
    let best = Number.POSITIVE_INFINITY;
    for (const text of texts) best = Math.min(best, editDistance(wanted, nameKey(text)));
    scored.push({ text: entity.name, distance: best });
  }
  const threshold = Math.max(2, Math.ceil(wanted.length / 2));
  return scored
    .filter((entry) => entry.distance <= threshold)
    .sort((a, b) => a.distance - b.distance || a.text.localeCompare(b.text))
    .slice(0, limit)
    .map((entry) => entry.text);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}
