import type { ClaimFinding } from '@aichips/sdk';
import {
  type Diagnostic,
  type Disposable,
  type LogOutputChannel,
  languages,
  type TextDocument,
  window,
  workspace,
} from 'vscode';
import type { AtlasStore } from '../atlas/atlas-store';
import type { DocumentScans } from '../scanning/document-scans';
import type { DocumentScan } from '../scanning/scan-document';
import { scanOptionsFor } from '../scanning/scan-options';
import type { SettingsStore } from '../settings/settings-store';
import { checkDocumentClaims } from './check-document-claims';
import { createClaimDiagnostic } from './claim-diagnostic';

/** The `aichips` diagnostic collection, kept in step with the scans, and the finding behind each diagnostic. */
export interface FactChecks extends Disposable {
  /** The finding a diagnostic of ours stands for, while the document is still at the version it was made for. */
  findingFor(document: TextDocument, diagnostic: Diagnostic): ClaimFinding | undefined;
}

export interface FactChecksDeps {
  scans: DocumentScans;
  atlasStore: AtlasStore;
  settings: SettingsStore;
  log: LogOutputChannel;
}

interface Checked {
  document: TextDocument;
  version: number;
  /** The scan the findings were made from: the same scan announced again is not checked again. */
  scan: DocumentScan;
  findings: ClaimFinding[];
  entries: { diagnostic: Diagnostic; finding: ClaimFinding }[];
}

// The editor may hand back copies of our diagnostics, so they are also matched by what they say.
const sameDiagnostic = (a: Diagnostic, b: Diagnostic) =>
  a === b || (a.range.isEqual(b.range) && a.code === b.code && a.message === b.message);

const describeError = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createFactChecks({ scans, atlasStore, settings, log }: FactChecksDeps): FactChecks {
  const collection = languages.createDiagnosticCollection('aichips');
  const checked = new Map<string, Checked>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const keyOf = (document: TextDocument) => document.uri.toString();

  const clear = (document: TextDocument) => {
    const key = keyOf(document);
    clearTimeout(timers.get(key));
    timers.delete(key);
    checked.delete(key);
    collection.delete(document.uri);
  };

  const publish = (document: TextDocument, scan: DocumentScan, findings: ClaimFinding[]) => {
    const entries = findings.flatMap((finding) => {
      const diagnostic = createClaimDiagnostic(document, finding, settings.current.factCheckShowUnverifiable);
      return diagnostic ? [{ diagnostic, finding }] : [];
    });
    checked.set(keyOf(document), { document, version: scan.version, scan, findings, entries });
    collection.set(
      document.uri,
      entries.map((entry) => entry.diagnostic),
    );
  };

  const check = (document: TextDocument) => {
    timers.delete(keyOf(document));
    try {
      const scan = settings.current.factCheckEnabled && !document.isClosed ? scans.get(document) : undefined;
      if (!scan) return clear(document);
      const previous = checked.get(keyOf(document));
      if (previous?.scan === scan) return;
      const options = scanOptionsFor(document, settings.current);
      const findings = checkDocumentClaims(atlasStore.atlas, document, scan, options);
      // Nothing settled to check yet: what is shown stays until the next scan.
      if (findings) publish(document, scan, findings);
    } catch (error) {
      log.error(`fact check of ${document.uri.toString()} failed: ${describeError(error)}`);
      clear(document);
    }
  };

  // One check per document per turn, however often its scan is announced.
  const schedule = (document: TextDocument) => {
    if (document.isClosed || !scans.isScanned(document) || !settings.current.factCheckEnabled) {
      clear(document);
      return;
    }
    const key = keyOf(document);
    if (timers.has(key)) return;
    const timer = setTimeout(() => check(document), 0);
    timers.set(key, timer);
  };
  const scheduleVisible = () => {
    for (const editor of window.visibleTextEditors) schedule(editor.document);
  };

  const republish = () => {
    for (const entry of [...checked.values()]) publish(entry.document, entry.scan, entry.findings);
  };

  const clearAll = () => {
    for (const timer of timers.values()) clearTimeout(timer);
    timers.clear();
    checked.clear();
    collection.clear();
  };

  const first = setTimeout(scheduleVisible, 0);
  const subscriptions: Disposable[] = [
    scans.onDidChange(schedule),
    workspace.onDidCloseTextDocument(clear),
    window.onDidChangeVisibleTextEditors((editors) => {
      for (const editor of editors) schedule(editor.document);
    }),
    settings.onDidChange((changed) => {
      if (changed.has('factCheckEnabled')) {
        if (settings.current.factCheckEnabled) scheduleVisible();
        else clearAll();
      } else if (changed.has('factCheckShowUnverifiable')) republish();
    }),
  ];

  return {
    findingFor(document, diagnostic) {
      const entry = checked.get(keyOf(document));
      if (!entry || entry.version !== document.version) return undefined;
      return entry.entries.find((candidate) => sameDiagnostic(candidate.diagnostic, diagnostic))?.finding;
    },
    dispose() {
      clearTimeout(first);
      clearAll();
      for (const subscription of subscriptions) subscription.dispose();
      collection.dispose();
    },
  };
}
