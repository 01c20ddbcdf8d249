import type { AnyEntity, Source } from '@aichips/core';
import { type Atlas, escapeText, safeHttpsUrl } from '@aichips/sdk';

export interface Citation {
  /** `[^aichips-h20]`, placed right after the mention. */
  reference: string;
  /** `[^aichips-h20]: Publisher, “Title”, 2024-05. <https://…>` */
  definition: string;
}

// Text from the dataset goes into the writer's Markdown: nothing in it may form a link, tag or emphasis.
const inline = (text: string) =>
  escapeText(text)
    .replace(/\s+/g, ' ')
    .replace(/[\\[\]<>*_`]/g, (c) => `\\${c}`);

function sourcesOf(atlas: Atlas, entity: AnyEntity): { source: Source; url: string }[] {
  const ids = entity.kind === 'source' ? [entity.id] : entity.sources;
  return ids.flatMap((id) => {
    const source = atlas.get(id);
    const url = source?.kind === 'source' ? safeHttpsUrl(source.url) : undefined;
    return source?.kind === 'source' && url ? [{ source, url }] : [];
  });
}

/** A Markdown footnote citing the entity's first primary source (else its first source with an https URL). */
export function buildCitation(atlas: Atlas, entity: AnyEntity): Citation | undefined {
  const sources = sourcesOf(atlas, entity);
  const chosen = sources.find((entry) => entry.source.type === 'primary') ?? sources[0];
  if (!chosen) return undefined;
  const label = `^aichips-${entity.id}`;
  const { source, url } = chosen;
  return {
    reference: `[${label}]`,
    definition: `[${label}]: ${inline(source.publisher)}, “${inline(source.title)}”, ${inline(source.published)}. <${url}>`,
  };
}

/** What goes before a new footnote at the end of `text`: a blank line, unless footnotes already end it. */
export function separatorBefore(text: string): string {
  if (text.length === 0) return '';
  const lastLine = text.trimEnd().split('\n').pop() ?? '';
  if (/^\[\^[^\]]+\]:/.test(lastLine)) return text.endsWith('\n') ? '' : '\n';
  return text.endsWith('\n\n') ? '' : text.endsWith('\n') ? '\n' : '\n\n';
}
