import type { AnyEntity, Mention } from '@aichips/core';
import type { Atlas } from '@aichips/sdk';
import { entityName, MENTION_KINDS, type MentionKind } from '../entity-label';

export interface EntityMentions {
  entity: AnyEntity;
  mentions: Mention[];
}

export interface KindGroup {
  kind: MentionKind;
  entities: EntityMentions[];
  mentionCount: number;
}

/** Mentions grouped by kind, then entity: kinds in a fixed order, entities by count, then name. */
export function groupMentions(atlas: Atlas, mentions: readonly Mention[]): KindGroup[] {
  const byEntity = new Map<string, EntityMentions>();
  for (const mention of mentions) {
    let group = byEntity.get(mention.id);
    if (!group) {
      const entity = atlas.get(mention.id);
      if (!entity) continue;
      group = { entity, mentions: [] };
      byEntity.set(mention.id, group);
    }
    group.mentions.push(mention);
  }
  return MENTION_KINDS.flatMap((kind) => {
    const entities = [...byEntity.values()]
      .filter((group) => group.entity.kind === kind)
      .sort(
        (a, b) => b.mentions.length - a.mentions.length || entityName(a.entity).localeCompare(entityName(b.entity)),
      );
    const mentionCount = entities.reduce((sum, group) => sum + group.mentions.length, 0);
    return entities.length > 0 ? [{ kind, entities, mentionCount }] : [];
  });
}
