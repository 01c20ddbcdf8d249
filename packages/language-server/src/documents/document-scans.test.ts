import { createAtlas } from '@aichips/sdk';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Connection, Emitter } from 'vscode-languageserver/node';
import type { AtlasStore } from '../atlas/atlas-store';
import type { Log } from '../log';
import { DEFAULT_SERVER_SETTINGS } from '../settings/server-settings';
import type { SettingsStore } from '../settings/settings-store';
import { createDocumentScans, type DocumentScans } from './document-scans';

const URI = 'file:///notes.md';
let scans: DocumentScans | undefined;
afterEach(() => {
  scans?.dispose();
  scans = undefined;
  vi.useRealTimers();
});

/** The scans over a connection whose notifications the test sends, with the scanner's calls counted. */
function setUp() {
  vi.useFakeTimers();
  const handlers: Record<string, (params: never) => void> = {};
  const on = (name: string) => (handler: (params: never) => void) => {
    handlers[name] = handler;
    return { dispose: () => undefined };
  };
  const connection = {
    onDidOpenTextDocument: on('open'),
    onDidChangeTextDocument: on('change'),
    onDidCloseTextDocument: on('close'),
  } as unknown as Connection;
  const atlas = createAtlas();
  const calls = { scan: 0, rescan: 0 };
  const counted = {
    ...atlas,
    scan: (...args: Parameters<typeof atlas.scan>) => {
      calls.scan++;
      return atlas.scan(...args);
    },
    rescan: (...args: Parameters<typeof atlas.rescan>) => {
      calls.rescan++;
      return atlas.rescan(...args);
    },
  };
  const atlasStore = { atlas: counted, onDidChange: new Emitter().event } as unknown as AtlasStore;
  const settings = { current: DEFAULT_SERVER_SETTINGS, onDidChange: new Emitter().event } as unknown as SettingsStore;
  const log: Log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
  scans = createDocumentScans({ connection, atlasStore, settings, log });
  const send = (name: string, params: unknown) => handlers[name]!(params as never);
  return { scans, calls, send, log };
}

const type = (version: number, line: number, character: number, text: string) => ({
  textDocument: { uri: URI, version },
  contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text }],
});

describe('createDocumentScans()', () => {
  it('re-scans around each burst of typing, never the whole document again', () => {
    const { scans, calls, send, log } = setUp();
    send('open', { textDocument: { uri: URI, languageId: 'markdown', version: 1, text: 'NVIDIA ships the H20.\n' } });
    vi.advanceTimersByTime(0);
    expect(calls).toEqual({ scan: 1, rescan: 0 });
    for (const [version, character, text] of [
      [2, 21, ' Cambricon'],
      [3, 31, ' sells'],
      [4, 37, ' the MLU590.'],
    ] as const)
      send('change', type(version, 0, character, text));
    vi.advanceTimersByTime(200);
    expect(calls).toEqual({ scan: 1, rescan: 1 });
    expect(scans.get(URI)?.mentions.map((mention) => mention.id)).toEqual(['nvidia', 'h20', 'cambricon', 'mlu590']);
    expect(scans.get(URI)?.version).toBe(4);
    expect(log.warn).not.toHaveBeenCalled();
  });

  it('answers a hover from the edits still waiting for the debounce, incrementally', () => {
    const { scans, calls, send } = setUp();
    send('open', { textDocument: { uri: URI, languageId: 'markdown', version: 1, text: 'We compare \n' } });
    vi.advanceTimersByTime(0);
    send('change', type(2, 0, 11, 'the Gaudi 3'));
    expect(scans.getCurrent(URI)?.mentions.map((mention) => mention.id)).toEqual(['gaudi-3']);
    expect(calls).toEqual({ scan: 1, rescan: 1 });
  });

  it('stops scanning a document typed over the size limit, and says why', () => {
    const { scans, calls, send } = setUp();
    send('open', { textDocument: { uri: URI, languageId: 'markdown', version: 1, text: 'H20\n' } });
    vi.advanceTimersByTime(0);
    send('change', type(2, 1, 0, 'x'.repeat(600 * 1024)));
    vi.advanceTimersByTime(200);
    expect(scans.get(URI)).toMatchObject({ coverage: 'none', mentions: [], limit: { reason: 'file-size' } });
    expect(calls).toEqual({ scan: 1, rescan: 0 });
  });
});
