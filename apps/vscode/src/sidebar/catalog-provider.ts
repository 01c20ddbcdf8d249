import type { AnyEntity, Chip, Organization } from '@aichips/core';
import type { Atlas } from '@aichips/sdk';
import { type Event, EventEmitter, type TreeDataProvider, TreeItem, TreeItemCollapsibleState } from 'vscode';
import type { AtlasStore } from '../atlas/atlas-store';
import { COMMANDS } from '../contribution-ids';
import { entityLabel, entityName } from '../entity-label';
import type { SettingsStore } from '../settings/settings-store';
import { countryName } from './country-name';

export type CatalogNode =
  | { type: 'country'; code: string }
  | { type: 'group'; kind: 'person' | 'model' | 'regulation' }
  | { type: 'entity'; id: string };

const GROUP_TITLES = { person: 'People', model: 'AI models', regulation: 'Regulations' } as const;

interface CatalogIndex {
  countries: string[];
  organizationsByCountry: Map<string, Organization[]>;
  chipsByVendor: Map<string, Chip[]>;
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

function indexCatalog(atlas: Atlas): CatalogIndex {
  const { organizations, chips } = atlas.dataset;
  const organizationsByCountry = new Map<string, Organization[]>();
  for (const organization of [...organizations].sort(byName)) {
    const list = organizationsByCountry.get(organization.country) ?? [];
    list.push(organization);
    organizationsByCountry.set(organization.country, list);
  }
  const chipsByVendor = new Map<string, Chip[]>();
  for (const chip of [...chips].sort(byName)) {
    const list = chipsByVendor.get(chip.vendor) ?? [];
    list.push(chip);
    chipsByVendor.set(chip.vendor, list);
  }
  const countries = [...organizationsByCountry.keys()].sort((a, b) => countryName(a).localeCompare(countryName(b)));
  return { countries, organizationsByCountry, chipsByVendor };
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** "Catalog": countries → organizations → chips, then people, models and regulations. */
export class CatalogProvider implements TreeDataProvider<CatalogNode> {
  readonly #emitter = new EventEmitter<CatalogNode | undefined>();
  readonly onDidChangeTreeData: Event<CatalogNode | undefined> = this.#emitter.event;
  #index: CatalogIndex | undefined;

  constructor(private readonly deps: { atlasStore: AtlasStore; settings: SettingsStore }) {}

  refresh(): void {
    this.#index = undefined;
    this.#emitter.fire(undefined);
  }

  // Built on first expansion, so a closed sidebar costs nothing.
  get #catalog(): CatalogIndex {
    this.#index ??= indexCatalog(this.deps.atlasStore.atlas);
    return this.#index;
  }

  getChildren(node?: CatalogNode): CatalogNode[] {
    const { atlas } = this.deps.atlasStore;
    if (!node) {
      return [
        ...this.#catalog.countries.map((code): CatalogNode => ({ type: 'country', code })),
        ...(['person', 'model', 'regulation'] as const).map((kind): CatalogNode => ({ type: 'group', kind })),
      ];
    }
    if (node.type === 'country') {
      return (this.#catalog.organizationsByCountry.get(node.code) ?? []).map((org) => ({ type: 'entity', id: org.id }));
    }
    if (node.type === 'group') {
      const list = { person: atlas.dataset.people, model: atlas.dataset.models, regulation: atlas.dataset.regulations }[
        node.kind
      ];
      return [...list].sort(byName).map((entity) => ({ type: 'entity', id: entity.id }));
    }
    return (this.#catalog.chipsByVendor.get(node.id) ?? []).map((chip) => ({ type: 'entity', id: chip.id }));
  }

  getTreeItem(node: CatalogNode): TreeItem {
    if (node.type === 'country') {
      const organizations = this.#catalog.organizationsByCountry.get(node.code) ?? [];
      const item = new TreeItem(countryName(node.code), TreeItemCollapsibleState.Collapsed);
      item.id = `catalog:country:${node.code}`;
      item.description = plural(organizations.length, 'organization');
      return item;
    }
    if (node.type === 'group') {
      const item = new TreeItem(GROUP_TITLES[node.kind], TreeItemCollapsibleState.Collapsed);
      item.id = `catalog:group:${node.kind}`;
      return item;
    }
    const entity = this.deps.atlasStore.atlas.get(node.id);
    if (!entity) return new TreeItem(node.id);
    const chips = this.#catalog.chipsByVendor.get(entity.id) ?? [];
    const item = new TreeItem(
      entityLabel(entity, this.deps.settings.current.showChineseNames),
      chips.length > 0 ? TreeItemCollapsibleState.Collapsed : TreeItemCollapsibleState.None,
    );
    item.id = `catalog:${entity.kind}:${entity.id}`;
    item.description = describeEntity(entity, chips.length);
    item.tooltip = 'summary' in entity ? entity.summary : undefined;
    item.contextValue = 'aichips.entity';
    item.command = { command: COMMANDS.showDetails, title: 'Show details', arguments: [entity.id] };
    return item;
  }

  dispose(): void {
    this.#emitter.dispose();
  }
}

function describeEntity(entity: AnyEntity, chipCount: number): string | undefined {
  switch (entity.kind) {
    case 'organization':
      return chipCount > 0 ? plural(chipCount, 'chip') : entity.roles.join(', ');
    case 'chip':
      return [entity.status, entity.market === 'china' ? 'China market' : undefined].filter(Boolean).join(' · ');
    case 'regulation':
      return entity.published;
    case 'model':
    case 'person':
      return undefined;
    default:
      return entityName(entity);
  }
}
