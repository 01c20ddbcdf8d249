import type { CodeActionProviderLike, DiagnosticCollectionRecord, MockState } from './mock-state';
import { MockTextDocument } from './text-document';
import { MockTextEditor } from './text-editor';
import {
  type CodeActionKind,
  ConfigurationTarget,
  type Diagnostic,
  Disposable,
  type MarkdownString,
  Range,
  Uri,
  type WorkspaceEdit,
} from './values';

export const CONFIGURATION_DEFAULTS: Record<string, unknown> = {
  'aichips.languages': ['markdown', 'plaintext'],
  'aichips.decorations.enabled': true,
  'aichips.decorations.style': 'dotted',
  'aichips.maxFileSize': 512,
  'aichips.showChineseNames': true,
  'aichips.skipCodeBlocks': true,
  'aichips.datasetPath': '',
  'aichips.factCheck.enabled': true,
  'aichips.factCheck.showUnverifiable': false,
};

/** The `workspace`, `window`, `languages` and `commands` namespaces over one mutable state. */
export function createNamespaces(state: () => MockState) {
  const configurationFor = (section: string) => {
    const full = (key: string) => (section ? `${section}.${key}` : key);
    return {
      get<T>(key: string, fallback?: T): T | undefined {
        const name = full(key);
        const s = state();
        if (s.workspaceConfiguration.has(name)) return s.workspaceConfiguration.get(name) as T;
        if (s.configuration.has(name)) return s.configuration.get(name) as T;
        return (name in CONFIGURATION_DEFAULTS ? CONFIGURATION_DEFAULTS[name] : fallback) as T;
      },
      has: (key: string) => full(key) in CONFIGURATION_DEFAULTS,
      inspect<T>(key: string) {
        const name = full(key);
        return {
          key: name,
          defaultValue: CONFIGURATION_DEFAULTS[name] as T,
          globalValue: state().configuration.get(name) as T | undefined,
          workspaceValue: state().workspaceConfiguration.get(name) as T | undefined,
          workspaceFolderValue: undefined,
        };
      },
      async update(key: string, value: unknown, target: ConfigurationTarget = ConfigurationTarget.Workspace) {
        setConfiguration(full(key), value, target === ConfigurationTarget.Global ? 'user' : 'workspace');
      },
    };
  };

  const setConfiguration = (name: string, value: unknown, level: 'user' | 'workspace' = 'user') => {
    const map = level === 'user' ? state().configuration : state().workspaceConfiguration;
    if (value === undefined) map.delete(name);
    else map.set(name, value);
    state().emitters.changeConfiguration.fire({
      affectsConfiguration: (section: string) => name === section || name.startsWith(`${section}.`),
    });
  };

  const workspace = {
    get textDocuments() {
      return state().documents;
    },
    get isTrusted() {
      return state().trusted;
    },
    get workspaceFolders() {
      return state().workspaceFolders;
    },
    getConfiguration: (section = '') => configurationFor(section),
    onDidChangeTextDocument: (...args: Parameters<MockState['emitters']['changeTextDocument']['event']>) =>
      state().emitters.changeTextDocument.event(...args),
    onDidOpenTextDocument: (...args: Parameters<MockState['emitters']['openTextDocument']['event']>) =>
      state().emitters.openTextDocument.event(...args),
    onDidCloseTextDocument: (...args: Parameters<MockState['emitters']['closeTextDocument']['event']>) =>
      state().emitters.closeTextDocument.event(...args),
    onDidChangeConfiguration: (...args: Parameters<MockState['emitters']['changeConfiguration']['event']>) =>
      state().emitters.changeConfiguration.event(...args),
    onDidGrantWorkspaceTrust: (...args: Parameters<MockState['emitters']['grantWorkspaceTrust']['event']>) =>
      state().emitters.grantWorkspaceTrust.event(...args),
    /** Applies every edit of one document as one change event, as VS Code does (one undo step). */
    async applyEdit(edit: WorkspaceEdit) {
      const byDocument = new Map<MockTextDocument, { start: number; end: number; text: string }[]>();
      for (const { uri, range, newText } of edit.edits) {
        const document = state().documents.find((candidate) => candidate.uri.toString() === uri.toString());
        if (!document) return false;
        const edits = byDocument.get(document) ?? [];
        edits.push({ start: document.offsetAt(range.start), end: document.offsetAt(range.end), text: newText });
        byDocument.set(document, edits);
      }
      for (const [document, edits] of byDocument) {
        const contentChanges = document.applyEdits(edits);
        state().emitters.changeTextDocument.fire({ document, contentChanges, reason: undefined });
      }
      state().appliedEdits++;
      return true;
    },
    async openTextDocument(uri: Uri) {
      const found = state().documents.find((document) => document.uri.toString() === uri.toString());
      if (found) return found;
      const document = new MockTextDocument('', 'plaintext', uri);
      state().documents.push(document);
      return document;
    },
  };

  const message = (level: 'error' | 'warning' | 'information') => (text: string) => {
    state().messages.push({ level, text });
    return Promise.resolve(undefined);
  };

  const window = {
    get visibleTextEditors() {
      return state().visibleEditors;
    },
    get activeTextEditor() {
      return state().activeEditor;
    },
    onDidChangeVisibleTextEditors: (...args: Parameters<MockState['emitters']['changeVisibleTextEditors']['event']>) =>
      state().emitters.changeVisibleTextEditors.event(...args),
    onDidChangeActiveTextEditor: (...args: Parameters<MockState['emitters']['changeActiveTextEditor']['event']>) =>
      state().emitters.changeActiveTextEditor.event(...args),
    onDidChangeTextEditorVisibleRanges: (...args: Parameters<MockState['emitters']['changeVisibleRanges']['event']>) =>
      state().emitters.changeVisibleRanges.event(...args),
    createTextEditorDecorationType(options: Record<string, unknown>) {
      const type = {
        key: `decoration-${state().decorationTypes.length}`,
        options,
        disposed: false,
        dispose() {
          type.disposed = true;
        },
      };
      state().decorationTypes.push(type);
      return type;
    },
    createStatusBarItem(id: string) {
      const item = {
        id,
        text: '',
        tooltip: undefined as string | MarkdownString | undefined,
        command: undefined as string | undefined,
        name: undefined as string | undefined,
        visible: false,
        show: () => {
          item.visible = true;
        },
        hide: () => {
          item.visible = false;
        },
        dispose: () => {
          item.visible = false;
        },
      };
      state().statusBarItems.push(item);
      return item;
    },
    createTreeView(id: string, options: { treeDataProvider: never }) {
      const view = {
        id,
        treeDataProvider: options.treeDataProvider,
        disposed: false,
        message: undefined,
        description: undefined,
        dispose: () => {
          view.disposed = true;
        },
      };
      state().treeViews.set(id, view);
      return view;
    },
    createWebviewPanel(viewType: string, title: string, _column: unknown, options: Record<string, unknown>) {
      const disposeListeners: (() => void)[] = [];
      const panel = {
        viewType,
        title,
        options,
        webview: { html: '', options },
        disposed: false,
        reveal: () => undefined,
        onDidDispose: (listener: () => void) => {
          disposeListeners.push(listener);
          return new Disposable(() => undefined);
        },
        dispose: () => {
          panel.disposed = true;
          for (const listener of disposeListeners) listener();
        },
      };
      state().webviewPanels.push(panel);
      return panel;
    },
    createOutputChannel(name: string) {
      const line = (level: string) => (text: string) => state().logLines.push(`[${level}] ${name}: ${text}`);
      return {
        name,
        info: line('info'),
        warn: line('warn'),
        error: line('error'),
        debug: line('debug'),
        trace: line('trace'),
        append: line('append'),
        appendLine: line('info'),
        show: () => undefined,
        dispose: () => undefined,
      };
    },
    showErrorMessage: message('error'),
    showWarningMessage: message('warning'),
    showInformationMessage: message('information'),
    async showQuickPick(items: readonly { label: string; picked?: boolean }[]) {
      const answer = state().quickPickAnswers.shift();
      return answer ? answer(items) : undefined;
    },
    async showTextDocument(document: MockTextDocument) {
      let editor = state().visibleEditors.find((candidate) => candidate.document === document);
      if (!editor) {
        editor = new MockTextEditor(
          document,
          [new Range(0, 0, Math.min(document.lineCount - 1, 50), 0)],
          () => undefined,
        );
        state().visibleEditors.push(editor);
      }
      state().activeEditor = editor;
      return editor;
    },
  };

  const diagnosticCollection = (name: string) => {
    const record: DiagnosticCollectionRecord = { name, entries: new Map(), disposed: false };
    state().diagnosticCollections.push(record);
    return {
      name,
      set(uri: Uri, diagnostics: readonly Diagnostic[] | undefined) {
        if (diagnostics === undefined) record.entries.delete(uri.toString());
        else record.entries.set(uri.toString(), [...diagnostics]);
      },
      delete(uri: Uri) {
        record.entries.delete(uri.toString());
      },
      clear() {
        record.entries.clear();
      },
      get: (uri: Uri) => record.entries.get(uri.toString()),
      has: (uri: Uri) => record.entries.has(uri.toString()),
      dispose() {
        record.entries.clear();
        record.disposed = true;
      },
    };
  };

  const languages = {
    createDiagnosticCollection: diagnosticCollection,
    registerCodeActionsProvider(
      selector: { language: string }[],
      provider: CodeActionProviderLike,
      metadata?: { providedCodeActionKinds?: readonly CodeActionKind[] },
    ) {
      const record = { selector, provider, metadata, disposed: false };
      state().codeActionProviders.push(record);
      return new Disposable(() => {
        record.disposed = true;
      });
    },
    registerHoverProvider(selector: { language: string }[], provider: never) {
      const record = { selector, provider, disposed: false };
      state().hoverProviders.push(record);
      return new Disposable(() => {
        record.disposed = true;
      });
    },
  };

  const commands = {
    registerCommand(id: string, handler: (...args: unknown[]) => unknown) {
      if (state().commands.has(id)) throw new Error(`command '${id}' already exists`);
      state().commands.set(id, handler);
      return new Disposable(() => state().commands.delete(id));
    },
    async executeCommand(id: string, ...args: unknown[]) {
      state().executed.push({ command: id, args });
      if (id === 'setContext') {
        state().context.set(args[0] as string, args[1]);
        return undefined;
      }
      return state().commands.get(id)?.(...args);
    },
  };

  return { workspace, window, languages, commands, setConfiguration, Uri };
}
