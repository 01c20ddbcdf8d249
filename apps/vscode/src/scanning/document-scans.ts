import { PendingEdits, rescanAfterEdits } from '@aichips/sdk';
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
import { type DocumentScan, type ScannedText, scanDocument, scanWholeDocument } from './scan-document';
import { isScannedLanguage, scanOptionsFor } from './scan-options';

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
  /** The text `scan.mentions` belong to, and its UTF-8 size (full coverage only). */
  text: string;
  size: number;
  /** Edits since `text` was scanned (full coverage); `stale` asks for a new visible-lines pass. */
  pending: PendingEdits | undefined;
  stale: boolean;
  timer: ReturnType<typeof setTimeout> | undefined;
}

export function createDocumentScans(deps: DocumentScansDeps): DocumentScans {
  const { atlasStore, settings, disabledFiles, log, debounceMs = 150 } = deps;
  const emitter = new EventEmitter<TextDocument>();
  const entries = new Map<string, Entry>();
  const keyOf = (document: TextDocument) => document.uri.toString();
  const isScanned = (document: TextDocument) =>
    isScannedLanguage(document, settings.current) && !disabledFiles.has(document.uri);
  const fresh = (document: TextDocument, scanned: ScannedText) => ({
    document,
    ...scanned,
    pending: undefined,
    // A preview is followed by the full scan.
    stale: scanned.scan.coverage === 'preview',
  });
  const scanInFull = (document: TextDocument, text = document.getText(), preview = false) => {
    const input = { text, maxFileSize: settings.current.maxFileSize, preview };
    return fresh(
      document,
      scanWholeDocument(atlasStore.scanner, document, input, scanOptionsFor(document, settings.current)),
    );
  };

  /** Brings an entry up to date with its document; false when it already was. */
  const settle = (entry: Entry): boolean => {
    clearTimeout(entry.timer);
    entry.timer = undefined;
    const { document, pending } = entry;
    if (!pending && !entry.stale && entry.scan.version === document.version) return false;
    const text = document.getText();
    if (entry.scan.coverage === 'full' && pending) {
      const options = scanOptionsFor(document, settings.current);
      const previous = { text: entry.text, size: entry.size, mentions: entry.scan.mentions };
      const input = { maxFileSize: settings.current.maxFileSize, options };
      const result = rescanAfterEdits(atlasStore.scanner, previous, pending.edits, text, input);
      if (result.outcome === 'limited') {
        const { plan, size } = result;
        Object.assign(
          entry,
          fresh(document, scanDocument(atlasStore.scanner, document, { text, plan, size }, options)),
        );
        return true;
      }
      if (result.outcome === 'rescanned') {
        const scan = { version: document.version, mentions: result.mentions, coverage: 'full' as const };
        Object.assign(entry, { text: result.text, size: result.size, pending: undefined, stale: false, scan });
        return true;
      }
      log.warn(`incremental re-scan of ${document.uri.toString()} lost track of the text; scanning it in full`);
    }
    Object.assign(entry, scanInFull(document, text));
    return true;
  };

  const schedule = (entry: Entry, delay = debounceMs) => {
    clearTimeout(entry.timer);
    entry.timer = setTimeout(() => {
      settle(entry);
      emitter.fire(entry.document);
    }, delay);
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
      entry = { ...scanInFull(document, undefined, true), timer: undefined };
      entries.set(keyOf(document), entry);
      if (entry.stale) schedule(entry, 0);
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
      for (const change of changes)
        entry.pending.add(change.rangeOffset, change.rangeOffset + change.rangeLength, change.text);
    } else entry.stale = true;
    schedule(entry);
  };

  const rescanVisible = (document: TextDocument) => {
    const entry = entries.get(keyOf(document));
    if (entry?.scan.coverage !== 'visible') return;
    entry.stale = true;
    schedule(entry, debounceMs / 2);
  };

  const subscriptions: Disposable[] = [
    workspace.onDidChangeTextDocument(onEdit),
    workspace.onDidCloseTextDocument((document) => drop(keyOf(document))),
    window.onDidChangeTextEditorVisibleRanges((event) => rescanVisible(event.textEditor.document)),
    window.onDidChangeVisibleTextEditors((editors) => {
      for (const editor of editors) rescanVisible(editor.document);
    }),
    settings.onDidChange((changed) => {
      if (changed.has('languages') || changed.has('skipCodeBlocks') || changed.has('maxFileSize')) dropAll();
    }),
    atlasStore.onDidChange(dropAll),
    disabledFiles.onDidChange((uri) => {
      const key = uri.toString();
      if (entries.has(key)) drop(key);
      // Turned back on: nothing was kept for it, so announce it for everyone to scan it again.
      else for (const document of workspace.textDocuments) if (keyOf(document) === key) emitter.fire(document);
    }),
  ];

  return {
    onDidChange: emitter.event,
    isScanned,
    get: (document) => get(document)?.scan,
    getCurrent(document) {
      const entry = get(document);
      if (!entry) return undefined;
      const waiting = entry.timer !== undefined;
      // The caller (a hover) gets the scan now; decorations and trees catch up on the next turn.
      if (settle(entry) || waiting) schedule(entry, 0);
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
