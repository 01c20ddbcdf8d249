import type { Command } from '../command';
import { formatJsonlMentions } from '../corpus/jsonl';
import { scanCorpus } from '../corpus/scan-corpus';
import { type FileScanResult, failureReason, type MentionRecord, scanFile } from '../corpus/scan-file';
import { readScanFlags } from '../corpus/scan-flags';
import { type CorpusEntry, walkCorpus } from '../corpus/walk-corpus';
import { formatMentionTable } from '../output/mention-table';
import { createProgress } from '../output/progress';

export const scanCommand: Command = {
  name: 'scan',
  usage:
    'aichips scan <file|dir|glob...|-> [--format table|json|jsonl] [--jobs N] [--kind chip,organization,...] [--exclude <pattern>]... [--max-size 100MB] [--no-ignore] [--stats]',
  summary: 'find every chip, organization, person and model named in files, folders (or stdin)',
  options: {
    json: { type: 'boolean' },
    format: { type: 'string' },
    kind: { type: 'string' },
    jobs: { type: 'string', short: 'j' },
    exclude: { type: 'string', multiple: true },
    'max-size': { type: 'string' },
    'no-ignore': { type: 'boolean' },
    stats: { type: 'boolean' },
  },
  async run(context, positionals, values) {
    if (positionals.length === 0) return -1;
    const flags = readScanFlags(values);
    const { terminal } = context;
    const started = performance.now();
    const inputs = positionals.filter((input) => input !== '-');
    const entries: CorpusEntry[] = [];
    for await (const entry of walkCorpus(inputs, flags)) entries.push(entry);
    const files = entries.filter((entry): entry is Extract<CorpusEntry, { kind: 'file' }> => entry.kind === 'file');
    let failed = 0;
    let mentionCount = 0;
    for (const entry of entries) {
      if (entry.kind === 'skipped') terminal.err(`aichips: skipped ${entry.path}: ${entry.reason}`);
      if (entry.kind !== 'unreadable') continue;
      terminal.err(`aichips: cannot read ${entry.path}: ${entry.reason}`);
      failed++;
    }

    // Table and JSON keep the order the files were named and walked in; JSON Lines streams as files finish.
    const collected = new Map<string, MentionRecord[]>();
    const emit = async (file: string, mentions: readonly MentionRecord[] | undefined, jsonl?: string | Uint8Array) => {
      if (flags.format !== 'jsonl') collected.set(file, [...(mentions ?? [])]);
      else {
        const lines = jsonl ?? formatJsonlMentions(mentions ?? []);
        if (lines.length > 0) await terminal.write(lines);
      }
    };
    if (positionals.includes('-')) {
      try {
        const result: FileScanResult = await scanFile((await context.atlas()).matcher(), '-', {
          kinds: flags.kinds,
          source: context.stdin(),
        });
        mentionCount += result.mentions.length;
        await emit('-', result.mentions);
      } catch (error) {
        failed++;
        terminal.err(`aichips: cannot read -: ${failureReason(error)}`);
      }
    }

    const total = files.reduce((sum, file) => sum + file.size, 0);
    const progress =
      flags.format !== 'table' || files.length > 5 || total > 2_000_000
        ? createProgress(terminal, total, 'scanning')
        : createProgress({ ...terminal, interactive: false }, 0, '');
    await scanCorpus(
      {
        files,
        jobs: Math.min(flags.jobs, Math.max(1, files.length)),
        format: flags.format === 'jsonl' ? 'jsonl' : 'records',
        kinds: flags.kinds,
        atlas: context.atlas,
        workerUrl: new URL('./scan-worker.js', import.meta.url),
      },
      {
        async onFile(file, result) {
          if ('jsonl' in result) {
            mentionCount += result.count;
            await emit(file, undefined, result.jsonl);
          } else {
            mentionCount += result.mentions.length;
            await emit(file, result.mentions);
          }
        },
        onFailure(file, reason, notText) {
          terminal.err(`aichips: ${notText ? 'skipped' : 'cannot read'} ${file}: ${reason}`);
          if (!notText) failed++;
        },
        onProgress(bytesDone, filesDone) {
          progress.update(bytesDone, `${filesDone}/${files.length} files`);
        },
      },
    );
    progress.finish();

    if (flags.format !== 'jsonl') {
      const ordered = [...(positionals.includes('-') ? ['-'] : []), ...files.map((file) => file.path)].filter((file) =>
        collected.has(file),
      );
      if (flags.format === 'json') {
        const out = ordered.map((file) => ({
          file,
          mentions: (collected.get(file) ?? []).map(({ start, end, line, column, text, id, kind }) => ({
            start,
            end,
            line,
            column,
            text,
            id,
            kind,
          })),
        }));
        await terminal.write(`${JSON.stringify(out, null, 2)}\n`);
      } else {
        const atlas = await context.atlas();
        for (const file of ordered)
          await terminal.write(`${formatMentionTable(atlas, terminal, file, collected.get(file) ?? [])}\n`);
      }
    }
    if (flags.stats) {
      const stats = {
        files: files.length,
        bytes: total,
        mentions: mentionCount,
        failed,
        jobs: Math.min(flags.jobs, Math.max(1, files.length)),
        ms: Math.round(performance.now() - started),
        maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
      };
      terminal.err(`aichips scan stats: ${JSON.stringify(stats)}`);
    }
    return failed > 0 ? 1 : 0;
  },
};
