import { z } from 'zod';
import { Dataset } from './dataset';
import { ENTITY_SCHEMAS } from './entity';
import type { EntityKind } from './primitives';

/** JSON Schema for one kind's files, generated from the zod schema (refinements are not expressible). */
export function entityJsonSchema(kind: EntityKind): Record<string, unknown> {
  return z.toJSONSchema(ENTITY_SCHEMAS[kind], { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}

/** JSON Schema for a whole dataset release (`data.json`). */
export function datasetJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Dataset, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}
