import { type ClaimFinding, getClaimSeverity } from '@aichips/sdk';
import { type Diagnostic, DiagnosticSeverity, type Range } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** The `source` of our diagnostics, as the VS Code extension names it. */
export const DIAGNOSTIC_SOURCE = 'AI Chips';

export const rangeOf = (document: TextDocument, start: number, end: number): Range => ({
  start: document.positionAt(start),
  end: document.positionAt(end),
});

/** The diagnostic of a finding, with the extension's severities; none for a consistent claim. Its code is the verdict. */
export function createClaimDiagnostic(
  document: TextDocument,
  finding: ClaimFinding,
  showUnverifiable: boolean,
): Diagnostic | undefined {
  const level = getClaimSeverity(finding.verdict, showUnverifiable);
  if (!level) return undefined;
  return {
    range: rangeOf(document, finding.start, finding.end),
    severity: level === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information,
    code: finding.verdict,
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    relatedInformation: [
      {
        location: { uri: document.uri, range: rangeOf(document, finding.mention.start, finding.mention.end) },
        message: `${finding.chipName}, named here`,
      },
    ],
  };
}
