import { z } from 'zod';

/** How an ambiguous name is resolved: one of these words must stand within `window` characters. */
export const AmbiguityRule = z.strictObject({
  near: z.array(z.string().min(1)).min(1, { error: 'expected at least one word that resolves the name' }),
  window: z.number().int().positive().max(1000).optional(),
  reason: z.string().min(1, { error: 'expected a reason: what else the name can mean' }),
});
export type AmbiguityRule = z.infer<typeof AmbiguityRule>;

export const AliasObject = z.strictObject({
  text: z.string().min(1),
  /** Match letter case exactly ("Ascend", never the verb "ascend"). Default: case-insensitive. */
  caseSensitive: z.boolean().optional(),
  /** `flexible` (default): a space or hyphen in the alias also matches a space, a hyphen or nothing. */
  spacing: z.enum(['flexible', 'exact']).optional(),
  lang: z.enum(['en', 'zh']).optional(),
  ambiguous: AmbiguityRule.optional(),
});
export type AliasObject = z.infer<typeof AliasObject>;

/** A name people write. A bare string is a case-insensitive alias with flexible spacing. */
export const Alias = z.union([z.string().min(1), AliasObject]);
export type Alias = z.infer<typeof Alias>;

export function normalizeAlias(alias: Alias): AliasObject {
  return typeof alias === 'string' ? { text: alias } : alias;
}
