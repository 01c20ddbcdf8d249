import { z } from 'zod';
import { NamedEntity } from './named-entity';
import { entityRef, PartialDate } from './primitives';

export const EventType = z.enum([
  'rule-published',
  'rule-effective',
  'rule-rescinded',
  'licence-requirement',
  'entity-list-addition',
  'investigation',
  'summons',
  'guidance',
  'statement',
  'product-launch',
  'product-announcement',
  'model-launch',
  'model-delay',
  'order-cancellation',
  'agreement',
  'corporate',
]);

/** Something that happened on a date. `dateKind` says which moment the date marks. */
export const Event = NamedEntity.extend({
  date: PartialDate,
  dateKind: z.enum(['occurred', 'announced', 'reported', 'published', 'effective']),
  type: EventType,
  participants: z.array(entityRef('any')).min(1, { error: 'expected at least one participant id' }),
  regulation: entityRef('regulation').optional(),
});
export type Event = z.infer<typeof Event>;
