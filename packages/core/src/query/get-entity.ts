import type { AnyEntity, EntityOfKind } from '../schema/entity';
import type { EntityKind } from '../schema/primitives';
import type { AtlasIndex } from './atlas-index';

/** The entity with this id, following `movedTo` redirects; undefined when there is none. */
export function getEntity(index: AtlasIndex, id: string): AnyEntity | undefined {
  let entity = index.byId.get(id);
  for (let hops = 0; entity && 'movedTo' in entity && entity.movedTo && hops < 8; hops++) {
    entity = index.byId.get(entity.movedTo);
  }
  return entity;
}

/** The entity with this id if it is of `kind`. */
export function getEntityOfKind<K extends EntityKind>(
  index: AtlasIndex,
  id: string,
  kind: K,
): (EntityOfKind[K] & { kind: K }) | undefined {
  const entity = getEntity(index, id);
  return entity?.kind === kind ? (entity as unknown as EntityOfKind[K] & { kind: K }) : undefined;
}
