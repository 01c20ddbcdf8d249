import type { Atlas } from '../../bind-atlas';
import type { MentionRecord } from '../corpus/scan-file';
import { formatTable } from './table';
import { paint, type Terminal } from './terminal';

/** One file's mentions as the table the CLI prints: entity, kind, count, first line. */
export function formatMentionTable(
  atlas: Atlas,
  terminal: Terminal,
  file: string,
  mentions: readonly MentionRecord[],
): string {
  const byEntity = new Map<string, { kind: string; count: number; first: number }>();
  for (const mention of mentions) {
    const entry = byEntity.get(mention.id) ?? { kind: mention.kind, count: 0, first: mention.line };
    entry.count++;
    byEntity.set(mention.id, entry);
  }
  const heading = paint(
    terminal,
    'bold',
    `${file}: ${mentions.length} mention(s) of ${byEntity.size} entit${byEntity.size === 1 ? 'y' : 'ies'}`,
  );
  if (byEntity.size === 0) return `${heading}\n`;
  const rows = [...byEntity.entries()]
    .sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first)
    .map(([id, entry]) => {
      const entity = atlas.get(id);
      const name = entity && 'name' in entity ? entity.name : id;
      return [name, entry.kind, String(entry.count), String(entry.first)];
    });
  return `${heading}\n${formatTable(['Entity', 'Kind', 'Count', 'First line'], rows, { alignRight: [2, 3] })}\n`;
}
