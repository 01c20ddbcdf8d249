import { fileURLToPath } from 'node:url';
import {
  type ClientCapabilities,
  type Connection,
  type Disposable,
  type InitializeParams,
  MarkupKind,
  MessageType,
  ShowMessageNotification,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { createAtlasStore } from './atlas/atlas-store';
import { createDocumentScans } from './documents/document-scans';
import { createFactChecks } from './features/fact-checks';
import { registerCodeActions } from './features/register-code-actions';
import { registerDocumentSymbols } from './features/register-document-symbols';
import { registerHover } from './features/register-hover';
import type { Log } from './log';
import { createSettingsStore } from './settings/settings-store';

export interface ServerOptions {
  /** Quiet time after the last edit before diagnostics update. Default 150 ms. */
  debounceMs?: number;
}

/** The workspace root as a path: the first workspace folder, else the deprecated root URI or path. */
function findWorkspaceRoot(params: InitializeParams): string | undefined {
  const uri = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
  if (uri?.startsWith('file:')) return fileURLToPath(uri);
  return params.rootPath ?? undefined;
}

/** Wires every feature to a connection; `connection.listen()` is the caller's. */
export function startServer(connection: Connection, options: ServerOptions = {}): Disposable {
  let capabilities: ClientCapabilities = {};
  let workspaceRoot: string | undefined;
  const log: Log = {
    info: (message) => connection.console.info(message),
    warn: (message) => connection.console.warn(message),
    error: (message) => connection.console.error(message),
  };
  const settings = createSettingsStore({
    connection,
    log,
    canPull: () => capabilities.workspace?.configuration === true,
  });
  const atlasStore = createAtlasStore({
    settings,
    log,
    workspaceRoot: () => workspaceRoot,
    // A notification, not `showMessageRequest`: nothing to answer, and every client shows it.
    showError: (message) =>
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message }),
  });
  const scans = createDocumentScans({ connection, atlasStore, settings, log, ...options });
  const factChecks = createFactChecks({ connection, scans, atlasStore, settings, log });
  const supportsMarkdown = () =>
    capabilities.textDocument?.hover?.contentFormat?.includes(MarkupKind.Markdown) ?? false;

  const disposables: Disposable[] = [
    connection.onInitialize((params) => {
      capabilities = params.capabilities;
      workspaceRoot = findWorkspaceRoot(params);
      settings.apply(params.initializationOptions);
      return {
        capabilities: {
          textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
          hoverProvider: true,
          codeActionProvider: { codeActionKinds: ['quickfix'] },
          documentSymbolProvider: true,
        },
        serverInfo: { name: 'aichips-lsp' },
      };
    }),
    connection.onInitialized(() => void settings.pull()),
    registerHover({ connection, scans, atlasStore, settings, log, supportsMarkdown }),
    registerCodeActions({ connection, scans, factChecks, log }),
    registerDocumentSymbols({ connection, scans, atlasStore, settings, log }),
    factChecks,
    scans,
    atlasStore,
    settings,
  ];
  return {
    dispose() {
      for (const disposable of disposables) disposable.dispose();
    },
  };
}
