import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestClient, type TestClient } from './start-test-client';

const ROOT = tmpdir();
const uri = (name: string) => pathToFileURL(join(ROOT, name)).href;
const WARNING = 2;
const INFORMATION = 3;

let client: TestClient | undefined;
afterEach(async () => {
  const logs = client?.logs ?? [];
  if (client && client.process.exitCode === null) await client.stop().catch(() => client?.process.kill());
  client = undefined;
  // Providers log instead of throwing; an incremental re-scan that lost track of the text warns.
  const unexpected = logs.filter(
    (log) => log.type <= 2 && !log.message.includes('aichips.datasetPath') && !log.message.startsWith('custom dataset'),
  );
  expect(unexpected).toEqual([]);
});

async function initialize(
  options: { markdown?: boolean; initializationOptions?: unknown; configuration?: unknown } = {},
) {
  client = startTestClient(options.configuration ?? null);
  const result = await client.connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(ROOT).href,
    capabilities: {
      textDocument: {
        hover: { contentFormat: options.markdown === false ? ['plaintext'] : ['markdown', 'plaintext'] },
        publishDiagnostics: { relatedInformation: true, versionSupport: true },
      },
      workspace: { configuration: options.configuration !== undefined },
    },
    initializationOptions: options.initializationOptions,
  });
  await client.connection.sendNotification('initialized', {});
  return { client, result: result as { capabilities: Record<string, unknown> } };
}

const open = (name: string, text: string, languageId = 'markdown') =>
  client!.connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri: uri(name), languageId, version: 1, text },
  });

const hover = (name: string, line: number, character: number) =>
  client!.connection.sendRequest('textDocument/hover', {
    textDocument: { uri: uri(name) },
    position: { line, character },
  }) as Promise<{ contents: { kind: string; value: string }; range: unknown } | null>;

describe('aichips-lsp over stdio', () => {
  it('answers initialize with incremental sync, hover, quick fixes and symbols', async () => {
    const { result } = await initialize();
    expect(result.capabilities).toMatchObject({
      textDocumentSync: { openClose: true, change: 2 },
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: ['quickfix'] },
      documentSymbolProvider: true,
    });
    expect(await client!.stop()).toBe(0);
  });

  it('warns about a wrong spec sentence with the extension’s severity, code and message', async () => {
    await initialize();
    const published = client!.waitForDiagnostics(uri('claims.md'), (p) => p.diagnostics.length > 0);
    open('claims.md', '# Notes\n\nThe H20 has 141 GB of HBM3.\n');
    const { diagnostics } = await published;
    expect(diagnostics).toEqual([
      expect.objectContaining({
        range: { start: { line: 2, character: 12 }, end: { line: 2, character: 18 } },
        severity: WARNING,
        code: 'other-variant',
        source: 'AI Chips',
        message: "NVIDIA H20 memory: 141 GB is the NVIDIA H200 SXM's figure; the dataset has 96 GB for the NVIDIA H20",
      }),
    ]);
  });

  it('hovers the SDK’s Markdown card on a chip, and plain text for clients without Markdown', async () => {
    await initialize();
    const settled = client!.waitForDiagnostics(uri('h20.md'));
    open('h20.md', "NVIDIA's H20 ships with 96 GB of HBM3.\n");
    await settled;
    const card = await hover('h20.md', 0, 10);
    expect(card?.contents.kind).toBe('markdown');
    expect(card?.contents.value).toContain('**NVIDIA H20**');
    expect(card?.contents.value).toMatch(/\| Memory \| 96 GB HBM3/);
    expect(card?.range).toEqual({ start: { line: 0, character: 9 }, end: { line: 0, character: 12 } });
    expect(await hover('h20.md', 0, 20)).toBeNull();
    await client!.stop();

    await initialize({ markdown: false });
    open('h20.md', "NVIDIA's H20 ships with 96 GB of HBM3.\n");
    const text = await hover('h20.md', 0, 10);
    expect(text?.contents.kind).toBe('plaintext');
    expect(text?.contents.value).toMatch(/^NVIDIA H20/);
    expect(text?.contents.value).not.toContain('**');
  });

  it('follows incremental changes: a new mention hovers at once, a fixed figure clears its warning', async () => {
    await initialize();
    const first = client!.waitForDiagnostics(uri('edit.md'), (p) => p.diagnostics.length === 1);
    open('edit.md', 'The H20 has 141 GB of HBM3.\n');
    await first;
    const cleared = client!.waitForDiagnostics(uri('edit.md'), (p) => p.version === 3);
    await client!.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: uri('edit.md'), version: 3 },
      contentChanges: [
        // Two changes in one event, each in the offsets the previous one left.
        { range: { start: { line: 0, character: 12 }, end: { line: 0, character: 15 } }, text: '96' },
        { range: { start: { line: 0, character: 26 }, end: { line: 0, character: 26 } }, text: ' So is the MLU590.' },
      ],
    });
    const card = await hover('edit.md', 0, 42);
    expect(card?.contents.value).toContain('**Cambricon MLU590');
    expect((await cleared).diagnostics).toEqual([]);
  });

  it('offers the dataset’s value and a source footnote as quick fixes', async () => {
    await initialize();
    const published = client!.waitForDiagnostics(uri('fix.md'), (p) => p.diagnostics.length > 0);
    const text = 'NVIDIA’s H20 ships with 120 GB of HBM3.\n';
    open('fix.md', text);
    const { diagnostics } = await published;
    const actions = (await client!.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: uri('fix.md') },
      range: diagnostics[0]!.range,
      context: { diagnostics },
    })) as { title: string; kind: string; isPreferred?: boolean; edit: { changes: Record<string, unknown[]> } }[];
    expect(actions.map((action) => [action.title, action.kind, action.isPreferred ?? false])).toEqual([
      ["Replace with the dataset's value", 'quickfix', true],
      ['Insert source footnote', 'quickfix', false],
    ]);
    expect(actions[0]!.edit.changes[uri('fix.md')]).toEqual([
      { range: { start: { line: 0, character: 24 }, end: { line: 0, character: 27 } }, newText: '96' },
    ]);
    const footnote = actions[1]!.edit.changes[uri('fix.md')] as { newText: string }[];
    expect(footnote[0]!.newText).toMatch(/^\[\^aichips-[\w-]+\]$/);
    expect(footnote[1]!.newText).toMatch(/^\n\[\^aichips-[\w-]+\]: .*, “.*”, .*\. <https:\/\/.*>\n$/);
  });

  it('lists mentions as document symbols named after their entities', async () => {
    await initialize();
    open('symbols.md', 'Huawei offers the Ascend 910C; NVIDIA the H20.\n');
    const symbols = (await client!.connection.sendRequest('textDocument/documentSymbol', {
      textDocument: { uri: uri('symbols.md') },
    })) as { name: string; kind: number }[];
    expect(symbols.map((symbol) => symbol.name)).toEqual(['Huawei', 'Huawei Ascend 910C', 'NVIDIA', 'NVIDIA H20']);
  });

  it('gives a document over the size limit one Information diagnostic and no scan', async () => {
    await initialize({ initializationOptions: { aichips: { maxFileSize: 1 } } });
    const published = client!.waitForDiagnostics(uri('large.md'), (p) => p.diagnostics.length > 0);
    open('large.md', 'The H20 has 141 GB of HBM3.\n'.repeat(100));
    const { diagnostics } = await published;
    expect(diagnostics).toEqual([
      expect.objectContaining({
        severity: INFORMATION,
        code: 'not-scanned',
        message:
          'The document is 3 KB, over the 1 KB limit (aichips.maxFileSize): not scanned: no hovers, symbols or fact checks in it.',
      }),
    ]);
    expect(await hover('large.md', 0, 5)).toBeNull();
  });

  it('applies workspace/didChangeConfiguration: languages and fact checks', async () => {
    await initialize();
    const text = 'The H20 has 141 GB of HBM3.\n';
    const first = client!.waitForDiagnostics(uri('notes.txt'), (p) => p.diagnostics.length === 1);
    open('notes.txt', text, 'text');
    await first;
    const off = client!.waitForDiagnostics(uri('notes.txt'), (p) => p.diagnostics.length === 0);
    await client!.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: { aichips: { languages: ['markdown'] } },
    });
    await off;
    expect(await hover('notes.txt', 0, 5)).toBeNull();
    const back = client!.waitForDiagnostics(uri('notes.txt'), (p) => p.diagnostics.length === 1);
    await client!.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: { aichips: { languages: ['text'], factCheck: { enabled: true } } },
    });
    await back;
    const quiet = client!.waitForDiagnostics(uri('notes.txt'), (p) => p.diagnostics.length === 0);
    await client!.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: { aichips: { languages: ['text'], factCheck: { enabled: false } } },
    });
    await quiet;
    expect((await hover('notes.txt', 0, 5))?.contents.value).toContain('NVIDIA H20');
  });

  it('names a bad dataset path and its problem, and keeps serving the embedded dataset', async () => {
    const missing = join(ROOT, 'no-such-dir', 'data.json');
    await initialize({ configuration: { datasetPath: missing } });
    const message = await client!.waitForMessage((text) => text.includes('aichips.datasetPath'));
    expect(message).toContain(`"${missing}"`);
    expect(message).toMatch(/not loaded: .*(ENOENT|not found|no such file|does not exist)/i);
    expect(message).toMatch(/embedded dataset \S+ stays in use/);
    open('after.md', 'NVIDIA built the H20.\n');
    expect((await hover('after.md', 0, 17))?.contents.value).toContain('**NVIDIA H20**');
  });

  it('refuses a file that is not a dataset release, naming what is wrong', async () => {
    const bogus = join(ROOT, 'aichips-lsp-bogus.json');
    writeFileSync(bogus, '{"meta": {}}');
    await initialize({ initializationOptions: { datasetPath: bogus } });
    const message = await client!.waitForMessage((text) => text.includes(bogus));
    expect(message).toMatch(/was not loaded: .+\. The embedded dataset/);
  });
});
