import type { ClaimFinding } from '@aichips/sdk';
import type { Connection, Diagnostic, Disposable } from 'vscode-languageserver/node';
import type { AtlasStore } from '../atlas/atlas-store';
import type { DocumentScans } from '../documents/document-scans';
import type { DocumentScan } from '../documents/scan-text';
import { describeError, type Log } from '../log';
import type { SettingsStore } from '../settings/settings-store';
import { createClaimDiagnostic } from './claim-diagnostic';
import { createLimitDiagnostic } from './limit-diagnostic';

/** Diagnostics kept in step with the scans, and the finding behind each one (for the quick fixes). */
export interface FactChecks extends Disposable {
  /** The finding a diagnostic of ours stands for, while the document is at the version it was made for. */
  findingFor(uri: string, diagnostic: Diagnostic): ClaimFinding | undefined;
}

export interface FactChecksDeps {
  connection: Connection;
  scans: DocumentScans;
  atlasStore: AtlasStore;
  settings: SettingsStore;
  log: Log;
}

interface Checked {
  scan: DocumentScan;
  findings: ClaimFinding[];
  entries: { diagnostic: Diagnostic; finding: ClaimFinding }[];
}

const sameRange = (a: Diagnostic, b: Diagnostic) =>
  a.range.start.line === b.range.start.line &&
  a.range.start.character === b.range.start.character &&
  a.range.end.line === b.range.end.line &&
  a.range.end.character === b.range.end.character;

export function createFactChecks({ connection, scans, atlasStore, settings, log }: FactChecksDeps): FactChecks {
  const checked = new Map<string, Checked>();
  const send = (uri: string, diagnostics: Diagnostic[], version?: number) =>
    void connection.sendDiagnostics({ uri, diagnostics, ...(version === undefined ? {} : { version }) });
  const clear = (uri: string) => {
    checked.delete(uri);
    send(uri, []);
  };

  const publish = (uri: string, scan: DocumentScan, findings: ClaimFinding[]) => {
    const document = scans.document(uri);
    if (!document) return clear(uri);
    const entries = findings.flatMap((finding) => {
      const diagnostic = createClaimDiagnostic(document, finding, settings.current.factCheckShowUnverifiable);
      return diagnostic ? [{ diagnostic, finding }] : [];
    });
    checked.set(uri, { scan, findings, entries });
    send(
      uri,
      entries.map((entry) => entry.diagnostic),
      scan.version,
    );
  };

  const check = (uri: string) => {
    try {
      const scan = scans.get(uri);
      const text = scans.scannedText(uri);
      if (!scan) return clear(uri);
      if (checked.get(uri)?.scan === scan) return;
      if (scan.coverage === 'none') {
        checked.delete(uri);
        return send(uri, scan.limit ? [createLimitDiagnostic(scan.limit)] : [], scan.version);
      }
      if (!settings.current.factCheckEnabled || text === undefined) return publish(uri, scan, []);
      const document = scans.document(uri);
      const skipCode = settings.current.skipCodeBlocks && document?.languageId === 'markdown';
      publish(uri, scan, atlasStore.atlas.checkClaims(text, { mentions: scan.mentions, skipCode, skipUrls: true }));
    } catch (error) {
      log.error(`fact check of ${uri} failed: ${describeError(error)}`);
      clear(uri);
    }
  };

  const recheckAll = () => {
    checked.clear();
    for (const uri of scans.uris()) check(uri);
  };

  const subscriptions: Disposable[] = [
    scans.onDidSettle(check),
    settings.onDidChange((changed) => {
      if (changed.has('factCheckEnabled')) recheckAll();
      else if (changed.has('factCheckShowUnverifiable'))
        for (const [uri, entry] of [...checked]) publish(uri, entry.scan, entry.findings);
    }),
  ];

  return {
    findingFor(uri, diagnostic) {
      const entry = checked.get(uri);
      if (!entry || entry.scan.version !== scans.document(uri)?.version) return undefined;
      return entry.entries.find(
        (candidate) =>
          sameRange(candidate.diagnostic, diagnostic) &&
          candidate.diagnostic.code === diagnostic.code &&
          candidate.diagnostic.message === diagnostic.message,
      )?.finding;
    },
    dispose() {
      for (const subscription of subscriptions) subscription.dispose();
      checked.clear();
    },
  };
}
