import { formatNumericValue } from '@aichips/core';
import type { Atlas } from '../../bind-atlas';
import { formatExpected, quantityLabel } from '../../fact-check/_build-finding';
import { isDisagreement } from '../../fact-check/check-claims';
import { CLAIM_VERDICTS, type ClaimFinding } from '../../fact-check/claim-types';
import type { Command, CommandContext } from '../command';
import { createLineNumbers } from '../output/line-numbers';
import { formatTable } from '../output/table';
import { paint } from '../output/terminal';

interface FileCheck {
  file: string;
  findings: ClaimFinding[];
  lineOf: (offset: number) => number;
}

async function readText(context: CommandContext, file: string): Promise<string> {
  if (file !== '-') {
    const { readFile } = await import('node:fs/promises');
    return readFile(file, 'utf8');
  }
  const decoder = new TextDecoder('utf-8');
  let text = '';
  for await (const chunk of context.stdin())
    text += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}

async function checkOne(atlas: Atlas, context: CommandContext, file: string): Promise<FileCheck> {
  const text = await readText(context, file);
  return {
    file,
    findings: atlas.checkClaims(text, { skipCode: true, skipUrls: true }),
    lineOf: createLineNumbers(text),
  };
}

function summarize(findings: ClaimFinding[]): string {
  const counts = CLAIM_VERDICTS.map(
    (verdict) => [verdict, findings.filter((f) => f.verdict === verdict).length] as const,
  )
    .filter(([, count]) => count > 0)
    .map(([verdict, count]) => `${count} ${verdict}`);
  return `${findings.length} claim(s)${counts.length > 0 ? ` — ${counts.join(', ')}` : ''}`;
}

/** "~800 TFLOPS", ">900 GB/s"; a table cell's bare number gets its unit. */
function formatClaimed({ claimed }: ClaimFinding): string {
  const mark = claimed.bound === 'at-least' ? '>' : claimed.bound === 'at-most' ? '<' : claimed.hedged ? '~' : '';
  const bare = /^[\d.,\s~–—-]+$/.test(claimed.text);
  const text = bare ? `${formatNumericValue(claimed.value)} ${claimed.unit}` : claimed.text;
  return `${mark}${text}`;
}

function toRow(result: FileCheck, finding: ClaimFinding): string[] {
  const [first, ...more] = finding.sources;
  return [
    String(result.lineOf(finding.start)),
    finding.chipName,
    quantityLabel(finding.quantity),
    formatClaimed(finding),
    finding.verdict === 'other-variant' && finding.match ? `other-variant (${finding.match.chip})` : finding.verdict,
    finding.expected ? formatExpected(finding.expected) : '—',
    first ? `${first.publisher}${more.length > 0 ? ` +${more.length}` : ''}` : '—',
  ];
}

export const checkCommand: Command = {
  name: 'check',
  usage: 'aichips check <file...|-> [--json] [--strict]',
  summary: 'fact-check numbers next to chip names against the dataset (--strict: exit 1 on a disagreement)',
  options: { json: { type: 'boolean' }, strict: { type: 'boolean' } },
  async run(context, positionals, values) {
    if (positionals.length === 0) return -1;
    const atlas = await context.atlas();
    const { terminal } = context;
    let failed = 0;
    const results: FileCheck[] = [];
    for (const file of positionals) {
      try {
        results.push(await checkOne(atlas, context, file));
      } catch (error) {
        failed++;
        const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
        terminal.err(`aichips: cannot read ${file}: ${reason}`);
      }
    }
    const disagreements = results.flatMap((r) => r.findings).filter((f) => isDisagreement(f.verdict)).length;

    if (values.json) {
      const findings = results.flatMap((result) =>
        result.findings.map((f) => ({
          file: result.file,
          line: result.lineOf(f.start),
          start: f.start,
          end: f.end,
          text: f.text,
          chip: f.chip,
          quantity: f.quantity,
          claimed: f.claimed,
          verdict: f.verdict,
          expected: f.expected ?? null,
          match: f.match ?? null,
          sources: f.sources,
          replacement: f.replacement ?? null,
          message: f.message,
        })),
      );
      terminal.out(JSON.stringify({ findings }, null, 2));
    } else {
      for (const result of results) {
        terminal.out(paint(terminal, 'bold', `${result.file}: ${summarize(result.findings)}`));
        if (result.findings.length > 0) {
          const rows = result.findings.map((finding) => toRow(result, finding));
          const headers = ['Line', 'Chip', 'Quantity', 'Claimed', 'Verdict', 'Dataset', 'Source'];
          terminal.out(formatTable(headers, rows, { alignRight: [0] }));
        }
        terminal.out('');
      }
    }
    if (values.strict && disagreements > 0) {
      terminal.err(`aichips check: ${disagreements} claim(s) disagree with the dataset`);
      return 1;
    }
    return failed > 0 ? 1 : 0;
  },
};
