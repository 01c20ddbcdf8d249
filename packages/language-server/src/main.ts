import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './start-server';

/** `aichips-lsp`: the server over stdin and stdout (`--stdio`, which some clients pass, changes nothing). */
export function main(): void {
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  startServer(connection);
  connection.listen();
}
