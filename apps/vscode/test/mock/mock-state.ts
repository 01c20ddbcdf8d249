import { MockTextDocument } from './text-document';
import type { DecorationType } from './text-editor';
import { MockTextEditor } from './text-editor';
import {
  type CodeActionKind,
  type Diagnostic,
  EventEmitter,
  MarkdownString,
  type Position,
  Range,
  type Uri,
} from './values';

type Handler = (...args: unknown[]) => unknown;

export interface HoverProviderLike {
  provideHover(document: unknown, position: Position, token?: unknown): unknown;
}

export interface CodeActionProviderLike {
  provideCodeActions(
    document: unknown,
    range: Range,
    context: { diagnostics: readonly Diagnostic[]; triggerKind: number; only: CodeActionKind | undefined },
    token?: unknown,
  ): unknown;
}

export interface DiagnosticCollectionRecord {
  name: string;
  /** Diagnostics by document URI string, as last set. */
  entries: Map<string, readonly Diagnostic[]>;
  disposed: boolean;
}

export interface Message {
  level: 'error' | 'warning' | 'information';
  text: string;
}

export interface TreeViewRecord {
  id: string;
  treeDataProvider: { getChildren(node?: unknown): unknown; getTreeItem(node: unknown): unknown };
  message?: string;
  description?: string;
  disposed: boolean;
}

export interface StatusBarItemRecord {
  id: string;
  text: string;
  tooltip: string | MarkdownString | undefined;
  command: string | undefined;
  name: string | undefined;
  visible: boolean;
}

export interface WebviewPanelRecord {
  viewType: string;
  title: string;
  options: Record<string, unknown>;
  webview: { html: string; options: Record<string, unknown> };
  disposed: boolean;
}

function createEmitters() {
  return {
    changeTextDocument: new EventEmitter<unknown>(),
    openTextDocument: new EventEmitter<unknown>(),
    closeTextDocument: new EventEmitter<unknown>(),
    changeConfiguration: new EventEmitter<{ affectsConfiguration(section: string): boolean }>(),
    grantWorkspaceTrust: new EventEmitter<void>(),
    changeVisibleTextEditors: new EventEmitter<unknown>(),
    changeActiveTextEditor: new EventEmitter<unknown>(),
    changeVisibleRanges: new EventEmitter<unknown>(),
  };
}

/** Everything the fake editor knows; tests drive it through `vscodeMock`. */
export function createMockState() {
  return {
    emitters: createEmitters(),
    documents: [] as MockTextDocument[],
    visibleEditors: [] as MockTextEditor[],
    activeEditor: undefined as MockTextEditor | undefined,
    configuration: new Map<string, unknown>(),
    workspaceConfiguration: new Map<string, unknown>(),
    trusted: true,
    workspaceFolders: undefined as { uri: Uri; name: string; index: number }[] | undefined,
    commands: new Map<string, Handler>(),
    executed: [] as { command: string; args: unknown[] }[],
    context: new Map<string, unknown>(),
    hoverProviders: [] as { selector: { language: string }[]; provider: HoverProviderLike; disposed: boolean }[],
    codeActionProviders: [] as {
      selector: { language: string }[];
      provider: CodeActionProviderLike;
      metadata: { providedCodeActionKinds?: readonly CodeActionKind[] } | undefined;
      disposed: boolean;
    }[],
    diagnosticCollections: [] as DiagnosticCollectionRecord[],
    /** Workspace edits applied through `workspace.applyEdit()`, each one change event (one undo). */
    appliedEdits: 0,
    decorationTypes: [] as DecorationType[],
    treeViews: new Map<string, TreeViewRecord>(),
    statusBarItems: [] as StatusBarItemRecord[],
    webviewPanels: [] as WebviewPanelRecord[],
    messages: [] as Message[],
    logLines: [] as string[],
    quickPickAnswers: [] as ((items: readonly { label: string; picked?: boolean }[]) => unknown)[],
  };
}

export type MockState = ReturnType<typeof createMockState>;

export { MarkdownString, MockTextDocument, MockTextEditor, Range };
