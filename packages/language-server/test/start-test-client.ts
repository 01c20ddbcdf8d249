import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  createMessageConnection,
  type MessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-jsonrpc/node';

const BIN = fileURLToPath(new URL('../bin/aichips-lsp.js', import.meta.url));

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: {
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    severity?: number;
    code?: string | number;
    source?: string;
    message: string;
  }[];
}

/** A client talking JSON-RPC to the built `aichips-lsp` over its stdin and stdout, as an editor would. */
export interface TestClient {
  connection: MessageConnection;
  /** Every `textDocument/publishDiagnostics` so far. */
  diagnostics: PublishedDiagnostics[];
  /** Every `window/showMessage` so far. */
  messages: { type: number; message: string }[];
  /** Every `window/logMessage` so far (type 1 is an error, 2 a warning). */
  logs: { type: number; message: string }[];
  /** Resolves with the first published diagnostics (from now on, or already seen) that pass `accept`. */
  waitForDiagnostics(uri: string, accept?: (published: PublishedDiagnostics) => boolean): Promise<PublishedDiagnostics>;
  waitForMessage(accept: (message: string) => boolean): Promise<string>;
  /** `shutdown`, then `exit`; resolves with the process's exit code. */
  stop(): Promise<number | null>;
  process: ChildProcess;
}

export function startTestClient(configuration: unknown = null): TestClient {
  const child = spawn(process.execPath, [BIN, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(
    new StreamMessageReader(child.stdout!),
    new StreamMessageWriter(child.stdin!),
  );
  const diagnostics: PublishedDiagnostics[] = [];
  const messages: { type: number; message: string }[] = [];
  const waiters = new Set<() => void>();
  const notify = () => {
    for (const waiter of [...waiters]) waiter();
  };
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishedDiagnostics) => {
    diagnostics.push(params);
    notify();
  });
  connection.onNotification('window/showMessage', (params: { type: number; message: string }) => {
    messages.push(params);
    notify();
  });
  const logs: { type: number; message: string }[] = [];
  connection.onNotification('window/logMessage', (params: { type: number; message: string }) => {
    logs.push(params);
  });
  connection.onRequest('workspace/configuration', () => [configuration]);
  connection.listen();

  const waitFor = <T>(find: () => T | undefined, what: string): Promise<T> =>
    new Promise((resolve, reject) => {
      const timeout = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`timed out waiting for ${what}`));
      }, 10_000);
      const check = () => {
        const found = find();
        if (found === undefined) return;
        clearTimeout(timeout);
        waiters.delete(check);
        resolve(found);
      };
      waiters.add(check);
      check();
    });

  return {
    connection,
    diagnostics,
    messages,
    logs,
    process: child,
    waitForDiagnostics(uri, accept = () => true) {
      const from = diagnostics.length;
      return waitFor(
        () => diagnostics.slice(from).find((published) => published.uri === uri && accept(published)),
        `diagnostics of ${uri}`,
      );
    },
    waitForMessage(accept) {
      return waitFor(() => messages.find((message) => accept(message.message))?.message, 'a message');
    },
    async stop() {
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      const code = await exited;
      connection.dispose();
      return code;
    },
  };
}
