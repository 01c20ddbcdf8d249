import type { Mention } from '@aichips/core';
import { findMentionAt } from '@aichips/sdk';
import type { TextEditor } from 'vscode';
import type { DocumentScans } from '../scanning/document-scans';

/** The mention the cursor is on or just after, in the document as it is now. */
export function findMentionUnderCursor(scans: DocumentScans, editor: TextEditor | undefined): Mention | undefined {
  if (!editor) return undefined;
  const scan = scans.getCurrent(editor.document);
  if (!scan) return undefined;
  return findMentionAt(scan.mentions, editor.document.offsetAt(editor.selection.active), { includeEnd: true });
}
