import { z } from 'zod';
import { NamedEntity } from './named-entity';
import { DatedFact, Evidence, entityRef, SourceRefs } from './primitives';
import { quantity } from './quantity';

export const ModelHardware = z.strictObject({
  chip: entityRef('chip'),
  use: z.enum(['training', 'inference', 'training-attempted']),
  count: quantity('chips').optional(),
  evidence: Evidence.optional(),
  note: z.string().optional(),
  sources: SourceRefs,
});

export const Model = NamedEntity.extend({
  developer: entityRef('organization'),
  status: z.enum(['released', 'announced', 'delayed', 'reported', 'cancelled']),
  released: DatedFact.optional(),
  parameters: quantity('billion parameters').optional(),
  activeParameters: quantity('billion parameters').optional(),
  hardware: z.array(ModelHardware).default([]),
});
export type Model = z.infer<typeof Model>;
