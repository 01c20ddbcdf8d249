import type { AnyEntity } from '@aichips/core';
import type { Atlas } from '../../bind-atlas';
import { SdkError } from '../../sdk-error';

/** An entity by id or name; unknown → closest names suggested, ambiguous → the candidates listed. */
export function resolveEntity<K extends AnyEntity['kind']>(
  atlas: Atlas,
  name: string,
  kind: K,
): Extract<AnyEntity, { kind: K }>;
export function resolveEntity(atlas: Atlas, name: string): AnyEntity;
export function resolveEntity(atlas: Atlas, name: string, kind?: AnyEntity['kind']): AnyEntity {
  const byId = atlas.get(name);
  if (byId && (!kind || byId.kind === kind)) return byId;
  const found = atlas.findByName(name);
  const matching = found.match === 'unique' ? [found.entity] : found.match === 'ambiguous' ? found.candidates : [];
  const ofKind = kind ? matching.filter((entity) => entity.kind === kind) : matching;
  if (ofKind.length === 1) return ofKind[0] as AnyEntity;
  if (ofKind.length > 1) {
    const list = ofKind.map(
      (entity) => `  ${entity.id} (${entity.kind}): ${'name' in entity ? entity.name : entity.title}`,
    );
    throw new SdkError('AMBIGUOUS_NAME', `"${name}" is ambiguous; it can mean:\n${list.join('\n')}`);
  }
  const suggestions = found.match === 'none' ? found.suggestions : [];
  const hint = suggestions.length > 0 ? `\ndid you mean: ${suggestions.join(', ')}?` : '';
  throw new SdkError('UNKNOWN_ENTITY', `no ${kind ?? 'entity'} named "${name}"${hint}`);
}
