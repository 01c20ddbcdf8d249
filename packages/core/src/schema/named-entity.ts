import { z } from 'zod';
import { Alias } from './alias';
import { EntityId, SourceRefs } from './primitives';

/** Fields every named entity shares: its id, the names people write, our own summary, sources. */
export const NamedEntity = z.strictObject({
  $schema: z.string().optional(),
  id: EntityId,
  name: z.string().min(1),
  /** The name in Chinese, where one is used. */
  nameZh: z.string().min(1).optional(),
  aliases: z.array(Alias).default([]),
  /** Our own words, never a source's sentences. */
  summary: z.string().min(1),
  sources: SourceRefs,
  /** Set on an id that was renamed: the id it moved to. The entity is kept only as a redirect. */
  movedTo: EntityId.optional(),
});
