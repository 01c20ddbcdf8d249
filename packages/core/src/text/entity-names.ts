import type { Alias } from '../schema/alias';
import { type AliasObject, normalizeAlias } from '../schema/alias';
import { nameKey } from './fold';

interface Named {
  name: string;
  nameZh?: string | undefined;
  aliases: Alias[];
}

/**
 * Every name an entity can be written as: its aliases, then its name and Chinese name unless an alias
 * already covers them (an alias may carry case or ambiguity rules the bare name lacks).
 */
export function listEntityNames(entity: Named): AliasObject[] {
  const names = entity.aliases.map(normalizeAlias);
  const covered = new Set(names.map((alias) => nameKey(alias.text)));
  for (const [text, lang] of [
    [entity.name, undefined],
    [entity.nameZh, 'zh'],
  ] as const) {
    if (text === undefined || covered.has(nameKey(text))) continue;
    covered.add(nameKey(text));
    names.push(lang ? { text, lang } : { text });
  }
  return names;
}
