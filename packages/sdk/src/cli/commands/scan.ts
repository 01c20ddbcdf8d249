import type { Mention } from '@aichips/core';
import type { Atlas } from '../../bind-atlas';
import type { Command, CommandContext } from '../command';
import { createProgress } from '../output/progress';
import { formatTable } from '../output/table';
import { paint } from '../output/terminal';

interface FileScan {
  file: string;
  mentions: Mention[];
  /** UTF-16 offsets of every line start, to turn offsets into line numbers. */
  lineStarts: number[];
}

/** Decodes a byte stream to text, noting line starts, while the scanner consumes it. */
async function* trackLines(
  source: AsyncIterable<string | Uint8Array>,
  lineStarts: number[],
  onBytes: (bytes: number) => void,
): AsyncIterable<string> {
  const decoder = new TextDecoder('utf-8');
  let offset = 0;
  const emit = (text: string) => {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(offset + i + 1);
    offset += text.length;
    return text;
  };
  for await (const chunk of source) {
    if (typeof chunk === 'string') {
      onBytes(chunk.length);
      yield emit(chunk);
    } else {
      onBytes(chunk.byteLength);
      yield emit(decoder.decode(chunk, { stream: true }));
    }
  }
  const rest = decoder.decode();
  if (rest) yield emit(rest);
}

function lineOf(lineStarts: number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((lineStarts[middle] as number) <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}

async function scanOne(
  atlas: Atlas,
  context: CommandContext,
  file: string,
  onBytes: (bytes: number) => void,
): Promise<FileScan> {
  const { createReadStream } = await import('node:fs');
  const lineStarts = [0];
  const source = file === '-' ? context.stdin() : (createReadStream(file) as AsyncIterable<Uint8Array>);
  const mentions: Mention[] = [];
  for await (const mention of atlas.scanStream(trackLines(source, lineStarts, onBytes))) mentions.push(mention);
  return { file, mentions, lineStarts };
}

export const scanCommand: Command = {
  name: 'scan',
  usage: 'aichips scan <file...|-> [--json] [--kind chip,organization,...]',
  summary: 'find every chip, organization, person and model named in files (or stdin)',
  options: { json: { type: 'boolean' }, kind: { type: 'string' } },
  async run(context, positionals, values) {
    if (positionals.length === 0) return -1;
    const atlas = await context.atlas();
    const { terminal } = context;
    const { stat } = await import('node:fs/promises');
    const sizes = await Promise.all(
      positionals.map((file) =>
        file === '-'
          ? 0
          : stat(file).then(
              (s) => s.size,
              () => 0,
            ),
      ),
    );
    const total = sizes.reduce((a, b) => a + b, 0);
    const showProgress = !values.json && (positionals.length > 5 || total > 2_000_000);
    const progress = showProgress
      ? createProgress(terminal, total, 'scanning')
      : createProgress({ ...terminal, interactive: false }, 0, '');
    const kinds = typeof values.kind === 'string' ? new Set(values.kind.split(',').map((k) => k.trim())) : undefined;
    let done = 0;
    let failed = 0;
    const results: FileScan[] = [];
    for (const file of positionals) {
      try {
        const result = await scanOne(atlas, context, file, (bytes) => {
          done += bytes;
          progress.update(done);
        });
        if (kinds) result.mentions = result.mentions.filter((m) => kinds.has(m.kind));
        results.push(result);
      } catch (error) {
        failed++;
        const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
        terminal.err(`aichips: cannot read ${file}: ${reason}`);
      }
    }
    progress.finish();

    if (values.json) {
      const out = results.map((r) => ({
        file: r.file,
        mentions: r.mentions.map(({ start, end, text, id, kind }) => ({ start, end, text, id, kind })),
      }));
      terminal.out(JSON.stringify(out, null, 2));
      return failed > 0 ? 1 : 0;
    }
    for (const result of results) {
      const byEntity = new Map<string, { kind: string; count: number; first: number }>();
      for (const mention of result.mentions) {
        const entry = byEntity.get(mention.id) ?? {
          kind: mention.kind,
          count: 0,
          first: lineOf(result.lineStarts, mention.start),
        };
        entry.count++;
        byEntity.set(mention.id, entry);
      }
      terminal.out(
        paint(
          terminal,
          'bold',
          `${result.file}: ${result.mentions.length} mention(s) of ${byEntity.size} entit${byEntity.size === 1 ? 'y' : 'ies'}`,
        ),
      );
      if (byEntity.size > 0) {
        const rows = [...byEntity.entries()]
          .sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first)
          .map(([id, entry]) => {
            const entity = atlas.get(id);
            const name = entity && 'name' in entity ? entity.name : id;
            return [name, entry.kind, String(entry.count), String(entry.first)];
          });
        terminal.out(formatTable(['Entity', 'Kind', 'Count', 'First line'], rows, { alignRight: [2, 3] }));
      }
      terminal.out('');
    }
    return failed > 0 ? 1 : 0;
  },
};
