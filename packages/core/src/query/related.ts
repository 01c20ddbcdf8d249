import type { AnyEntity } from '../schema/entity';
import type { AtlasIndex } from './atlas-index';
import { getEntity } from './get-entity';
import { timeline } from './timeline';

export type Relation =
  | 'vendor'
  | 'chip'
  | 'family'
  | 'foundry'
  | 'fabricates'
  | 'parent'
  | 'subsidiary'
  | 'variant-of'
  | 'variant'
  | 'designed-around'
  | 'trained-or-served-on'
  | 'model'
  | 'developer'
  | 'developed'
  | 'person'
  | 'employer'
  | 'issuer'
  | 'issued'
  | 'event';

export interface RelatedEntity {
  relation: Relation;
  entity: AnyEntity;
}

/** Everything an entity is linked to, both ways: vendor ↔ chips, foundry, parent ↔ subsidiaries, model ↔ chips, events. */
export function related(index: AtlasIndex, entityId: string): RelatedEntity[] {
  const self = getEntity(index, entityId);
  if (!self) return [];
  const out: RelatedEntity[] = [];
  const add = (relation: Relation, id: string | undefined) => {
    const entity = id === undefined ? undefined : getEntity(index, id);
    if (entity && entity.id !== self.id && !out.some((r) => r.relation === relation && r.entity.id === entity.id)) {
      out.push({ relation, entity });
    }
  };
  const { dataset } = index;
  switch (self.kind) {
    case 'chip':
      add('vendor', self.vendor);
      add('family', self.family);
      add('foundry', self.process?.foundry);
      add('variant-of', self.variantOf);
      add('designed-around', self.designedAround);
      for (const chip of dataset.chips) if (chip.variantOf === self.id) add('variant', chip.id);
      for (const model of dataset.models) if (model.hardware.some((h) => h.chip === self.id)) add('model', model.id);
      break;
    case 'organization':
      add('parent', self.parent);
      for (const org of dataset.organizations) if (org.parent === self.id) add('subsidiary', org.id);
      for (const chip of dataset.chips) {
        if (chip.vendor === self.id) add('chip', chip.id);
        if (chip.process?.foundry === self.id) add('fabricates', chip.id);
      }
      for (const family of dataset.families) if (family.vendor === self.id) add('family', family.id);
      for (const model of dataset.models) if (model.developer === self.id) add('developed', model.id);
      for (const person of dataset.people)
        if (person.roles.some((r) => r.organization === self.id)) add('person', person.id);
      for (const regulation of dataset.regulations) if (regulation.issuer === self.id) add('issued', regulation.id);
      break;
    case 'family':
      add('vendor', self.vendor);
      for (const chip of dataset.chips) if (chip.family === self.id) add('chip', chip.id);
      break;
    case 'model':
      add('developer', self.developer);
      for (const hardware of self.hardware) add('trained-or-served-on', hardware.chip);
      break;
    case 'person':
      for (const role of self.roles) add('employer', role.organization);
      break;
    case 'regulation':
      add('issuer', self.issuer);
      for (const chip of dataset.chips) if (chip.designedAround === self.id) add('chip', chip.id);
      break;
    default:
      break;
  }
  for (const event of timeline(index, self.id)) add('event', event.id);
  return out;
}
