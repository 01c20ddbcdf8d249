import type { Mention } from '@aichips/core';
import type { TextDocument } from 'vscode';

const CONTEXT = 30;
const isSpace = (char: string | undefined) => char === undefined || /\s/.test(char);

/** The line around a mention, cut at whole words, with the mention kept whole. */
export function occurrenceSnippet(document: TextDocument, mention: Mention): { line: number; snippet: string } {
  const position = document.positionAt(mention.start);
  const text = document.lineAt(position.line).text;
  const mentionEnd = position.character + (mention.end - mention.start);
  let from = Math.max(0, position.character - CONTEXT);
  let to = Math.min(text.length, mentionEnd + CONTEXT);
  while (from > 0 && from < position.character && !isSpace(text[from - 1])) from++;
  while (to < text.length && to > mentionEnd && !isSpace(text[to])) to--;
  const snippet = `${from > 0 ? '…' : ''}${text.slice(from, to).trim()}${to < text.length ? '…' : ''}`;
  return { line: position.line, snippet: snippet.replace(/\s+/g, ' ') };
}
