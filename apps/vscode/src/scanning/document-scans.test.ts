import type { Mention } from '@aichips/core';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TextDocument } from 'vscode';
import { readFixture } from '../../test/activate-for-test';
import { createServices, type TestServices } from '../../test/create-services';
import { type MockTextDocument, vscodeMock } from '../../test/vscode-mock';

const asDocument = (document: MockTextDocument) => document as unknown as TextDocument;
const summary = (mentions: readonly Mention[]) => mentions.map((m) => `${m.start}-${m.end}:${m.id}`);

let services: TestServices;

beforeEach(() => {
  vscodeMock.reset();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});

afterEach(() => {
  services?.dispose();
  vi.useRealTimers();
});

describe('DocumentScans', () => {
  it('scans a Markdown document in full, skipping code blocks', () => {
    services = createServices();
    const { document } = vscodeMock.openDocument(readFixture('draft.md'));
    const scan = services.scans.get(asDocument(document));
    expect(scan?.coverage).toBe('full');
    expect(scan?.mentions.map((m) => m.text)).toEqual([
      'NVIDIA',
      'H20',
      'Huawei',
      'Ascend 910C',
      'Cambricon',
      'MLU590',
      'DeepSeek',
      'NVIDIA',
    ]);
  });

  it('leaves documents of other languages and disabled files alone', async () => {
    services = createServices();
    const { document: code } = vscodeMock.openDocument('const gpu = "H20";', { language: 'typescript' });
    expect(services.scans.get(asDocument(code))).toBeUndefined();
    const { document } = vscodeMock.openDocument('NVIDIA H20');
    await services.disabledFiles.set(document.uri as never, true);
    expect(services.scans.get(asDocument(document))).toBeUndefined();
  });

  it('scans opt-in languages once configured', () => {
    services = createServices({ settings: { 'aichips.languages': ['markdown', 'latex'] } });
    const { document } = vscodeMock.openDocument('\\section{NVIDIA ships the H20}', { language: 'latex' });
    expect(services.scans.get(asDocument(document))?.mentions.map((m) => m.id)).toEqual(['nvidia', 'h20']);
  });

  it('settles edits after the debounce, and not before', () => {
    services = createServices();
    const { document } = vscodeMock.openDocument('Huawei ');
    const changed = vi.fn();
    services.scans.onDidChange(changed);
    expect(services.scans.get(asDocument(document))?.mentions).toHaveLength(1);
    vscodeMock.edit(document, [{ start: 7, end: 7, text: 'Ascend 910C' }]);
    vi.advanceTimersByTime(100);
    expect(changed).not.toHaveBeenCalled();
    expect(services.scans.get(asDocument(document))?.mentions).toHaveLength(1);
    vi.advanceTimersByTime(60);
    expect(changed).toHaveBeenCalledTimes(1);
    expect(services.scans.get(asDocument(document))?.mentions.map((m) => m.text)).toEqual(['Huawei Ascend 910C']);
  });

  it('applies waiting edits on demand without waiting for the debounce', () => {
    services = createServices();
    const { document } = vscodeMock.openDocument('Chips: ');
    services.scans.get(asDocument(document));
    vscodeMock.edit(document, [{ start: 7, end: 7, text: 'MLU590' }]);
    expect(services.scans.getCurrent(asDocument(document))?.mentions.map((m) => m.id)).toEqual(['mlu590']);
  });

  it('after any series of edits, equals a full scan of the final text', () => {
    const base = readFixture('draft.md');
    const inserts = ['NVIDIA ', 'H20', ' ', '\n', 'Ascend', ' 910B', '```\n', 'Huawei', 'x', '昇腾910C', ''];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            at: fc.double({ min: 0, max: 1, noNaN: true }),
            length: fc.nat({ max: 12 }),
            text: fc.constantFrom(...inserts),
            settle: fc.boolean(),
          }),
          { minLength: 1, maxLength: 15 },
        ),
        (steps) => {
          vscodeMock.reset();
          services?.dispose();
          services = createServices();
          const { document } = vscodeMock.openDocument(base);
          services.scans.get(asDocument(document));
          for (const step of steps) {
            const text = document.getText();
            const start = Math.floor(step.at * text.length);
            vscodeMock.edit(document, [{ start, end: Math.min(text.length, start + step.length), text: step.text }]);
            if (step.settle) vi.advanceTimersByTime(200);
          }
          vi.advanceTimersByTime(200);
          const incremental = services.scans.get(asDocument(document))!;
          const full = services.atlasStore.atlas.scan(document.getText(), { skipCode: true, skipUrls: true });
          expect(incremental.version).toBe(document.version);
          expect(summary(incremental.mentions)).toEqual(summary(full));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('re-scans incrementally: a local edit never triggers a full scan', () => {
    services = createServices();
    const { document } = vscodeMock.openDocument(readFixture('china-ai-chips-article.txt'), { language: 'plaintext' });
    services.scans.get(asDocument(document));
    const { scanner } = services.atlasStore;
    const scan = vi.spyOn(scanner, 'scan');
    const rescan = vi.spyOn(scanner, 'rescan');
    vscodeMock.edit(document, [{ start: 0, end: 0, text: 'H20 ' }]);
    vi.advanceTimersByTime(200);
    expect(rescan).toHaveBeenCalledTimes(1);
    expect(scan).not.toHaveBeenCalled();
    expect(services.scans.get(asDocument(document))?.mentions[0]).toMatchObject({ start: 0, end: 3, id: 'h20' });
  });
});

describe('DocumentScans on large files', () => {
  const bigDocument = (lines: number) =>
    Array.from({ length: lines }, (_, i) =>
      i % 10 === 0 ? `Line ${i}: NVIDIA ships the H20.` : `Line ${i}: nothing to see in this one.`,
    ).join('\n');

  it('scans only the visible lines of a file over the size limit, and follows scrolling', () => {
    services = createServices({ settings: { 'aichips.maxFileSize': 64 } });
    const { document, editor } = vscodeMock.openDocument(bigDocument(5_000), { visibleLines: [0, 29] });
    expect(services.scans.get(asDocument(document))?.coverage).toBe('preview');
    vi.advanceTimersByTime(0);
    const scan = services.scans.get(asDocument(document))!;
    expect(scan.coverage).toBe('visible');
    expect(scan.limit?.reason).toBe('file-size');
    expect(scan.mentions.map((m) => document.positionAt(m.start).line)).toEqual([0, 0, 10, 10, 20, 20]);
    vscodeMock.setVisibleLines(editor!, 4_000, 4_015);
    vi.advanceTimersByTime(200);
    const lines = services.scans.get(asDocument(document))!.mentions.map((m) => document.positionAt(m.start).line);
    expect(lines).toEqual([4_000, 4_000, 4_010, 4_010]);
  });

  it('scans the visible lines of a long document first, then all of it on the next turn', () => {
    services = createServices();
    const { document } = vscodeMock.openDocument(bigDocument(3_000), { visibleLines: [0, 15] });
    const changed = vi.fn();
    services.scans.onDidChange(changed);
    const preview = services.scans.get(asDocument(document))!;
    expect(preview.coverage).toBe('preview');
    expect(preview.mentions.map((m) => document.positionAt(m.start).line)).toEqual([0, 0, 10, 10]);
    vi.advanceTimersByTime(0);
    expect(changed).toHaveBeenCalledTimes(1);
    const full = services.scans.get(asDocument(document))!;
    expect(full.coverage).toBe('full');
    expect(full.mentions).toHaveLength(600);
  });

  it('never scans a line over 20,000 characters, even when it is visible', () => {
    services = createServices();
    const longLine = `NVIDIA ${'x'.repeat(25_000)} H20`;
    const { document } = vscodeMock.openDocument(`Huawei\n${longLine}\nCambricon`, { visibleLines: [0, 2] });
    const scan = services.scans.get(asDocument(document))!;
    expect(scan.limit).toEqual({ reason: 'long-line', line: 1, length: longLine.length });
    expect(scan.mentions.map((m) => m.id)).toEqual(['huawei', 'cambricon']);
  });

  it('switches to the visible lines when an edit pushes the file over the limit', () => {
    services = createServices({ settings: { 'aichips.maxFileSize': 4 } });
    const { document } = vscodeMock.openDocument('NVIDIA ships the H20\n', { visibleLines: [0, 0] });
    expect(services.scans.get(asDocument(document))?.coverage).toBe('full');
    vscodeMock.edit(document, [{ start: 21, end: 21, text: 'filler line\n'.repeat(500) }]);
    vi.advanceTimersByTime(200);
    const scan = services.scans.get(asDocument(document))!;
    expect(scan.coverage).toBe('visible');
    expect(scan.mentions.map((m) => m.id)).toEqual(['nvidia', 'h20']);
  });
});
