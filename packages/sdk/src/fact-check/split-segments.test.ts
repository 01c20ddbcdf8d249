import { describe, expect, it } from 'vitest';
import { type Span, splitSegments } from './_split-segments';

const texts = (text: string, spans: Span[]) => spans.map((s) => text.slice(s.start, s.end).trim());

describe('splitSegments()', () => {
  it('splits sentences before a capital, not inside decimals or after abbreviations', () => {
    const text =
      'The H100 has 3.35 TB/s. The H20 has 4.0 TB/s, e.g. more. It beats the A100 vs. the H800! 好的。华为昇腾910C';
    expect(texts(text, splitSegments(text).sentences)).toEqual([
      'The H100 has 3.35 TB/s.',
      'The H20 has 4.0 TB/s, e.g. more.',
      'It beats the A100 vs. the H800!',
      '好的。',
      '华为昇腾910C',
    ]);
  });

  it('keeps a hard-wrapped sentence whole but splits list items and headings', () => {
    const text = '# Specs\nThe H20 keeps\n96 GB of HBM3.\n- H100: 80 GB\n- H200: 141 GB\n\nNext paragraph';
    expect(texts(text, splitSegments(text).sentences)).toEqual([
      '# Specs',
      'The H20 keeps\n96 GB of HBM3.',
      '- H100: 80 GB',
      '- H200: 141 GB',
      'Next paragraph',
    ]);
  });

  it('reads Markdown tables: header cells, then rows of trimmed cells, with escaped pipes kept', () => {
    const text = 'Intro.\n\n| Chip | Memory (GB) |\n|:---|---:|\n| H20 | 96 |\n| A \\| B | 80 |\n\nAfter.';
    const { tables, sentences } = splitSegments(text);
    expect(texts(text, sentences)).toEqual(['Intro.', 'After.']);
    expect(tables).toHaveLength(1);
    const [table] = tables;
    expect(texts(text, table?.header ?? [])).toEqual(['Chip', 'Memory (GB)']);
    expect(table?.rows.map((row) => texts(text, row.cells))).toEqual([
      ['H20', '96'],
      ['A \\| B', '80'],
    ]);
  });

  it('leaves fenced code out only with skipCode', () => {
    const text = 'Before.\n\n```\nThe H20 has 80 GB.\n```\n\nAfter.';
    expect(texts(text, splitSegments(text).sentences).some((s) => s.includes('The H20 has 80 GB.'))).toBe(true);
    expect(texts(text, splitSegments(text, { skipCode: true }).sentences)).toEqual(['Before.', 'After.']);
  });
});
