import type { z } from 'zod';
import { NamedEntity } from './named-entity';
import { entityRef } from './primitives';

/** A product line (Ascend, Instinct, Siyuan/MLU, Gaudi): what writers name when no model is given. */
export const Family = NamedEntity.extend({
  vendor: entityRef('organization'),
});
export type Family = z.infer<typeof Family>;
