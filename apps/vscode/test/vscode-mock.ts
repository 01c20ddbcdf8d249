// A small in-memory stand-in for the `vscode` module (aliased in vitest.config.ts and by the benchmark).
// It implements what the extension calls; `vscodeMock` lets tests drive the fake editor and read it back.
import { createMockState, type MockState } from './mock/mock-state';
import { createNamespaces } from './mock/namespaces';
import { MockTextDocument } from './mock/text-document';
import { MockTextEditor } from './mock/text-editor';
import {
  type CodeAction,
  type Diagnostic,
  Hover,
  type Position,
  Range,
  type ThemeColor,
  type TreeItem,
  TreeItemCollapsibleState,
  Uri,
} from './mock/values';

let state: MockState = createMockState();
const namespaces = createNamespaces(() => state);

export const { workspace, window, languages, commands } = namespaces;
export {
  CodeAction,
  CodeActionKind,
  ConfigurationTarget,
  Diagnostic,
  DiagnosticRelatedInformation,
  DiagnosticSeverity,
  Disposable,
  EventEmitter,
  Hover,
  Location,
  MarkdownString,
  Position,
  Range,
  Selection,
  StatusBarAlignment,
  TextEditorRevealType,
  ThemeColor,
  ThemeIcon,
  TreeItem,
  TreeItemCollapsibleState,
  Uri,
  ViewColumn,
  WorkspaceEdit,
} from './mock/values';
export { MockTextDocument, MockTextEditor };

export interface RenderedTreeItem {
  id: string | undefined;
  label: string;
  description: string | undefined;
  command: TreeItem['command'];
  children?: RenderedTreeItem[];
}

function createMemento() {
  const values = new Map<string, unknown>();
  return {
    keys: () => [...values.keys()],
    get: <T>(key: string, fallback?: T) => (values.has(key) ? (values.get(key) as T) : fallback),
    update: async (key: string, value: unknown) => {
      values.set(key, value);
    },
  };
}

const editEvent = (document: MockTextDocument, edits: { start: number; end: number; text: string }[]) => {
  const contentChanges = document.applyEdits(edits);
  state.emitters.changeTextDocument.fire({ document, contentChanges, reason: undefined });
};

/** Test controls over the fake editor. */
export const vscodeMock = {
  get state(): MockState {
    return state;
  },
  reset(): void {
    state = createMockState();
  },
  createContext() {
    return {
      subscriptions: [] as { dispose(): unknown }[],
      workspaceState: createMemento(),
      globalState: createMemento(),
      extensionUri: Uri.file('/extension'),
    };
  },
  /** Opens a document and, unless `show` is false, shows it in the active editor. */
  openDocument(
    text: string,
    options: { language?: string; uri?: string; show?: boolean; visibleLines?: [number, number] } = {},
  ): { document: MockTextDocument; editor: MockTextEditor | undefined } {
    const document = new MockTextDocument(text, options.language ?? 'markdown', options.uri);
    state.documents.push(document);
    state.emitters.openTextDocument.fire(document);
    const editor = options.show === false ? undefined : vscodeMock.showDocument(document, options.visibleLines);
    return { document, editor };
  },
  showDocument(document: MockTextDocument, visibleLines?: [number, number]): MockTextEditor {
    const [first, last] = visibleLines ?? [0, Math.min(document.lineCount - 1, 60)];
    const editor = new MockTextEditor(document, [new Range(first, 0, last, 0)], editEvent);
    state.visibleEditors = [...state.visibleEditors, editor];
    state.activeEditor = editor;
    state.emitters.changeVisibleTextEditors.fire(state.visibleEditors);
    state.emitters.changeActiveTextEditor.fire(editor);
    return editor;
  },
  hideEditor(editor: MockTextEditor): void {
    state.visibleEditors = state.visibleEditors.filter((candidate) => candidate !== editor);
    if (state.activeEditor === editor) state.activeEditor = state.visibleEditors.at(-1);
    state.emitters.changeVisibleTextEditors.fire(state.visibleEditors);
    state.emitters.changeActiveTextEditor.fire(state.activeEditor);
  },
  closeDocument(document: MockTextDocument): void {
    for (const editor of state.visibleEditors.filter((candidate) => candidate.document === document))
      vscodeMock.hideEditor(editor);
    document.isClosed = true;
    state.documents = state.documents.filter((candidate) => candidate !== document);
    state.emitters.closeTextDocument.fire(document);
  },
  /** Edits in the offsets of the text before this edit, fired as one change event. */
  edit(document: MockTextDocument, edits: { start: number; end: number; text: string }[]): void {
    editEvent(document, edits);
  },
  setVisibleLines(editor: MockTextEditor, first: number, last: number): void {
    editor.visibleRanges = [new Range(first, 0, last, 0)];
    state.emitters.changeVisibleRanges.fire({ textEditor: editor, visibleRanges: editor.visibleRanges });
  },
  setConfiguration(name: string, value: unknown, level: 'user' | 'workspace' = 'user'): void {
    namespaces.setConfiguration(name, value, level);
  },
  setTrusted(trusted: boolean): void {
    state.trusted = trusted;
    if (trusted) state.emitters.grantWorkspaceTrust.fire();
  },
  answerQuickPick(answer: (items: readonly { label: string; picked?: boolean }[]) => unknown): void {
    state.quickPickAnswers.push(answer);
  },
  /** Runs the live hover providers for the document's language, as the editor would. */
  async hover(document: MockTextDocument, position: Position): Promise<Hover[]> {
    const providers = state.hoverProviders.filter(
      (record) => !record.disposed && record.selector.some((filter) => filter.language === document.languageId),
    );
    const hovers = await Promise.all(providers.map((record) => record.provider.provideHover(document, position)));
    return hovers.filter((hover): hover is Hover => hover instanceof Hover);
  },
  /** The diagnostics live collections hold for the document (what the Problems panel would list). */
  diagnostics(document: MockTextDocument): Diagnostic[] {
    return state.diagnosticCollections
      .filter((collection) => !collection.disposed)
      .flatMap((collection) => [...(collection.entries.get(document.uri.toString()) ?? [])]);
  },
  /** Runs the live code-action providers for `range`, with the diagnostics touching it, as the light bulb would. */
  async codeActions(document: MockTextDocument, range: Range): Promise<CodeAction[]> {
    const diagnostics = vscodeMock.diagnostics(document).filter((diagnostic) => diagnostic.range.intersection(range));
    const context = { diagnostics, triggerKind: 1, only: undefined };
    const providers = state.codeActionProviders.filter(
      (record) => !record.disposed && record.selector.some((filter) => filter.language === document.languageId),
    );
    const results = await Promise.all(
      providers.map((record) => record.provider.provideCodeActions(document, range, context)),
    );
    return results.flatMap((actions) => (Array.isArray(actions) ? (actions as CodeAction[]) : []));
  },
  /** The tree of a view as the sidebar would draw it, expanded to `depth` levels. */
  async renderTree(viewId: string, depth = 1): Promise<RenderedTreeItem[]> {
    const view = state.treeViews.get(viewId);
    if (!view) throw new Error(`no tree view "${viewId}"`);
    const provider = view.treeDataProvider;
    const render = async (node: unknown, level: number): Promise<RenderedTreeItem[]> => {
      const children = ((await provider.getChildren(node)) as unknown[]) ?? [];
      return Promise.all(
        children.map(async (child) => {
          const item = (await provider.getTreeItem(child)) as TreeItem;
          const rendered: RenderedTreeItem = {
            id: item.id,
            label: item.label,
            description: item.description,
            command: item.command,
          };
          if (level < depth && item.collapsibleState !== TreeItemCollapsibleState.None)
            rendered.children = await render(child, level + 1);
          return rendered;
        }),
      );
    };
    return render(undefined, 1);
  },
  /** Decorated texts per underline colour id, from the live decoration types. */
  decoratedTexts(editor: MockTextEditor): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    for (const type of state.decorationTypes.filter((candidate) => !candidate.disposed)) {
      const color = (type.options.borderColor as ThemeColor | undefined)?.id ?? type.key;
      out[color] = (editor.decorations.get(type.key) ?? []).map((range) => editor.document.getText(range));
    }
    return out;
  },
  statusBarItem(id: string) {
    return state.statusBarItems.find((item) => item.id === id);
  },
};
