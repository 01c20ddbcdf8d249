import { commands, type Disposable, Selection, TextEditorRevealType, Uri, window, workspace } from 'vscode';
import { COMMANDS } from '../contribution-ids';
import type { DocumentScans } from '../scanning/document-scans';

/**
 * Selects the n-th mention of an entity in a document (clicked in "In this document"). Resolved at click
 * time from the current scan, so offsets that moved since the tree was drawn do not matter.
 */
export function registerRevealOccurrence({ scans }: { scans: DocumentScans }): Disposable {
  return commands.registerCommand(COMMANDS.revealOccurrence, async (uri: string, entityId: string, index: number) => {
    const document =
      workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri) ??
      (await workspace.openTextDocument(Uri.parse(uri)));
    const mentions = scans.getCurrent(document)?.mentions.filter((mention) => mention.id === entityId) ?? [];
    const mention = mentions[Math.min(index, mentions.length - 1)];
    const shown = window.visibleTextEditors.find((editor) => editor.document === document);
    const editor = await window.showTextDocument(document, { viewColumn: shown?.viewColumn, preserveFocus: false });
    if (!mention) return;
    const selection = new Selection(document.positionAt(mention.start), document.positionAt(mention.end));
    editor.selection = selection;
    editor.revealRange(selection, TextEditorRevealType.InCenterIfOutsideViewport);
  });
}
