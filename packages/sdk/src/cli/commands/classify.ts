import { EXPORT_CONTROL_RULES, type ExportControlRuleId, inputLabel } from '@aichips/core';
import { SdkError } from '../../sdk-error';
import type { Command } from '../command';
import { paint } from '../output/terminal';
import { resolveEntity } from './resolve-entity';

export const classifyCommand: Command = {
  name: 'classify',
  usage: 'aichips classify <chip> [--rule 2022-10|2023-10] [--json]',
  summary: 'the ECCN 3A090 class under a rule, with every threshold test and its inputs',
  options: { rule: { type: 'string' }, json: { type: 'boolean' } },
  async run(context, positionals, values) {
    const name = positionals.join(' ');
    if (!name) return -1;
    const rule = (values.rule as string | undefined) ?? '2023-10';
    if (!EXPORT_CONTROL_RULES.includes(rule as ExportControlRuleId)) {
      throw new SdkError('USAGE', `--rule must be one of ${EXPORT_CONTROL_RULES.join(', ')}, got "${rule}"`);
    }
    const atlas = await context.atlas();
    const chip = resolveEntity(atlas, name, 'chip');
    const result = atlas.classify(chip.id, rule as ExportControlRuleId);
    if (values.json) {
      context.terminal.out(
        JSON.stringify(
          {
            chip: result.chip,
            rule: result.rule,
            classification: result.classification,
            tpp: result.tpp ?? null,
            performanceDensity: result.performanceDensity ?? null,
            reason: result.reason,
            missing: result.missing,
            robust: result.robust,
            tppRange: result.tppRange ?? null,
            performanceDensityRange: result.performanceDensityRange ?? null,
            decidedBy: result.decidedBy,
            readings: result.readings,
            tests: result.tests,
          },
          null,
          2,
        ),
      );
      return 0;
    }
    const { terminal } = context;
    terminal.out(
      `${paint(terminal, 'bold', chip.name)} under the ${rule} rule: ${paint(terminal, 'bold', result.classification)}`,
    );
    terminal.out(result.reason);
    terminal.out('');
    for (const test of result.tests) {
      const mark =
        test.passed === undefined
          ? paint(terminal, 'yellow', '?')
          : test.passed
            ? paint(terminal, 'red', '✔')
            : paint(terminal, 'green', '✘');
      terminal.out(`  ${mark} ${test.description}`);
      for (const input of test.inputs) {
        const how = input.derivation ? ` (${input.derivation})` : '';
        const sources = input.sources.length > 0 ? ` [${input.sources.join(', ')}]` : '';
        terminal.out(`      ${input.name} = ${round(input.value)} ${input.unit}${how}${sources}`);
      }
    }
    if (result.missing.length > 0) terminal.out(`\nMissing: ${result.missing.join(', ')}`);
    if (result.readings.length > 1) {
      const verdict = result.robust
        ? 'robust: every reading gives the same class'
        : `not robust: decided by ${result.decidedBy.map(inputLabel).join(', ') || 'missing inputs'}`;
      terminal.out(`\nReadings of the reported values (${verdict})`);
      const width = Math.max(...result.readings.map((reading) => reading.classification.length));
      for (const reading of result.readings) {
        const figures = [
          reading.tpp === undefined ? undefined : `TPP ${round(reading.tpp)}`,
          reading.performanceDensity === undefined ? undefined : `PD ${round(reading.performanceDensity)}`,
        ].filter(Boolean);
        const sources = reading.varies.flatMap((value) => value.sources);
        const cited = sources.length > 0 ? ` [${[...new Set(sources)].join(', ')}]` : '';
        terminal.out(
          `  ${reading.classification.padEnd(width)}  ${reading.label}${cited}${figures.length ? ` — ${figures.join(', ')}` : ''}`,
        );
      }
    }
    terminal.out('\nIndicative, computed from the sourced figures; not legal advice.');
    return 0;
  },
};

const round = (value: number) => Math.round(value * 100) / 100;
