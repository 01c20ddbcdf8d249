import { buildCitation, listFootnoteInserts } from '@aichips/sdk';
import { commands, type Disposable, window } from 'vscode';
import type { AtlasStore } from '../atlas/atlas-store';
import { COMMANDS } from '../contribution-ids';
import type { DocumentScans } from '../scanning/document-scans';
import { findMentionUnderCursor } from './mention-under-cursor';

/**
 * "Insert citation": a footnote reference after the mention under the cursor and its definition (with
 * the source URL) at the end — one edit, so one undo removes both. The only command that edits a document.
 */
export function registerInsertCitation(deps: { atlasStore: AtlasStore; scans: DocumentScans }): Disposable {
  return commands.registerCommand(COMMANDS.insertCitation, async () => {
    const editor = window.activeTextEditor;
    const mention = findMentionUnderCursor(deps.scans, editor);
    if (!editor || !mention) {
      void window.showInformationMessage(
        'AI Chips: put the cursor on a chip, organization, person or model name to cite it.',
      );
      return;
    }
    const entity = deps.atlasStore.atlas.get(mention.id);
    const citation = entity && buildCitation(deps.atlasStore.atlas, entity);
    if (!citation) {
      void window.showInformationMessage(`AI Chips: the dataset has no source with a link for "${mention.text}".`);
      return;
    }
    const { document } = editor;
    const inserts = listFootnoteInserts(document.getText(), mention.end, citation);
    if (inserts.length === 0) {
      void window.showInformationMessage(`AI Chips: "${mention.text}" is already cited here.`);
      return;
    }
    const applied = await editor.edit((builder) => {
      for (const insert of inserts) builder.insert(document.positionAt(insert.at), insert.text);
    });
    if (!applied)
      void window.showWarningMessage('AI Chips: the citation could not be inserted (the document changed).');
  });
}
