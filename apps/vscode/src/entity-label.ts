import type { AnyEntity } from '@aichips/core';

/** The name an entity goes by (events and sources have titles). */
export function entityName(entity: AnyEntity): string {
  return 'name' in entity ? entity.name : entity.title;
}

/** The name, with the Chinese one after it when it exists and the writer wants it. */
export function entityLabel(entity: AnyEntity, showChineseNames: boolean): string {
  const zh = 'nameZh' in entity && showChineseNames ? entity.nameZh : undefined;
  return zh ? `${entityName(entity)} (${zh})` : entityName(entity);
}

/** The entity as cards should render it: without its Chinese name when the writer turned those off. */
export function entityForCard(entity: AnyEntity, showChineseNames: boolean): AnyEntity {
  return !showChineseNames && 'nameZh' in entity && entity.nameZh ? { ...entity, nameZh: undefined } : entity;
}

export const KIND_TITLES = {
  chip: 'Chips',
  family: 'Chip families',
  organization: 'Organizations',
  person: 'People',
  model: 'AI models',
  regulation: 'Regulations',
} as const;

export type MentionKind = keyof typeof KIND_TITLES;
export const MENTION_KINDS = Object.keys(KIND_TITLES) as MentionKind[];
