import type { Mention } from '@aichips/core';
import {
  type Disposable,
  type Event,
  EventEmitter,
  type LogOutputChannel,
  type TextDocument,
  type TextDocumentChangeEvent,
  window,
  workspace,
} from 'vscode';
import type { AtlasStore } from '../atlas/atlas-store';
import type { SettingsStore } from '../settings/settings-store';
import type { DisabledFiles } from './disabled-files';
import { PendingEdits } from './pending-edits';
import { isScannedLanguage, scanOptionsFor } from './scan-options';
import { type ScanLimit, type ScanPlan, planScan } from './scan-plan';
import { scanVisibleLines } from './scan-visible-lines';

/** The mentions of a document: of all of it, of its visible lines only, or none (see `limit`). */
export interface DocumentScan {
  readonly version: number;
  readonly mentions: readonly Mention[];
  readonly coverage: ScanPlan['coverage'];
  readonly limit?: ScanLimit;
}

/** One scan per open document, kept current with incremental, debounced re-scans. */
export interface DocumentScans extends Disposable {
  /** Fires once a document's scan has settled (after an edit, a setting or dataset change, a close). */
  readonly onDidChange: Event<TextDocument>;
  isScanned(document: TextDocument): boolean;
  /** The latest settled scan, made now if there is none; undefined for documents that are not scanned. */
  get(document: TextDocument): DocumentScan | undefined;
  /** Like `get()`, after applying the edits still waiting for the debounce — incrementally, never in full. */
  getCurrent(document: TextDocument): DocumentScan | undefined;
}

export interface DocumentScansDeps {
  atlasStore: AtlasStore;
  settings: SettingsStore;
  disabledFiles: DisabledFiles;
  log: LogOutputChannel;
  /** Quiet time after the last keystroke before decorations and trees update. */
  debounceMs?: number;
}

interface Entry {
  document: TextDocument;
  scan: DocumentScan;
  /** The text `scan.mentions` belong to (full coverage only). */
  text: string;
  pending: PendingEdits | undefined;
  timer: ReturnType<typeof setTimeout> | undefined;
}

export function createDocumentScans(deps: DocumentScansDeps): DocumentScans {
  const { atlasStore, settings, disabledFiles, log, debounceMs = 150 } = deps;
  const emitter = new EventEmitter<TextDocument>();
  const entries = new Map<string, Entry>();
  const keyOf = (document: TextDocument) => document.uri.toString();

  const isScanned = (document: TextDocument) =>
    isScannedLanguage(document, settings.current) && !disabledFiles.has(document.uri);

  const visibleRanges = (document: TextDocument) =>
    window.visibleTextEditors.filter((editor) => editor.document === document).flatMap((editor) => editor.visibleRanges);

  const scanDocument = (document: TextDocument, text = document.getText()): Omit<Entry, 'timer'> => {
    const plan = planScan(text, settings.current.maxFileSize);
    const options = scanOptionsFor(document, settings.current);
    const { atlas } = atlasStore;
    if (plan.coverage === 'full') {
      const scan = { version: document.version, mentions: atlas.scan(text, options), coverage: plan.coverage };
      return { document, scan, text, pending: undefined };
    }
    const mentions = plan.coverage === 'visible' ? scanVisibleLines(atlas, document, visibleRanges(document), options) : [];
    return { document, scan: { version: document.version, mentions, ...plan }, text: '', pending: undefined };
  };

  const settle = (entry: Entry) => {
    clearTimeout(entry.timer);
    entry.timer = undefined;
    const { document, pending } = entry;
    const text = document.getText();
    if (entry.scan.coverage === 'full' && pending && planScan(text, settings.current.maxFileSize).coverage === 'full') {
      const next = atlasStore.atlas.rescan(
        { text: entry.text, mentions: [...entry.scan.mentions] },
        [...pending.edits],
        scanOptionsFor(document, settings.current),
      );
      if (next.text === text) {
        Object.assign(entry, { text, pending: undefined, scan: { version: document.version, mentions: next.mentions, coverage: 'full' } });
        return;
      }
      log.warn(`incremental re-scan of ${document.uri.toString()} lost track of the text; scanning it in full`);
    }
    Object.assign(entry, scanDocument(document, text));
  };

  const schedule = (entry: Entry) => {
    clearTimeout(entry.timer);
    entry.timer = setTimeout(() => {
      settle(entry);
      emitter.fire(entry.document);
    }, debounceMs);
  };

  const drop = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    clearTimeout(entry.timer);
    entries.delete(key);
    emitter.fire(entry.document);
  };
  const dropAll = () => {
    for (const key of [...entries.keys()]) drop(key);
  };

  const get = (document: TextDocument): Entry | undefined => {
    if (!isScanned(document)) return undefined;
    let entry = entries.get(keyOf(document));
    if (!entry) {
      entry = { ...scanDocument(document), timer: undefined };
      entries.set(keyOf(document), entry);
    }
    return entry;
  };

  const onEdit = (event: TextDocumentChangeEvent) => {
    const entry = entries.get(keyOf(event.document));
    if (!entry || event.contentChanges.length === 0) return;
    if (entry.scan.coverage === 'full') {
      entry.pending ??= new PendingEdits(entry.text);
      // Changes of one event are all in the offsets before it: applying the last first keeps them valid.
      const changes = [...event.contentChanges].sort((a, b) => b.rangeOffset - a.rangeOffset);
      for (const change of changes) entry.pending.add(change.rangeOffset, change.rangeOffset + change.rangeLength, change.text);
    }
    schedule(entry);
  };

  const rescheduleVisible = (document: TextDocument) => {
    const entry = entries.get(keyOf(document));
    if (entry && entry.scan.coverage === 'visible') schedule(entry);
  };

  const subscriptions: Disposable[] = [
    workspace.onDidChangeTextDocument(onEdit),
    workspace.onDidCloseTextDocument((document) => drop(keyOf(document))),
    window.onDidChangeTextEditorVisibleRanges((event) => rescheduleVisible(event.textEditor.document)),
    window.onDidChangeVisibleTextEditors((editors) => {
      for (const editor of editors) rescheduleVisible(editor.document);
    }),
    settings.onDidChange((changed) => {
      if (changed.has('languages') || changed.has('skipCodeBlocks') || changed.has('maxFileSize')) dropAll();
    }),
    atlasStore.onDidChange(dropAll),
    disabledFiles.onDidChange((uri) => drop(uri.toString())),
  ];

  return {
    onDidChange: emitter.event,
    isScanned,
    get: (document) => get(document)?.scan,
    getCurrent(document) {
      const entry = get(document);
      if (!entry) return undefined;
      if (entry.timer !== undefined || entry.scan.version !== document.version) {
        settle(entry);
        emitter.fire(document);
      }
      return entry.scan;
    },
    dispose() {
      for (const entry of entries.values()) clearTimeout(entry.timer);
      entries.clear();
      for (const subscription of subscriptions) subscription.dispose();
      emitter.dispose();
    },
  };
}
