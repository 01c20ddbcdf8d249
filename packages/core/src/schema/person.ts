import { z } from 'zod';
import { NamedEntity } from './named-entity';
import { entityRef, PartialDate, SourceRefs } from './primitives';

export const PersonRole = z.strictObject({
  title: z.string().min(1),
  organization: entityRef('organization'),
  from: PartialDate.optional(),
  to: PartialDate.optional(),
  sources: SourceRefs,
});

export const Person = NamedEntity.extend({
  roles: z.array(PersonRole).min(1, { error: 'expected at least one role' }),
});
export type Person = z.infer<typeof Person>;
