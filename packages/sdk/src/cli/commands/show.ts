import type { Command } from '../command';
import { resolveEntity } from './resolve-entity';

export const showCommand: Command = {
  name: 'show',
  usage: 'aichips show <name> [--json] [--format text|markdown|html]',
  summary: "an entity's card: specs with units and sources, export-control class, latest events",
  options: { json: { type: 'boolean' }, format: { type: 'string' } },
  async run(context, positionals, values) {
    const name = positionals.join(' ');
    if (!name) return -1;
    const atlas = await context.atlas();
    const entity = resolveEntity(atlas, name);
    if (values.json) {
      context.terminal.out(JSON.stringify(entity, null, 2));
      return 0;
    }
    const format = (values.format as 'text' | 'markdown' | 'html' | undefined) ?? 'text';
    if (!['text', 'markdown', 'html'].includes(format)) return -1;
    context.terminal.out(atlas.renderCard(entity, { format }));
    return 0;
  },
};
