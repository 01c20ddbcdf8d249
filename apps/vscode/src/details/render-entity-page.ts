import type { AnyEntity } from '@aichips/core';
import type { Atlas } from '@aichips/sdk';
import { entityForCard } from '../entity-label';
import { renderPlaneSection } from './render-plane-section';

/** The body of "Show details": the full HTML card, and for chips and vendors the 3A090 plane. */
export function renderEntityBody(atlas: Atlas, entity: AnyEntity, showChineseNames: boolean): string {
  const card = atlas.renderCard(entityForCard(entity, showChineseNames), { format: 'html', latestEvents: 10 });
  const chips = atlas.dataset.chips;
  const highlighted =
    entity.kind === 'chip'
      ? [entity.id]
      : entity.kind === 'organization' || entity.kind === 'family'
        ? chips.filter((chip) => chip.vendor === entity.id || chip.family === entity.id).map((chip) => chip.id)
        : [];
  return highlighted.length > 0 ? `${card}\n${renderPlaneSection(chips, new Set(highlighted))}` : card;
}
