import type { AnyEntity, AtlasIndex } from '@aichips/core';
import { buildCardModel } from './build-card-model';
import { escapeHtml, escapeMarkdown, escapeText } from './escape';
import { formatHtmlCard } from './format-html';
import { formatMarkdownCard } from './format-markdown';
import { formatTextCard } from './format-text';

export type CardFormat = 'markdown' | 'text' | 'html';

export interface RenderCardOptions {
  format?: CardFormat;
  /** How many of the latest events to show. Default 3. */
  latestEvents?: number;
}

const FORMATTERS = { markdown: formatMarkdownCard, html: formatHtmlCard, text: formatTextCard } as const;

/** The one card renderer the CLI and the VS Code extension share. */
export function renderCard(index: AtlasIndex, entity: AnyEntity, options: RenderCardOptions = {}): string {
  return FORMATTERS[options.format ?? 'markdown'](buildCardModel(index, entity, options));
}

/** What to show for an ambiguous name: the candidates, one line each. */
export function renderCandidates(name: string, candidates: AnyEntity[], format: CardFormat = 'markdown'): string {
  const describe = (entity: AnyEntity) =>
    `${'name' in entity ? entity.name : entity.title} (${entity.kind}, ${entity.id})`;
  if (format === 'html') {
    const items = candidates.map((entity) => `<li>${escapeHtml(describe(entity))}</li>`).join('');
    return `<p>“${escapeHtml(name)}” can mean:</p><ul>${items}</ul>`;
  }
  if (format === 'text')
    return [`"${escapeText(name)}" can mean:`, ...candidates.map((e) => `  ${escapeText(describe(e))}`)].join('\n');
  return [`“${escapeMarkdown(name)}” can mean:`, '', ...candidates.map((e) => `- ${escapeMarkdown(describe(e))}`)].join(
    '\n',
  );
}
