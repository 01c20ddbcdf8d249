import type { ScanOptions } from '@aichips/core';
import { PendingEdits, rescanAfterEdits } from '@aichips/sdk';
import {
  type Connection,
  type DidChangeTextDocumentParams,
  type Disposable,
  Emitter,
  type Event,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { AtlasStore } from '../atlas/atlas-store';
import { describeError, type Log } from '../log';
import type { SettingsStore } from '../settings/settings-store';
import { type DocumentScan, type ScannedText, scanPlanned, scanWholeText } from './scan-text';

/** The open documents, each with a scan kept current by incremental, debounced re-scans. */
export interface DocumentScans extends Disposable {
  /** Fires once a document's scan has settled, and when a document closes (then `get()` is undefined). */
  readonly onDidSettle: Event<string>;
  document(uri: string): TextDocument | undefined;
  /** The latest settled scan; undefined for closed documents and languages that are not scanned. */
  get(uri: string): DocumentScan | undefined;
  /** Like `get()`, after applying the edits waiting for the debounce — incrementally, never in full. */
  getCurrent(uri: string): DocumentScan | undefined;
  /** The text the scan belongs to. */
  scannedText(uri: string): string | undefined;
  readonly uris: () => string[];
}

export interface DocumentScansDeps {
  connection: Connection;
  atlasStore: AtlasStore;
  settings: SettingsStore;
  log: Log;
  /** Quiet time after the last keystroke before diagnostics update. */
  debounceMs?: number;
}

interface Entry {
  document: TextDocument;
  scanned: ScannedText | undefined;
  /** Edits since `scanned.text` (full coverage only); `stale` asks for a scan of the whole text. */
  pending: PendingEdits | undefined;
  stale: boolean;
  timer: ReturnType<typeof setTimeout> | undefined;
}

export function createDocumentScans(deps: DocumentScansDeps): DocumentScans {
  const { connection, atlasStore, settings, log, debounceMs = 150 } = deps;
  const emitter = new Emitter<string>();
  const entries = new Map<string, Entry>();
  const isScanned = (document: TextDocument) => settings.current.languages.includes(document.languageId);
  const optionsFor = (document: TextDocument): ScanOptions => ({
    skipCode: settings.current.skipCodeBlocks && document.languageId === 'markdown',
    skipUrls: true,
  });

  const scanInFull = (entry: Entry) => {
    const { document } = entry;
    const input = { text: document.getText(), version: document.version, maxFileSize: settings.current.maxFileSize };
    Object.assign(entry, {
      scanned: scanWholeText(atlasStore.atlas, input, optionsFor(document)),
      pending: undefined,
      stale: false,
    });
  };

  /** Applies what changed since the last scan: the pending edits when it can, the whole text when it must. */
  const rescan = (entry: Entry) => {
    const { document, pending, scanned } = entry;
    if (!scanned || entry.stale || !pending || scanned.scan.coverage !== 'full') return scanInFull(entry);
    const text = document.getText();
    const previous = { text: scanned.text, size: scanned.size, mentions: scanned.scan.mentions };
    const options = optionsFor(document);
    const result = rescanAfterEdits(atlasStore.atlas, previous, pending.edits, text, {
      maxFileSize: settings.current.maxFileSize,
      options,
    });
    const { version } = document;
    if (result.outcome === 'lost') {
      log.warn(`incremental re-scan of ${document.uri} lost track of the text; scanning it in full`);
      return scanInFull(entry);
    }
    entry.pending = undefined;
    entry.scanned =
      result.outcome === 'limited'
        ? scanPlanned(atlasStore.atlas, { text, version, plan: result.plan, size: result.size }, options)
        : { text, size: result.size, scan: { version, mentions: result.mentions, coverage: 'full' } };
  };

  /** Brings an entry up to date with its document; false when it already was or is not scanned. */
  const settle = (entry: Entry): boolean => {
    clearTimeout(entry.timer);
    entry.timer = undefined;
    if (!isScanned(entry.document)) {
      const had = entry.scanned !== undefined;
      Object.assign(entry, { scanned: undefined, pending: undefined, stale: false });
      return had;
    }
    if (entry.scanned?.scan.version === entry.document.version && !entry.stale) return false;
    try {
      rescan(entry);
    } catch (error) {
      log.error(`scan of ${entry.document.uri} failed: ${describeError(error)}`);
      Object.assign(entry, { scanned: undefined, pending: undefined, stale: true });
    }
    return true;
  };

  const schedule = (entry: Entry, delay = debounceMs) => {
    clearTimeout(entry.timer);
    entry.timer = setTimeout(() => {
      settle(entry);
      emitter.fire(entry.document.uri);
    }, delay);
  };

  const onChange = ({ textDocument, contentChanges }: DidChangeTextDocumentParams) => {
    const entry = entries.get(textDocument.uri);
    if (!entry) return;
    const base = entry.scanned?.scan.coverage === 'full' ? entry.scanned.text : undefined;
    // Changes arrive in order, each in the offsets of the text the previous one left: as PendingEdits takes them.
    for (const change of contentChanges) {
      if ('range' in change && base !== undefined && !entry.stale) {
        entry.pending ??= new PendingEdits(base);
        const start = entry.document.offsetAt(change.range.start);
        const end = entry.document.offsetAt(change.range.end);
        entry.pending.add(start, end, change.text);
      } else entry.stale = true;
      entry.document = TextDocument.update(entry.document, [change], textDocument.version);
    }
    schedule(entry);
  };

  const rescanAll = () => {
    for (const entry of entries.values()) {
      entry.stale = true;
      schedule(entry, 0);
    }
  };

  const subscriptions: Disposable[] = [
    connection.onDidOpenTextDocument(({ textDocument: { uri, languageId, version, text } }) => {
      const entry: Entry = {
        document: TextDocument.create(uri, languageId, version, text),
        scanned: undefined,
        pending: undefined,
        stale: true,
        timer: undefined,
      };
      entries.set(uri, entry);
      schedule(entry, 0);
    }),
    connection.onDidChangeTextDocument(onChange),
    connection.onDidCloseTextDocument(({ textDocument: { uri } }) => {
      const entry = entries.get(uri);
      if (!entry) return;
      clearTimeout(entry.timer);
      entries.delete(uri);
      emitter.fire(uri);
    }),
    settings.onDidChange((changed) => {
      if (changed.has('languages') || changed.has('skipCodeBlocks') || changed.has('maxFileSize')) rescanAll();
    }),
    atlasStore.onDidChange(rescanAll),
  ];

  const current = (entry: Entry | undefined) => (entry && isScanned(entry.document) ? entry.scanned?.scan : undefined);
  return {
    onDidSettle: emitter.event,
    document: (uri) => entries.get(uri)?.document,
    get: (uri) => current(entries.get(uri)),
    getCurrent(uri) {
      const entry = entries.get(uri);
      if (!entry) return undefined;
      const waiting = entry.timer !== undefined;
      // The hover gets the scan now; diagnostics catch up on the next turn.
      if (settle(entry) || waiting) schedule(entry, 0);
      return current(entry);
    },
    scannedText: (uri) => entries.get(uri)?.scanned?.text,
    uris: () => [...entries.keys()],
    dispose() {
      for (const entry of entries.values()) clearTimeout(entry.timer);
      entries.clear();
      for (const subscription of subscriptions) subscription.dispose();
      emitter.dispose();
    },
  };
}
