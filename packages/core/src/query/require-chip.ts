import { AtlasError } from '../errors';
import type { Chip } from '../schema/chip';
import type { AtlasIndex } from './atlas-index';
import { findByName } from './find-by-name';
import { getEntity } from './get-entity';

/** A chip by id or by any of its names; throws an AtlasError naming what was asked for. */
export function requireChip(index: AtlasIndex, idOrName: string): Chip {
  const byId = getEntity(index, idOrName);
  if (byId?.kind === 'chip') return byId;
  const found = findByName(index, idOrName, { kind: 'chip' });
  if (found.match === 'unique') return found.entity as Chip;
  if (found.match === 'ambiguous') {
    const ids = found.candidates.map((candidate) => candidate.id).join(', ');
    throw new AtlasError('AMBIGUOUS_NAME', `"${idOrName}" names several chips: ${ids}`);
  }
  const hint = found.suggestions.length > 0 ? `; did you mean ${found.suggestions.join(', ')}?` : '';
  throw new AtlasError('UNKNOWN_ENTITY', `no chip named "${idOrName}"${hint}`);
}
