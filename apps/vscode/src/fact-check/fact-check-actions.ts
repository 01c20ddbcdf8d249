import { type ClaimFinding, choosePrimarySource, citeSource, listFootnoteInserts } from '@aichips/sdk';
import {
  CodeAction,
  CodeActionKind,
  type CodeActionProvider,
  type Diagnostic,
  type LogOutputChannel,
  Range,
  type TextDocument,
  WorkspaceEdit,
} from 'vscode';
import { DIAGNOSTIC_SOURCE } from './claim-diagnostic';
import type { FactChecks } from './fact-checks';

export const REPLACE_VALUE_TITLE = "Replace with the dataset's value";
export const INSERT_FOOTNOTE_TITLE = 'Insert source footnote';

function quickFix(title: string, diagnostic: Diagnostic, edit: WorkspaceEdit): CodeAction {
  const action = new CodeAction(title, CodeActionKind.QuickFix);
  action.edit = edit;
  action.diagnostics = [diagnostic];
  return action;
}

/** The claimed number replaced by the dataset's, in the unit the writer used. */
function replaceValue(document: TextDocument, diagnostic: Diagnostic, finding: ClaimFinding): CodeAction | undefined {
  const { replacement } = finding;
  if (!replacement) return undefined;
  const edit = new WorkspaceEdit();
  const range = new Range(document.positionAt(replacement.start), document.positionAt(replacement.end));
  edit.replace(document.uri, range, replacement.text);
  const action = quickFix(REPLACE_VALUE_TITLE, diagnostic, edit);
  action.isPreferred = true;
  return action;
}

/** A footnote after the claim citing the figure's primary source (else its first): one edit, one undo. */
function insertFootnote(document: TextDocument, diagnostic: Diagnostic, finding: ClaimFinding): CodeAction | undefined {
  const source = choosePrimarySource(finding.sources);
  const citation = source && citeSource(source, source.id);
  if (!citation) return undefined;
  const inserts = listFootnoteInserts(document.getText(), finding.end, citation);
  if (inserts.length === 0) return undefined;
  const edit = new WorkspaceEdit();
  for (const insert of inserts) edit.insert(document.uri, document.positionAt(insert.at), insert.text);
  return quickFix(INSERT_FOOTNOTE_TITLE, diagnostic, edit);
}

/** Quick fixes for our fact-check diagnostics; logs and offers nothing on failure. */
export function createFactCheckActions(deps: { factChecks: FactChecks; log: LogOutputChannel }): CodeActionProvider {
  return {
    provideCodeActions(document, _range, context) {
      try {
        return context.diagnostics.flatMap((diagnostic) => {
          if (diagnostic.source !== DIAGNOSTIC_SOURCE) return [];
          const finding = deps.factChecks.findingFor(document, diagnostic);
          if (!finding) return [];
          const actions = [replaceValue(document, diagnostic, finding), insertFootnote(document, diagnostic, finding)];
          return actions.filter((action): action is CodeAction => action !== undefined);
        });
      } catch (error) {
        deps.log.error(`fact-check quick fixes failed: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
      }
    },
  };
}
