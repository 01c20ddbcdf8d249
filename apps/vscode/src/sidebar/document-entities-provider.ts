import {
  type Event,
  EventEmitter,
  type TextDocument,
  type TreeDataProvider,
  TreeItem,
  TreeItemCollapsibleState,
} from 'vscode';
import type { AtlasStore } from '../atlas/atlas-store';
import { COMMANDS } from '../contribution-ids';
import { entityLabel, KIND_TITLES } from '../entity-label';
import type { DocumentScans } from '../scanning/document-scans';
import type { SettingsStore } from '../settings/settings-store';
import { type EntityMentions, groupMentions, type KindGroup } from './group-mentions';
import { occurrenceSnippet } from './occurrence-snippet';

export type DocumentNode =
  | { type: 'kind'; group: KindGroup }
  | { type: 'entity'; entityId: string; group: EntityMentions }
  | { type: 'occurrence'; entityId: string; index: number; group: EntityMentions };

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** "In this document": the active document's entities by kind, with counts, down to each occurrence. */
export class DocumentEntitiesProvider implements TreeDataProvider<DocumentNode> {
  readonly #emitter = new EventEmitter<DocumentNode | undefined>();
  readonly onDidChangeTreeData: Event<DocumentNode | undefined> = this.#emitter.event;
  #document: TextDocument | undefined;

  constructor(private readonly deps: { scans: DocumentScans; atlasStore: AtlasStore; settings: SettingsStore }) {}

  get document(): TextDocument | undefined {
    return this.#document;
  }

  /** Shows another document (or none) and refreshes. */
  setDocument(document: TextDocument | undefined): void {
    this.#document = document;
    this.refresh();
  }

  refresh(): void {
    this.#emitter.fire(undefined);
  }

  getChildren(node?: DocumentNode): DocumentNode[] {
    const document = this.#document;
    if (!document) return [];
    if (!node) {
      const scan = this.deps.scans.get(document);
      return groupMentions(this.deps.atlasStore.atlas, scan?.mentions ?? []).map((group) => ({ type: 'kind', group }));
    }
    if (node.type === 'kind') {
      return node.group.entities.map((group) => ({ type: 'entity', entityId: group.entity.id, group }));
    }
    if (node.type === 'entity') {
      return node.group.mentions.map((_, index) => ({
        type: 'occurrence',
        entityId: node.entityId,
        index,
        group: node.group,
      }));
    }
    return [];
  }

  getTreeItem(node: DocumentNode): TreeItem {
    const { showChineseNames } = this.deps.settings.current;
    if (node.type === 'kind') {
      const item = new TreeItem(KIND_TITLES[node.group.kind], TreeItemCollapsibleState.Expanded);
      item.id = `kind:${node.group.kind}`;
      item.description = plural(node.group.mentionCount, 'mention');
      item.contextValue = 'aichips.kind';
      return item;
    }
    if (node.type === 'entity') {
      const item = new TreeItem(entityLabel(node.group.entity, showChineseNames), TreeItemCollapsibleState.Collapsed);
      item.id = `entity:${node.entityId}`;
      item.description = plural(node.group.mentions.length, 'mention');
      item.tooltip = `${entityLabel(node.group.entity, true)} — ${node.group.entity.kind}`;
      item.contextValue = 'aichips.entity';
      return item;
    }
    const mention = node.group.mentions[node.index]!;
    const { line, snippet } = this.#document ? occurrenceSnippet(this.#document, mention) : { line: 0, snippet: '' };
    const item = new TreeItem(`Line ${line + 1}`, TreeItemCollapsibleState.None);
    item.id = `occurrence:${node.entityId}:${node.index}`;
    item.description = snippet;
    item.tooltip = snippet;
    item.contextValue = 'aichips.occurrence';
    item.command = {
      command: COMMANDS.revealOccurrence,
      title: 'Reveal occurrence',
      arguments: [this.#document?.uri.toString(), node.entityId, node.index],
    };
    return item;
  }

  dispose(): void {
    this.#emitter.dispose();
  }
}
