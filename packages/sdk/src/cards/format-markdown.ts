import { renderFactAnnotations } from './_fact-annotations';
import type { CardModel } from './card-model';
import { escapeMarkdown as md, safeHttpsUrl } from './escape';

const refs = (numbers: number[]) => (numbers.length ? ` ${numbers.map((n) => `[${n}]`).join('')}` : '');

/** Markdown for hovers and docs. Only the links to sources are links; everything from data is escaped. */
export function formatMarkdownCard(card: CardModel): string {
  const lines: string[] = [];
  lines.push(`**${md(card.title)}**${card.titleZh ? ` ${md(card.titleZh)}` : ''} · *${md(card.kindLabel)}*`);
  if (card.subtitle.length) lines.push('', card.subtitle.map(md).join(' · '));
  if (card.summary) lines.push('', md(card.summary));
  if (card.facts.length) {
    lines.push('', '| | |', '|---|---|');
    for (const fact of card.facts) {
      const notes = renderFactAnnotations(fact, md, refs);
      lines.push(`| ${md(fact.label)} | ${md(fact.value)}${refs(fact.sourceNumbers)}${notes ? ` (${notes})` : ''} |`);
    }
  }
  if (card.exportControl.length) {
    lines.push('', '**Export control**', '');
    for (const line of card.exportControl) {
      const readings = line.readings ? ` *(${md(line.readings)})*` : '';
      lines.push(`- ${md(line.rule)}: **${md(line.classification)}** — ${md(line.reason)}${readings}`);
    }
    if (card.disclaimer) lines.push('', `*${md(card.disclaimer)}*`);
  }
  if (card.events.length) {
    lines.push('', '**Latest events**', '');
    for (const event of card.events) lines.push(`- ${md(event.date)}: ${md(event.title)}`);
  }
  if (card.sources.length) {
    lines.push('', '**Sources**', '');
    for (const source of card.sources) {
      const url = safeHttpsUrl(source.url);
      const label = `${md(source.publisher)}: ${md(source.title)}`;
      lines.push(`${source.number}. ${url ? `[${label}](${url})` : label} (${md(source.date)})`);
    }
  }
  lines.push('', `*${md(card.footer)}*`);
  return lines.join('\n');
}
