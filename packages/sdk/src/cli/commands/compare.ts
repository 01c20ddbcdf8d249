import { formatNumericValue } from '@aichips/core';
import type { Command } from '../command';
import { formatTable } from '../output/table';
import { resolveEntity } from './resolve-entity';

export const compareCommand: Command = {
  name: 'compare',
  usage: 'aichips compare <chip> <chip> [<chip>...] [--json]',
  summary: 'chips side by side, metric by metric, with ratios to the first',
  options: { json: { type: 'boolean' } },
  async run(context, positionals, values) {
    if (positionals.length < 2) return -1;
    const atlas = await context.atlas();
    const ids = positionals.map((name) => resolveEntity(atlas, name, 'chip').id);
    const comparison = atlas.compareChips(ids);
    if (values.json) {
      const rows = comparison.rows.map((row) => ({
        metric: row.metric,
        unit: row.unit,
        values: row.values.map((value) => value ?? null),
        ratios: row.ratios.map((ratio) => ratio ?? null),
        leader: row.leader ?? null,
      }));
      context.terminal.out(JSON.stringify({ chips: ids, rows }, null, 2));
      return 0;
    }
    const headers = ['Metric', ...comparison.chips.map((chip) => chip.name)];
    const rows = comparison.rows
      .filter((row) => row.values.some(Boolean))
      .map((row) => [
        `${row.label} (${row.unit})`,
        ...row.values.map((value, i) => {
          if (!value) return '—';
          const ratio = i > 0 && row.ratios[i] !== undefined ? ` (×${(row.ratios[i] as number).toFixed(2)})` : '';
          const lead = row.leader === comparison.chips[i]?.id ? ' ◆' : '';
          return `${formatNumericValue(value.value)}${ratio}${lead}`;
        }),
      ]);
    context.terminal.out(formatTable(headers, rows));
    context.terminal.out('\n◆ ahead on that metric; ratios are to the first chip; dense compute only.');
    return 0;
  },
};
