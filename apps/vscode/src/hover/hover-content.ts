import type { Mention } from '@aichips/core';
import { type Atlas, escapeMarkdown, renderCandidates } from '@aichips/sdk';
import { MarkdownString } from 'vscode';
import { COMMANDS } from '../contribution-ids';
import { entityForCard } from '../entity-label';
import type { AmbiguousName } from './find-ambiguous-name';

/**
 * Markdown the editor renders without HTML, trusted for one command of ours only: the card escapes every
 * data string, so neither the dataset nor the document can add a link, tag or command.
 */
function untrustedMarkdown(value: string): MarkdownString {
  const markdown = new MarkdownString(value, false);
  markdown.supportHtml = false;
  markdown.isTrusted = { enabledCommands: [COMMANDS.showDetails] };
  return markdown;
}

const showDetailsLink = (id: string) =>
  `[Show details](command:${COMMANDS.showDetails}?${encodeURIComponent(JSON.stringify([id]))} "Full card and charts")`;

/** The card of the mentioned entity, or nothing if the dataset no longer has it. */
export function createMentionHover(
  atlas: Atlas,
  mention: Mention,
  showChineseNames: boolean,
): MarkdownString | undefined {
  const entity = atlas.get(mention.id);
  if (!entity) return undefined;
  const card = atlas.renderCard(entityForCard(entity, showChineseNames), { format: 'markdown' });
  return untrustedMarkdown(`${card}\n\n${showDetailsLink(entity.id)}`);
}

/** The candidates of an ambiguous name, and why the name alone does not settle it. */
export function createAmbiguousHover(ambiguous: AmbiguousName): MarkdownString {
  const reason = ambiguous.reason ? `\n\n*Not underlined: ${escapeMarkdown(ambiguous.reason)}*` : '';
  return untrustedMarkdown(renderCandidates(ambiguous.name, ambiguous.candidates, 'markdown') + reason);
}
