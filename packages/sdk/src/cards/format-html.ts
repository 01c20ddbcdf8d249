import { renderFactAnnotations } from './_fact-annotations';
import type { CardModel } from './card-model';
import { escapeHtml as html, safeHttpsUrl } from './escape';

const refs = (numbers: number[]) => numbers.map((n) => `<sup><a href="#source-${n}">[${n}]</a></sup>`).join('');

/** An HTML fragment (no scripts, no inline styles): every string from data is escaped. */
export function formatHtmlCard(card: CardModel): string {
  const parts: string[] = ['<article class="aichips-card">'];
  parts.push(
    `<header><h2>${html(card.title)}${card.titleZh ? ` <span lang="zh">${html(card.titleZh)}</span>` : ''}</h2>` +
      `<p class="kind">${html(card.kindLabel)}</p>` +
      (card.subtitle.length ? `<p class="subtitle">${card.subtitle.map(html).join(' · ')}</p>` : '') +
      '</header>',
  );
  if (card.summary) parts.push(`<p class="summary">${html(card.summary)}</p>`);
  if (card.facts.length) {
    const rows = card.facts.map((fact) => {
      const notes = renderFactAnnotations(fact, html, refs);
      return (
        `<tr><th scope="row">${html(fact.label)}</th><td>${html(fact.value)}${refs(fact.sourceNumbers)}` +
        `${notes ? ` <small>(${notes})</small>` : ''}</td></tr>`
      );
    });
    parts.push(`<table class="facts">${rows.join('')}</table>`);
  }
  if (card.exportControl.length) {
    const items = card.exportControl.map(
      (line) =>
        `<li>${html(line.rule)}: <strong>${html(line.classification)}</strong> — ${html(line.reason)}` +
        `${line.readings ? ` <small>(${html(line.readings)})</small>` : ''}</li>`,
    );
    parts.push(`<section class="export-control"><h3>Export control</h3><ul>${items.join('')}</ul>`);
    if (card.disclaimer) parts.push(`<p class="disclaimer">${html(card.disclaimer)}</p>`);
    parts.push('</section>');
  }
  if (card.events.length) {
    const items = card.events.map((event) => `<li><time>${html(event.date)}</time> ${html(event.title)}</li>`);
    parts.push(`<section class="events"><h3>Latest events</h3><ul>${items.join('')}</ul></section>`);
  }
  if (card.sources.length) {
    const items = card.sources.map((source) => {
      const url = safeHttpsUrl(source.url);
      const label = `${html(source.publisher)}: ${html(source.title)}`;
      const link = url ? `<a href="${html(url)}" rel="noopener noreferrer">${label}</a>` : label;
      return `<li id="source-${source.number}">${link} (${html(source.date)})</li>`;
    });
    parts.push(`<section class="sources"><h3>Sources</h3><ol>${items.join('')}</ol></section>`);
  }
  parts.push(`<footer>${html(card.footer)}</footer></article>`);
  return parts.join('\n');
}
