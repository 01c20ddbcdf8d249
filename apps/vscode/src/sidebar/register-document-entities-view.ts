import { type Disposable, type TextEditor, window } from 'vscode';
import type { AtlasStore } from '../atlas/atlas-store';
import { VIEWS } from '../contribution-ids';
import { describeLimit } from '../scanning/describe-limit';
import type { DisabledFiles } from '../scanning/disabled-files';
import type { DocumentScans } from '../scanning/document-scans';
import type { SettingsStore } from '../settings/settings-store';
import { DocumentEntitiesProvider } from './document-entities-provider';

export interface DocumentEntitiesDeps {
  scans: DocumentScans;
  atlasStore: AtlasStore;
  settings: SettingsStore;
  disabledFiles: DisabledFiles;
}

const fileName = (path: string) => path.split('/').pop() ?? '';

/** The "In this document" view: follows the active editor and its scan as the writer types. */
export function registerDocumentEntitiesView(deps: DocumentEntitiesDeps): Disposable {
  const provider = new DocumentEntitiesProvider(deps);
  const view = window.createTreeView(VIEWS.documentEntities, { treeDataProvider: provider, showCollapseAll: true });

  const describe = () => {
    const editor = window.activeTextEditor;
    const document = provider.document;
    view.description = document ? fileName(document.uri.path) : undefined;
    const scan = document ? deps.scans.get(document) : undefined;
    view.message =
      editor && deps.disabledFiles.has(editor.document.uri)
        ? 'AI Chips is off for this file ("Enable for this file" turns it back on).'
        : scan?.limit
          ? `Scanning limited. ${describeLimit(scan.limit)}`
          : scan && scan.mentions.length === 0
            ? 'No AI chips, organizations, people or models mentioned yet.'
            : undefined;
  };
  // Without an active text editor (focus in a panel) the last document stays on show.
  const follow = (editor: TextEditor | undefined) => {
    if (editor) provider.setDocument(deps.scans.isScanned(editor.document) ? editor.document : undefined);
    else provider.refresh();
    describe();
  };
  // Like the decorations, the first scan waits until activate() has returned.
  const first = setTimeout(() => follow(window.activeTextEditor), 0);

  const subscriptions: Disposable[] = [
    window.onDidChangeActiveTextEditor(follow),
    deps.scans.onDidChange((document) => {
      if (document === provider.document && document.isClosed) provider.setDocument(undefined);
      if (document !== provider.document && document !== window.activeTextEditor?.document) return;
      follow(window.activeTextEditor);
    }),
    deps.settings.onDidChange((changed) => {
      if (changed.has('showChineseNames')) provider.refresh();
    }),
  ];
  return {
    dispose() {
      clearTimeout(first);
      for (const subscription of subscriptions) subscription.dispose();
      view.dispose();
      provider.dispose();
    },
  };
}
