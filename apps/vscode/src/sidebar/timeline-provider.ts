import type { Event as AtlasEvent } from '@aichips/core';
import { type Event, EventEmitter, type TreeDataProvider, TreeItem, TreeItemCollapsibleState } from 'vscode';
import type { AtlasStore } from '../atlas/atlas-store';
import { COMMANDS } from '../contribution-ids';

/** Only events touching one of these entities; undefined shows them all. */
export type TimelineFilter = ReadonlySet<string> | undefined;

/** Events newest first, optionally narrowed to the entities a document mentions. */
export function listTimeline(events: readonly AtlasEvent[], filter: TimelineFilter): AtlasEvent[] {
  return events
    .filter(
      (event) =>
        !filter ||
        event.participants.some((id) => filter.has(id)) ||
        (event.regulation !== undefined && filter.has(event.regulation)),
    )
    .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

const TYPE_LABELS: Partial<Record<AtlasEvent['type'], string>> = { 'entity-list-addition': 'Entity List addition' };
const typeLabel = (type: AtlasEvent['type']) => TYPE_LABELS[type] ?? type.replace(/-/g, ' ');

/** "Timeline": dated events, newest first. */
export class TimelineProvider implements TreeDataProvider<AtlasEvent> {
  readonly #emitter = new EventEmitter<AtlasEvent | undefined>();
  readonly onDidChangeTreeData: Event<AtlasEvent | undefined> = this.#emitter.event;
  #filter: TimelineFilter;

  constructor(private readonly deps: { atlasStore: AtlasStore }) {}

  get filter(): TimelineFilter {
    return this.#filter;
  }

  setFilter(filter: TimelineFilter): void {
    this.#filter = filter;
    this.refresh();
  }

  refresh(): void {
    this.#emitter.fire(undefined);
  }

  getChildren(node?: AtlasEvent): AtlasEvent[] {
    return node ? [] : listTimeline(this.deps.atlasStore.atlas.dataset.events, this.#filter);
  }

  getTreeItem(event: AtlasEvent): TreeItem {
    const item = new TreeItem(`${event.date} ${event.name}`, TreeItemCollapsibleState.None);
    item.id = `timeline:${event.id}`;
    item.description = typeLabel(event.type);
    item.tooltip = `${event.date} (${event.dateKind}) — ${event.summary}`;
    item.contextValue = 'aichips.event';
    item.command = { command: COMMANDS.showDetails, title: 'Show details', arguments: [event.id] };
    return item;
  }

  dispose(): void {
    this.#emitter.dispose();
  }
}
