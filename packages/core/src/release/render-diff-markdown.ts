import { formatNumericValue } from '../query/numeric-value';
import { ENTITY_KINDS, type EntityKind } from '../schema/primitives';
import type { NumericValue } from '../schema/quantity';
import type { DatasetDiff, DiffSide, EntitySummary, ValueChange } from './types';

const KIND_TITLES: Record<EntityKind, [singular: string, plural: string]> = {
  chip: ['chip', 'chips'],
  family: ['family', 'families'],
  organization: ['organization', 'organizations'],
  person: ['person', 'people'],
  model: ['model', 'models'],
  regulation: ['regulation', 'regulations'],
  event: ['event', 'events'],
  source: ['source', 'sources'],
};
// Longer lists fold into <details> so a first release does not bury the corrections.
const FOLD_AFTER = 20;
const MAX_TEXT = 80;

export interface DiffMarkdownOptions {
  /** Level of the per-kind headings; 4 fits under a changelog's `### Minor Changes`. */
  headingLevel?: number;
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, (char) => `\\${char}`);
}

function count(n: number, kind: EntityKind): string {
  const [singular, plural] = KIND_TITLES[kind];
  return `${n} ${n === 1 ? singular : plural}`;
}

function describeSide(side: DiffSide): string {
  const versions = [
    side.datasetVersion && `dataset ${side.datasetVersion}`,
    side.schemaVersion && `schema ${side.schemaVersion}`,
  ].filter(Boolean);
  // Refs and paths in code; prose labels ("working tree", "this release") as they are.
  const label = side.label.includes(' ') ? side.label : `\`${side.label}\``;
  return `${label}${versions.length > 0 ? ` (${versions.join(', ')})` : ''}`;
}

function isNumericValue(value: unknown): value is NumericValue {
  return (
    typeof value === 'number' ||
    (typeof value === 'object' && value !== null && 'min' in value && 'max' in value && !('sources' in value))
  );
}

function renderValue(value: unknown, unit?: string): string {
  if (isNumericValue(value)) return `${formatNumericValue(value)}${unit ? ` ${unit}` : ''}`;
  if (typeof value === 'string') {
    const text = value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT - 1)}…` : value;
    return `“${escapeMarkdown(text)}”`;
  }
  if (typeof value !== 'object' || value === null) return String(value);
  if (Array.isArray(value)) return value.map((item) => renderValue(item)).join(', ');
  const record = value as Record<string, unknown>;
  if ('value' in record) return renderValue(record.value, typeof record.unit === 'string' ? record.unit : unit);
  if (typeof record.date === 'string') return record.date;
  if (typeof record.node === 'string') return renderValue(record.node);
  if (typeof record.text === 'string') return renderValue(record.text);
  if (typeof record.title === 'string' && typeof record.organization === 'string')
    return `${renderValue(record.title)} at \`${record.organization}\``;
  if (typeof record.chip === 'string')
    return `\`${record.chip}\`${typeof record.use === 'string' ? ` (${record.use})` : ''}`;
  if (typeof record.added === 'string') return `listed ${record.added}`;
  const json = JSON.stringify(value);
  return `\`${json.length > MAX_TEXT ? `${json.slice(0, MAX_TEXT - 1)}…` : json}\``;
}

function renderSources(ids: string[], diff: DatasetDiff): string {
  if (ids.length === 0) return '';
  return ` — ${ids.map((id) => sourceLink(id, diff)).join(', ')}`;
}

function renderChange(change: ValueChange, diff: DatasetDiff): string {
  const what =
    change.type === 'added'
      ? `added ${renderValue(change.new, change.unit)}`
      : change.type === 'removed'
        ? `removed ${renderValue(change.old, change.unit)}`
        : `${renderValue(change.old, change.unit)} → ${renderValue(change.new, change.unit)}`;
  const sources = change.type === 'removed' ? '' : renderSources(change.sources, diff);
  return `\`${change.path}\`: ${what}${sources}`;
}

function sourceLink(id: string, diff: DatasetDiff): string {
  const source = diff.citedSources[id];
  return source ? `[${id}](${source.url})` : `\`${id}\``;
}

/** Value changes first, each with its sources; then edits to source lists, one line per list. */
function renderChanges(changes: ValueChange[], diff: DatasetDiff): string[] {
  const lines: string[] = [];
  const sourceEdits = new Map<string, { added: string[]; removed: string[] }>();
  for (const change of changes) {
    const listPath =
      change.path === 'sources' ? '' : change.path.endsWith('.sources') ? change.path.slice(0, -8) : undefined;
    if (listPath === undefined || change.type === 'changed' || typeof (change.new ?? change.old) !== 'string') {
      lines.push(renderChange(change, diff));
      continue;
    }
    const edit = sourceEdits.get(listPath) ?? { added: [], removed: [] };
    if (change.type === 'added') edit.added.push(sourceLink(change.new as string, diff));
    else edit.removed.push(`\`${change.old as string}\``);
    sourceEdits.set(listPath, edit);
  }
  for (const [path, edit] of sourceEdits) {
    const parts = [
      edit.added.length > 0 ? `added ${edit.added.join(', ')}` : '',
      edit.removed.length > 0 ? `removed ${edit.removed.join(', ')}` : '',
    ].filter(Boolean);
    lines.push(`${path ? `\`${path}\` sources` : 'sources'}: ${parts.join('; ')}`);
  }
  return lines;
}

function entityLabel(entity: EntitySummary): string {
  // A source's id already says publisher, date and topic; its full title would bury the list.
  if (entity.kind === 'source' || entity.name === entity.id) return `\`${entity.id}\``;
  return `${escapeMarkdown(entity.name)} (\`${entity.id}\`)`;
}

function block(title: string, items: string[]): string {
  const body = items.join(', ');
  if (items.length <= FOLD_AFTER) return `**${title}:** ${body}`;
  return `<details><summary><strong>${title}</strong></summary>\n\n${body}\n\n</details>`;
}

function summaryLine(diff: DatasetDiff): string {
  const parts: string[] = [];
  const tally = (verb: string, entities: EntitySummary[]) => {
    if (entities.length === 0) return;
    const kinds = ENTITY_KINDS.map((kind) => [kind, entities.filter((e) => e.kind === kind).length] as const);
    parts.push(
      `${verb} ${kinds
        .filter(([, n]) => n > 0)
        .map(([kind, n]) => count(n, kind))
        .join(', ')}`,
    );
  };
  tally('added', diff.added);
  tally('renamed', diff.renamed);
  tally('removed', diff.removed);
  tally('changed', diff.changed);
  if (diff.schema.length > 0) parts.push(`${diff.schema.length} schema change(s)`);
  const from = `from ${describeSide(diff.from)} to ${describeSide(diff.to)}`;
  if (parts.length === 0) return `No data changes ${from}.`;
  return `Data changes ${from}: ${parts.join('; ')}. Under the data semver policy this needs a **${diff.bump.level}** release.`;
}

/** The diff as Markdown for release notes: a summary line, then one section per kind, then the schema. */
export function renderDiffMarkdown(diff: DatasetDiff, options: DiffMarkdownOptions = {}): string {
  const heading = '#'.repeat(options.headingLevel ?? 4);
  const out = [summaryLine(diff)];
  for (const kind of ENTITY_KINDS) {
    const of = <T extends { kind: EntityKind }>(list: T[]) => list.filter((entity) => entity.kind === kind);
    const [added, renamed, removed, changed] = [of(diff.added), of(diff.renamed), of(diff.removed), of(diff.changed)];
    if (added.length + renamed.length + removed.length + changed.length === 0) continue;
    const [, plural] = KIND_TITLES[kind];
    out.push(`${heading} ${plural[0]?.toUpperCase()}${plural.slice(1)}`);
    if (added.length > 0) out.push(block(`Added (${added.length})`, added.map(entityLabel)));
    if (renamed.length > 0) {
      const lines = renamed.map((r) => `\`${r.id}\` → \`${r.to}\` (${escapeMarkdown(r.name)})`);
      out.push(block(`Renamed (${renamed.length}), the old id redirects`, lines));
    }
    if (removed.length > 0) out.push(block(`Removed (${removed.length}), no redirect`, removed.map(entityLabel)));
    if (changed.length > 0) {
      const entries = changed.map(
        (entity) =>
          `- ${entityLabel(entity)}\n${renderChanges(entity.changes, diff)
            .map((line) => `  - ${line}`)
            .join('\n')}`,
      );
      out.push(`**Changed (${changed.length}):**\n\n${entries.join('\n')}`);
    }
  }
  if (diff.schema.length > 0) {
    const lines = diff.schema.map(
      (change) =>
        `- ${change.kind}${change.path ? ` \`${change.path}\`` : ''}: ${escapeMarkdown(change.detail)} (${change.level})`,
    );
    out.push(`${heading} Schema`, lines.join('\n'));
  }
  return `${out.join('\n\n')}\n`;
}
