import { describe, expect, it } from 'vitest';
import { createAtlas } from '../create-atlas';
import { PendingEdits } from './pending-edits';
import { rescanAfterEdits } from './rescan-after-edits';
import { utf8Length } from './scan-plan';

const atlas = createAtlas();
const scanned = (text: string) => ({ text, size: utf8Length(text), mentions: atlas.scan(text) });
const ids = (mentions: readonly { id: string }[]) => mentions.map((mention) => mention.id);

describe('rescanAfterEdits()', () => {
  it('finds a name typed into a scanned text, as a full scan would', () => {
    const before = 'NVIDIA ships the H20.\n';
    const edits = new PendingEdits(before);
    edits.add(21, 21, ' Cambricon answers with the MLU590.');
    const after = 'NVIDIA ships the H20. Cambricon answers with the MLU590.\n';
    const result = rescanAfterEdits(atlas, scanned(before), edits.edits, after, { maxFileSize: 1024, options: {} });
    expect(result.outcome).toBe('rescanned');
    if (result.outcome !== 'rescanned') return;
    expect(ids(result.mentions)).toEqual(ids(atlas.scan(after)));
    expect(ids(result.mentions)).toContain('mlu590');
    expect(result.size).toBe(utf8Length(after));
  });

  it('says when the edits take the text over the size limit, without scanning it', () => {
    const before = 'H20\n';
    const edits = new PendingEdits(before);
    edits.add(4, 4, 'x'.repeat(2_000));
    const result = rescanAfterEdits(atlas, scanned(before), edits.edits, `H20\n${'x'.repeat(2_000)}`, {
      maxFileSize: 1024,
      options: {},
    });
    expect(result).toEqual({
      outcome: 'limited',
      plan: { coverage: 'visible', limit: { reason: 'file-size', size: 2_004, maxSize: 1024 } },
      size: 2_004,
    });
  });

  it('reports a text the edits do not add up to, for the caller to scan in full', () => {
    const before = 'NVIDIA ships the H20.\n';
    const edits = new PendingEdits(before);
    edits.add(0, 0, 'So ');
    const result = rescanAfterEdits(atlas, scanned(before), edits.edits, 'Something else.\n'.repeat(2), {
      maxFileSize: 1024,
      options: {},
    });
    expect(result).toEqual({ outcome: 'lost' });
  });
});
