import { z } from 'zod';
import { EntityId, PartialDate } from './primitives';

export const SourceType = z.enum(['primary', 'press', 'analysis', 'aggregator']);
export type SourceType = z.infer<typeof SourceType>;

/** A public document we cite. Primary: vendor, regulator, filing. Aggregators alone mean low confidence. */
export const Source = z.strictObject({
  $schema: z.string().optional(),
  id: EntityId,
  publisher: z.string().min(1),
  title: z.string().min(1),
  url: z.url({ protocol: /^https$/, error: 'expected an https URL' }),
  published: PartialDate,
  accessed: PartialDate,
  type: SourceType,
  language: z.enum(['en', 'zh', 'ja', 'ko', 'de', 'fr']).optional(),
});
export type Source = z.infer<typeof Source>;
