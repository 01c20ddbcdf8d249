import { writeFile } from 'node:fs/promises';
import {
  type Dataset,
  datasetJsonSchema,
  ENTITY_KINDS,
  type EntityKind,
  entityJsonSchema,
  KIND_COLLECTIONS,
} from '@aichips/core';
import { SdkError } from '../../sdk-error';
import type { Command } from '../command';
import { datasetToCsv } from '../output/csv';

export const exportCommand: Command = {
  name: 'export',
  usage: 'aichips export --format json|csv|schema [--kind chip|organization|...] [--out file]',
  summary: 'the whole dataset as JSON, one kind as CSV (units in column names), or the JSON Schema',
  options: { format: { type: 'string' }, kind: { type: 'string' }, out: { type: 'string' } },
  async run(context, _positionals, values) {
    const format = values.format as string | undefined;
    if (format !== 'json' && format !== 'csv' && format !== 'schema') {
      throw new SdkError(
        'USAGE',
        `--format must be json, csv or schema, got ${format === undefined ? 'nothing' : `"${format}"`}`,
      );
    }
    const kind = values.kind as string | undefined;
    if (kind !== undefined && !ENTITY_KINDS.includes(kind as EntityKind)) {
      throw new SdkError('USAGE', `--kind must be one of ${ENTITY_KINDS.join(', ')}, got "${kind}"`);
    }
    if (format === 'csv' && kind === undefined)
      throw new SdkError('USAGE', 'CSV is one table per kind: add --kind chip (or another kind)');
    const atlas = await context.atlas();
    const text = render(atlas.dataset, format, kind as EntityKind | undefined);
    if (typeof values.out === 'string') {
      await writeFile(values.out, text);
      context.terminal.err(`wrote ${values.out}`);
    } else context.terminal.out(text);
    return 0;
  },
};

function render(dataset: Dataset, format: 'json' | 'csv' | 'schema', kind: EntityKind | undefined): string {
  if (format === 'schema') return JSON.stringify(kind ? entityJsonSchema(kind) : datasetJsonSchema(), null, 2);
  if (format === 'csv') return datasetToCsv(dataset, kind as EntityKind);
  if (!kind) return JSON.stringify(dataset, null, 2);
  const collection = KIND_COLLECTIONS[kind];
  return JSON.stringify({ meta: dataset.meta, [collection]: dataset[collection] }, null, 2);
}
