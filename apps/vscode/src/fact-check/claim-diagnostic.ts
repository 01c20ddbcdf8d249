import { type ClaimFinding, getClaimSeverity } from '@aichips/sdk';
import {
  Diagnostic,
  DiagnosticRelatedInformation,
  DiagnosticSeverity,
  Location,
  Range,
  type TextDocument,
} from 'vscode';

/** The `source` of our diagnostics, shown in the Problems panel. */
export const DIAGNOSTIC_SOURCE = 'AI Chips';

/**
 * The diagnostic of a finding: a Warning where the text disagrees with the dataset, an Information for an
 * unverifiable claim when asked for, and none for a consistent one. Its code is the verdict.
 */
export function createClaimDiagnostic(
  document: TextDocument,
  finding: ClaimFinding,
  showUnverifiable: boolean,
): Diagnostic | undefined {
  const level = getClaimSeverity(finding.verdict, showUnverifiable);
  if (!level) return undefined;
  const severity = level === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information;
  const range = new Range(document.positionAt(finding.start), document.positionAt(finding.end));
  const diagnostic = new Diagnostic(range, finding.message, severity);
  diagnostic.code = finding.verdict;
  diagnostic.source = DIAGNOSTIC_SOURCE;
  const mention = new Range(document.positionAt(finding.mention.start), document.positionAt(finding.mention.end));
  diagnostic.relatedInformation = [
    new DiagnosticRelatedInformation(new Location(document.uri, mention), `${finding.chipName}, named here`),
  ];
  return diagnostic;
}
