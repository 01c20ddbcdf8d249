import type { Mention } from '@aichips/core';
import type { TextDocument } from 'vscode';

const CONTEXT = 30;

/** The line around a mention, trimmed to a short snippet with the mention kept whole. */
export function occurrenceSnippet(document: TextDocument, mention: Mention): { line: number; snippet: string } {
  const position = document.positionAt(mention.start);
  const text = document.lineAt(position.line).text;
  const from = Math.max(0, position.character - CONTEXT);
  const to = Math.min(text.length, position.character + (mention.end - mention.start) + CONTEXT);
  const snippet = `${from > 0 ? '…' : ''}${text.slice(from, to).trim()}${to < text.length ? '…' : ''}`;
  return { line: position.line, snippet: snippet.replace(/\s+/g, ' ') };
}
