import { renderFactAnnotations } from './_fact-annotations';
import type { CardModel } from './card-model';
import { escapeText as text } from './escape';

const refs = (numbers: number[]) => (numbers.length ? ` ${numbers.map((n) => `[${n}]`).join('')}` : '');

/** Plain text for terminals: aligned facts, numbered sources with their URLs, no control characters. */
export function formatTextCard(card: CardModel): string {
  const lines: string[] = [];
  lines.push(`${text(card.title)}${card.titleZh ? ` ${text(card.titleZh)}` : ''} — ${text(card.kindLabel)}`);
  if (card.subtitle.length) lines.push(card.subtitle.map(text).join(' · '));
  if (card.summary) lines.push('', text(card.summary));
  if (card.facts.length) {
    const width = Math.max(...card.facts.map((fact) => text(fact.label).length));
    lines.push('');
    for (const fact of card.facts) {
      const notes = renderFactAnnotations(fact, text, refs);
      lines.push(
        `  ${text(fact.label).padEnd(width)}  ${text(fact.value)}${refs(fact.sourceNumbers)}${notes ? ` (${notes})` : ''}`,
      );
    }
  }
  if (card.exportControl.length) {
    lines.push('', 'Export control');
    for (const line of card.exportControl) {
      lines.push(`  ${text(line.rule)}: ${text(line.classification)} — ${text(line.reason)}`);
      if (line.readings) lines.push(`    ${text(line.readings)}`);
    }
    if (card.disclaimer) lines.push(`  ${text(card.disclaimer)}`);
  }
  if (card.events.length) {
    lines.push('', 'Latest events');
    for (const event of card.events) lines.push(`  ${text(event.date)}  ${text(event.title)}`);
  }
  if (card.sources.length) {
    lines.push('', 'Sources');
    for (const source of card.sources) {
      lines.push(
        `  [${source.number}] ${text(source.publisher)}: ${text(source.title)} (${text(source.date)}) ${text(source.url)}`,
      );
    }
  }
  lines.push('', text(card.footer));
  return lines.join('\n');
}
