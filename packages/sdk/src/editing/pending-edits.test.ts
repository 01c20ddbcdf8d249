import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits, PendingEdits } from './pending-edits';

// An edit in the offsets of the current text, drawn relative to its length.
const editArbitrary = fc.record({
  a: fc.double({ min: 0, max: 1, noNaN: true }),
  b: fc.double({ min: 0, max: 1, noNaN: true }),
  text: fc.string({ maxLength: 6 }),
});

describe('PendingEdits', () => {
  it('maps a single edit straight through', () => {
    const pending = new PendingEdits('NVIDIA H20');
    pending.add(7, 10, 'H100');
    expect(pending.edits).toEqual([{ start: 7, end: 10, text: 'H100' }]);
  });

  it('merges typing at the end of an earlier edit into one edit', () => {
    const pending = new PendingEdits('Ascend ');
    pending.add(7, 7, '9');
    pending.add(8, 8, '1');
    pending.add(9, 9, '0C');
    expect(pending.edits).toEqual([{ start: 7, end: 7, text: '910C' }]);
  });

  it('keeps far-apart edits separate and in base offsets', () => {
    const pending = new PendingEdits('abcdefghij');
    pending.add(8, 9, 'XYZ'); // abcdefghXYZj
    pending.add(1, 2, ''); // acdefghXYZj
    expect(pending.edits).toEqual([
      { start: 1, end: 2, text: '' },
      { start: 8, end: 9, text: 'XYZ' },
    ]);
  });

  it('drops an edit that typing and deleting cancelled out', () => {
    const pending = new PendingEdits('H20');
    pending.add(3, 3, 'x');
    pending.add(3, 4, '');
    expect(pending.edits).toEqual([]);
  });

  it('always describes the current text in the offsets of the base text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.array(editArbitrary, { maxLength: 12 }), (base, steps) => {
        const pending = new PendingEdits(base);
        let current = base;
        for (const step of steps) {
          const start = Math.floor(Math.min(step.a, step.b) * (current.length + 1));
          const end = Math.max(
            start,
            Math.min(current.length, Math.floor(Math.max(step.a, step.b) * (current.length + 1))),
          );
          current = current.slice(0, start) + step.text + current.slice(end);
          pending.add(start, end, step.text);
          expect(applyEdits(base, pending.edits)).toBe(current);
          for (let i = 1; i < pending.edits.length; i++) {
            expect(pending.edits[i]!.start).toBeGreaterThan(pending.edits[i - 1]!.end - 1);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
