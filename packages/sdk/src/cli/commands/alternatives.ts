import type { Command } from '../command';
import { formatTable } from '../output/table';
import { resolveEntity } from './resolve-entity';

export const alternativesCommand: Command = {
  name: 'alternatives',
  usage: 'aichips alternatives <chip> [--country CN] [--limit N] [--json]',
  summary: 'chips from other vendors closest on compute, memory and bandwidth',
  options: { country: { type: 'string' }, limit: { type: 'string' }, json: { type: 'boolean' } },
  async run(context, positionals, values) {
    const name = positionals.join(' ');
    if (!name) return -1;
    const limit = values.limit === undefined ? 10 : Number(values.limit);
    if (!Number.isInteger(limit) || limit <= 0) return -1;
    const atlas = await context.atlas();
    const chip = resolveEntity(atlas, name, 'chip');
    const country = (values.country as string | undefined)?.toUpperCase();
    const alternatives = atlas.findAlternatives(chip.id, { ...(country ? { country } : {}), limit });
    if (values.json) {
      const out = alternatives.map((a) => ({
        chip: a.chip.id,
        name: a.chip.name,
        vendor: a.chip.vendor,
        distance: a.distance,
        ratios: a.ratios,
      }));
      context.terminal.out(JSON.stringify({ chip: chip.id, country: country ?? null, alternatives: out }, null, 2));
      return 0;
    }
    if (alternatives.length === 0) {
      context.terminal.out(`No alternatives to ${chip.name} with comparable sourced figures.`);
      return 0;
    }
    const rows = alternatives.map((a, i) => [
      String(i + 1),
      a.chip.name,
      a.chip.vendor,
      a.distance.toFixed(2),
      Object.entries(a.ratios)
        .map(([metric, ratio]) => `${metric} ×${(ratio as number).toFixed(2)}`)
        .join(', '),
    ]);
    context.terminal.out(`Closest to ${chip.name}${country ? ` from ${country}` : ''} (0 = identical):\n`);
    context.terminal.out(
      formatTable(['#', 'Chip', 'Vendor', 'Distance', 'Ratios to target'], rows, { alignRight: [0, 3] }),
    );
    return 0;
  },
};
