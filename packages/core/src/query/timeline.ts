import type { Event } from '../schema/event';
import type { AtlasIndex } from './atlas-index';
import { getEntity } from './get-entity';

/** Events an entity took part in (all events when no id is given), oldest first; ties by id. */
export function timeline(index: AtlasIndex, entityId?: string): Event[] {
  const id = entityId === undefined ? undefined : (getEntity(index, entityId)?.id ?? entityId);
  return index.dataset.events
    .filter((event) => id === undefined || event.participants.includes(id) || event.regulation === id)
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}
