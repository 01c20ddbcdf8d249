import type { z } from 'zod';
import { type EntityKind, referenceRegistry } from '../schema/primitives';

export interface Reference {
  /** Dotted path inside the entity, e.g. `memory.capacity.sources.0`. */
  path: string;
  refersTo: EntityKind | 'any';
  id: string;
}

type Def = { type: string; [key: string]: unknown };

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/**
 * Every id an entity refers to, found by walking the entity alongside its schema: a field built with
 * `entityRef(kind)` is a reference. The schema is the one place that says what points where.
 */
export function collectReferences(schema: z.ZodType, value: unknown, path: string[] = []): Reference[] {
  const refersTo = referenceRegistry.get(schema)?.refersTo;
  if (refersTo && typeof value === 'string') return [{ path: path.join('.'), refersTo, id: value }];

  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
      return value === undefined ? [] : collectReferences(def.innerType as z.ZodType, value, path);
    case 'array':
      return Array.isArray(value)
        ? value.flatMap((item, index) => collectReferences(def.element as z.ZodType, item, [...path, String(index)]))
        : [];
    case 'object': {
      if (value === null || typeof value !== 'object') return [];
      const shape = def.shape as Record<string, z.ZodType>;
      return Object.entries(shape).flatMap(([key, field]) =>
        collectReferences(field, (value as Record<string, unknown>)[key], [...path, key]),
      );
    }
    case 'union': {
      const option = (def.options as z.ZodType[]).find((candidate) => candidate.safeParse(value).success);
      return option ? collectReferences(option, value, path) : [];
    }
    case 'pipe':
      return collectReferences(def.in as z.ZodType, value, path);
    default:
      return [];
  }
}
