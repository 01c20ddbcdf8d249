import type { Dataset } from '../schema/dataset';
import { type AnyEntity, KIND_COLLECTIONS } from '../schema/entity';
import type { EntityKind } from '../schema/primitives';
import { listEntityNames } from '../text/entity-names';
import { nameKey } from '../text/fold';

/** A dataset with its look-up tables, built once; every query takes one. */
export interface AtlasIndex {
  dataset: Dataset;
  byId: ReadonlyMap<string, AnyEntity>;
  /** nameKey(name or alias) → ids, in dataset order. */
  byName: ReadonlyMap<string, readonly string[]>;
}

export function createAtlasIndex(dataset: Dataset): AtlasIndex {
  const byId = new Map<string, AnyEntity>();
  const byName = new Map<string, string[]>();
  const addName = (text: string, id: string) => {
    const key = nameKey(text);
    const ids = byName.get(key) ?? [];
    if (!ids.includes(id)) ids.push(id);
    byName.set(key, ids);
  };
  for (const [kind, collection] of Object.entries(KIND_COLLECTIONS) as [EntityKind, keyof Dataset][]) {
    for (const entity of dataset[collection] as { id: string }[]) {
      const withKind = { ...entity, kind } as AnyEntity;
      byId.set(entity.id, withKind);
      addName(entity.id, entity.id);
      if (withKind.kind === 'source') continue;
      for (const alias of listEntityNames(withKind)) addName(alias.text, entity.id);
    }
  }
  return { dataset, byId, byName };
}
