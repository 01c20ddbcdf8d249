import { z } from 'zod';
import { NamedEntity } from './named-entity';
import { CountryCode, entityRef, PartialDate, SourceRefs } from './primitives';

export const OrganizationRole = z.enum([
  'chip-designer',
  'foundry',
  'memory-maker',
  'equipment-maker',
  'server-maker',
  'cloud-provider',
  'chip-buyer',
  'ai-lab',
  'internet-platform',
  'government-agency',
  'regulator',
  'investor',
]);

export const EntityListing = z.strictObject({
  /** The date the listing took effect or was published, as the source states. */
  added: PartialDate,
  removed: PartialDate.optional(),
  note: z.string().optional(),
  sources: SourceRefs,
});

export const Organization = NamedEntity.extend({
  country: CountryCode,
  roles: z.array(OrganizationRole).min(1, { error: 'expected at least one role' }),
  parent: entityRef('organization').optional(),
  founded: PartialDate.optional(),
  website: z.url({ protocol: /^https$/ }).optional(),
  /** US Entity List designations, oldest first. */
  entityList: z.array(EntityListing).optional(),
});
export type Organization = z.infer<typeof Organization>;
