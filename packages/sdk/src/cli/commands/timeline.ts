import type { Command } from '../command';
import { formatTable } from '../output/table';
import { resolveEntity } from './resolve-entity';

export const timelineCommand: Command = {
  name: 'timeline',
  usage: 'aichips timeline [<entity>] [--json]',
  summary: 'dated events, oldest first (all events, or those of one entity)',
  options: { json: { type: 'boolean' } },
  async run(context, positionals, values) {
    const atlas = await context.atlas();
    const name = positionals.join(' ');
    const id = name ? resolveEntity(atlas, name).id : undefined;
    const events = atlas.timeline(id);
    if (values.json) {
      context.terminal.out(JSON.stringify(events, null, 2));
      return 0;
    }
    if (events.length === 0) {
      context.terminal.out('No dated events.');
      return 0;
    }
    context.terminal.out(
      formatTable(
        ['Date', 'Type', 'Event'],
        events.map((e) => [e.date, e.type, e.name]),
      ),
    );
    return 0;
  },
};
