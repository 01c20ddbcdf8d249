import type { AnyEntity, Source } from '@aichips/core';
import type { Atlas } from '../bind-atlas';
import { escapeText, safeHttpsUrl } from '../cards/escape';

export interface Citation {
  /** `[^aichips-h20]`, placed right after the mention. */
  reference: string;
  /** `[^aichips-h20]: Publisher, “Title”, 2024-05. <https://…>` */
  definition: string;
}

/** What a footnote needs of a source: a dataset `Source`, or a fact-check finding's source record. */
export type CitedSource = Pick<Source, 'publisher' | 'title' | 'url' | 'published' | 'type'>;

// Text from the dataset goes into the writer's Markdown: nothing in it may form a link, tag or emphasis.
const inline = (text: string) =>
  escapeText(text)
    .replace(/\s+/g, ' ')
    .replace(/[\\[\]<>*_`]/g, (c) => `\\${c}`);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The first primary source with an https URL, else the first source with one. */
export function choosePrimarySource<T extends CitedSource>(sources: readonly T[]): T | undefined {
  const linked = sources.filter((source) => safeHttpsUrl(source.url) !== undefined);
  return linked.find((source) => source.type === 'primary') ?? linked[0];
}

/** A Markdown footnote `[^aichips-<label>]` citing one source; undefined unless its URL is https. */
export function citeSource(source: CitedSource, label: string): Citation | undefined {
  const url = safeHttpsUrl(source.url);
  if (!url) return undefined;
  const reference = `[^aichips-${label}]`;
  return {
    reference,
    definition: `${reference}: ${inline(source.publisher)}, “${inline(source.title)}”, ${inline(source.published)}. <${url}>`,
  };
}

/** A Markdown footnote citing the entity's first primary source (else its first source with an https URL). */
export function buildCitation(atlas: Atlas, entity: AnyEntity): Citation | undefined {
  const ids = entity.kind === 'source' ? [entity.id] : entity.sources;
  const sources = ids.flatMap((id) => {
    const source = atlas.get(id);
    return source?.kind === 'source' ? [source] : [];
  });
  const chosen = choosePrimarySource(sources);
  return chosen && citeSource(chosen, entity.id);
}

/** What goes before a new footnote at the end of `text`: a blank line, unless footnotes already end it. */
export function separatorBefore(text: string): string {
  if (text.length === 0) return '';
  const lastLine = text.trimEnd().split('\n').pop() ?? '';
  if (/^\[\^[^\]]+\]:/.test(lastLine)) return text.endsWith('\n') ? '' : '\n';
  return text.endsWith('\n\n') ? '' : text.endsWith('\n') ? '\n' : '\n\n';
}

/**
 * The inserts (offsets in `text`) that cite with a footnote after `at`: the reference there and the definition
 * at the end, leaving out what is already in place. Empty when the text already cites it there.
 */
export function listFootnoteInserts(text: string, at: number, citation: Citation): { at: number; text: string }[] {
  const inserts: { at: number; text: string }[] = [];
  if (!text.startsWith(citation.reference, at)) inserts.push({ at, text: citation.reference });
  if (new RegExp(`^${escapeRegExp(citation.reference)}:`, 'm').test(text)) return inserts;
  const definition = `${separatorBefore(text)}${citation.definition}\n`;
  const last = inserts.at(-1);
  // A name at the very end: one insert, so no editor can put the definition before the reference.
  if (last?.at === text.length) last.text += definition;
  else inserts.push({ at: text.length, text: definition });
  return inserts;
}
