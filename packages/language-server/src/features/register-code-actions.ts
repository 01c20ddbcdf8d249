import { type ClaimFinding, choosePrimarySource, citeSource, listFootnoteInserts } from '@aichips/sdk';
import {
  type CodeAction,
  CodeActionKind,
  type Connection,
  type Diagnostic,
  type Disposable,
  type TextEdit,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentScans } from '../documents/document-scans';
import { describeError, type Log } from '../log';
import { DIAGNOSTIC_SOURCE, rangeOf } from './claim-diagnostic';
import type { FactChecks } from './fact-checks';

// The titles the VS Code extension uses.
export const REPLACE_VALUE_TITLE = "Replace with the dataset's value";
export const INSERT_FOOTNOTE_TITLE = 'Insert source footnote';

const quickFix = (title: string, diagnostic: Diagnostic, uri: string, edits: TextEdit[]): CodeAction => ({
  title,
  kind: CodeActionKind.QuickFix,
  diagnostics: [diagnostic],
  edit: { changes: { [uri]: edits } },
});

function listActions(document: TextDocument, diagnostic: Diagnostic, finding: ClaimFinding): CodeAction[] {
  const actions: CodeAction[] = [];
  const { replacement } = finding;
  if (replacement) {
    const edit = { range: rangeOf(document, replacement.start, replacement.end), newText: replacement.text };
    actions.push({ ...quickFix(REPLACE_VALUE_TITLE, diagnostic, document.uri, [edit]), isPreferred: true });
  }
  const source = choosePrimarySource(finding.sources);
  const citation = source && citeSource(source, source.id);
  const inserts = citation ? listFootnoteInserts(document.getText(), finding.end, citation) : [];
  if (inserts.length > 0) {
    const edits = inserts.map((insert) => ({ range: rangeOf(document, insert.at, insert.at), newText: insert.text }));
    actions.push(quickFix(INSERT_FOOTNOTE_TITLE, diagnostic, document.uri, edits));
  }
  return actions;
}

/** Quick fixes on our fact-check diagnostics: the dataset's value, or a footnote citing its source. */
export function registerCodeActions(deps: {
  connection: Connection;
  scans: DocumentScans;
  factChecks: FactChecks;
  log: Log;
}): Disposable {
  const { connection, scans, factChecks, log } = deps;
  return connection.onCodeAction(({ textDocument, context }) => {
    try {
      const document = scans.document(textDocument.uri);
      if (!document) return [];
      return context.diagnostics.flatMap((diagnostic) => {
        if (diagnostic.source !== DIAGNOSTIC_SOURCE) return [];
        const finding = factChecks.findingFor(textDocument.uri, diagnostic);
        return finding ? listActions(document, diagnostic, finding) : [];
      });
    } catch (error) {
      log.error(`quick fixes in ${textDocument.uri} failed: ${describeError(error)}`);
      return [];
    }
  });
}
