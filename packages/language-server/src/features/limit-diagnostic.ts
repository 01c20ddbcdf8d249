import { MAX_LINE_LENGTH, type ScanLimit } from '@aichips/sdk';
import { type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver/node';
import { DIAGNOSTIC_SOURCE } from './claim-diagnostic';

const inKb = (bytes: number) => `${Math.ceil(bytes / 1024).toLocaleString('en-US')} KB`;

/** Why a document was not scanned, in one sentence. */
export function describeServerLimit(limit: ScanLimit): string {
  const consequence = 'not scanned: no hovers, symbols or fact checks in it';
  switch (limit.reason) {
    case 'file-size':
      return `The document is ${inKb(limit.size)}, over the ${inKb(limit.maxSize)} limit (aichips.maxFileSize): ${consequence}.`;
    case 'long-line':
      return `Line ${limit.line + 1} is ${limit.length.toLocaleString('en-US')} characters long (limit ${MAX_LINE_LENGTH.toLocaleString('en-US')}): the document is ${consequence}.`;
    case 'too-large':
      return `The document is ${inKb(limit.size)}, larger than any editor shares with a server: ${consequence}.`;
  }
}

/** The one Information diagnostic of a document over a limit: on its first line, or on the long line. */
export function createLimitDiagnostic(limit: ScanLimit): Diagnostic {
  const line = limit.reason === 'long-line' ? limit.line : 0;
  return {
    range: { start: { line, character: 0 }, end: { line, character: 0 } },
    severity: DiagnosticSeverity.Information,
    code: 'not-scanned',
    source: DIAGNOSTIC_SOURCE,
    message: describeServerLimit(limit),
  };
}
