/** A span of the text, in UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

/** A Markdown table: its header cells and its body rows, each a list of trimmed cell spans. */
export interface TableBlock {
  span: Span;
  header: Span[];
  rows: { span: Span; cells: Span[] }[];
}

const SEPARATOR_ROW = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const FENCE = /^\s{0,3}(?:```|~~~)/;
const HEADING = /^\s{0,3}#{1,6}\s/;
const BLOCK_START = /^\s{0,3}(?:#{1,6}\s|[-*+]\s|\d{1,3}[.)]\s|>)/;
const ABBREVIATION =
  /(?:^|[\s(])(?:vs|approx|ca|e\.g|i\.e|etc|Inc|Corp|Ltd|No|Fig|Mr|Dr|St|U\.S|U\.K|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;

function listLines(text: string): Span[] {
  const lines: Span[] = [];
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    lines.push({ start, end: i > start && text[i - 1] === '\r' ? i - 1 : i });
    start = i + 1;
  }
  lines.push({ start, end: text.length });
  return lines;
}

/** The cells of a table line, split at unescaped pipes and trimmed; outer pipes are optional. */
export function splitCells(text: string, line: Span): Span[] {
  const cells: Span[] = [];
  let cellStart = line.start;
  for (let i = line.start; i <= line.end; i++) {
    if (i < line.end && (text[i] !== '|' || text[i - 1] === '\\')) continue;
    let start = cellStart;
    let end = i;
    while (start < end && /\s/.test(text[start] as string)) start++;
    while (end > start && /\s/.test(text[end - 1] as string)) end--;
    cells.push({ start, end });
    cellStart = i + 1;
  }
  const body = text.slice(line.start, line.end).trim();
  if (body.startsWith('|')) cells.shift();
  if (body.endsWith('|') && !body.endsWith('\\|')) cells.pop();
  return cells;
}

/** Sentence spans of a paragraph: split after . ! ? before a capital or CJK, and after 。！？ */
function splitSentences(text: string, paragraph: Span): Span[] {
  const sentences: Span[] = [];
  let start = paragraph.start;
  const boundary = /[.!?](?=["'”’)\]*_]*\s+["'“‘(*_]*[A-Z\u3400-\u9fff])|[!?](?=\s)|[。！？]/g;
  const slice = text.slice(paragraph.start, paragraph.end);
  for (const match of slice.matchAll(boundary)) {
    const at = paragraph.start + match.index;
    if (match[0] === '.' && ABBREVIATION.test(text.slice(Math.max(start, at - 8), at))) continue;
    sentences.push({ start, end: at + 1 });
    start = at + 1;
  }
  if (start < paragraph.end) sentences.push({ start, end: paragraph.end });
  return sentences.filter((s) => text.slice(s.start, s.end).trim().length > 0);
}

/**
 * Sentences (within paragraphs, list items and headings) and Markdown tables. Claims attach to a chip only
 * within one sentence or one table row. With `skipCode`, fenced code blocks are left out.
 */
export function splitSegments(
  text: string,
  options: { skipCode?: boolean } = {},
): {
  sentences: Span[];
  tables: TableBlock[];
} {
  const lines = listLines(text);
  const sentences: Span[] = [];
  const tables: TableBlock[] = [];
  let paragraph: Span | undefined;
  let inFence = false;
  const closeParagraph = () => {
    if (paragraph) sentences.push(...splitSentences(text, paragraph));
    paragraph = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Span;
    const content = text.slice(line.start, line.end);
    if (options.skipCode && FENCE.test(content)) {
      closeParagraph();
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    const next = lines[i + 1];
    if (content.includes('|') && next && SEPARATOR_ROW.test(text.slice(next.start, next.end))) {
      closeParagraph();
      const table: TableBlock = { span: { ...line }, header: splitCells(text, line), rows: [] };
      for (i += 2; i < lines.length; i++) {
        const row = lines[i] as Span;
        const rowText = text.slice(row.start, row.end);
        if (!rowText.includes('|') || rowText.trim() === '') break;
        table.rows.push({ span: row, cells: splitCells(text, row) });
        table.span.end = row.end;
      }
      i--;
      tables.push(table);
      continue;
    }
    if (content.trim() === '' || BLOCK_START.test(content)) closeParagraph();
    if (content.trim() === '') continue;
    if (paragraph) paragraph.end = line.end;
    else paragraph = { ...line };
    if (HEADING.test(content)) closeParagraph();
  }
  closeParagraph();
  return { sentences, tables };
}
