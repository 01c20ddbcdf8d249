import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { type Matcher, scanStream } from '@aichips/core';

/** One mention as the CLI prints it: where (UTF-16 offsets, 1-based line and column), what, and which entity. */
export interface MentionRecord {
  file: string;
  start: number;
  end: number;
  line: number;
  column: number;
  text: string;
  id: string;
  kind: string;
}

export interface FileScanResult {
  file: string;
  mentions: MentionRecord[];
}

export interface ScanFileOptions {
  /** Keep only mentions of these kinds. */
  kinds?: ReadonlySet<string>;
  /** Called with the bytes read so far, for progress. */
  onBytes?: (bytes: number) => void;
  /** Read from here instead of the file (stdin for `-`). */
  source?: AsyncIterable<string | Uint8Array>;
  /** The file's size when known: files up to WHOLE_FILE_BYTES are read in one go, larger ones streamed. */
  size?: number;
}

// Below this, one read and one scan beat a stream's per-chunk overhead; above it, streaming bounds memory.
const WHOLE_FILE_BYTES = 8 * 1024 * 1024;

/** Thrown for a file that is read but is not text. */
export class NotTextError extends Error {}

/** Streams one file through the scanner; a file with a NUL byte in its first 8 KB is not text and fails. */
export async function scanFile(matcher: Matcher, file: string, options: ScanFileOptions = {}): Promise<FileScanResult> {
  if (!options.source && options.size !== undefined && options.size <= WHOLE_FILE_BYTES) {
    return scanWholeFile(matcher, file, options);
  }
  const lineStarts = [0];
  const source = options.source ?? (createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Uint8Array>);
  const mentions: MentionRecord[] = [];
  const text = trackLines(source, lineStarts, options.onBytes ?? (() => {}));
  for await (const mention of scanStream(matcher, text)) {
    if (options.kinds && !options.kinds.has(mention.kind)) continue;
    const { start, end, id, kind } = mention;
    mentions.push({ file, start, end, line: 0, column: 0, text: mention.text, id, kind });
  }
  // Line starts are complete only once the whole file is read.
  placeLines(mentions, lineStarts);
  return { file, mentions };
}

async function scanWholeFile(matcher: Matcher, file: string, options: ScanFileOptions): Promise<FileScanResult> {
  const bytes = await readFile(file);
  if (bytes.subarray(0, 8192).includes(0)) throw new NotTextError('not a text file (NUL byte near the start)');
  options.onBytes?.(bytes.byteLength);
  const text = new TextDecoder('utf-8').decode(bytes);
  const mentions: MentionRecord[] = [];
  for (const mention of matcher.scan(text)) {
    if (options.kinds && !options.kinds.has(mention.kind)) continue;
    const { start, end, id, kind } = mention;
    mentions.push({ file, start, end, line: 0, column: 0, text: mention.text, id, kind });
  }
  if (mentions.length === 0) return { file, mentions };
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  placeLines(mentions, lineStarts);
  return { file, mentions };
}

function placeLines(mentions: MentionRecord[], lineStarts: readonly number[]): void {
  for (const mention of mentions) {
    const line = lineOf(lineStarts, mention.start);
    mention.line = line;
    mention.column = mention.start - (lineStarts[line - 1] as number) + 1;
  }
}

/** Decodes a byte stream to text, noting line starts, while the scanner consumes it. */
async function* trackLines(
  source: AsyncIterable<string | Uint8Array>,
  lineStarts: number[],
  onBytes: (bytes: number) => void,
): AsyncIterable<string> {
  const decoder = new TextDecoder('utf-8');
  let offset = 0;
  let first = true;
  const emit = (text: string) => {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(offset + i + 1);
    offset += text.length;
    return text;
  };
  let read = 0;
  for await (const chunk of source) {
    if (typeof chunk === 'string') {
      read += chunk.length;
      onBytes(read);
      yield emit(chunk);
      continue;
    }
    if (first && chunk.subarray(0, 8192).includes(0))
      throw new NotTextError('not a text file (NUL byte near the start)');
    first = false;
    read += chunk.byteLength;
    onBytes(read);
    yield emit(decoder.decode(chunk, { stream: true }));
  }
  const rest = decoder.decode();
  if (rest) yield emit(rest);
}

/** The 1-based line of a UTF-16 offset, by binary search over the line starts. */
export function lineOf(lineStarts: readonly number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((lineStarts[middle] as number) <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}

/** Why a file could not be scanned, in a few words: the errno code or the message. */
export function failureReason(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}
