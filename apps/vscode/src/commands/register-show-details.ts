import type { AnyEntity } from '@aichips/core';
import { commands, type Disposable, type QuickPickItem, window } from 'vscode';
import type { AtlasStore } from '../atlas/atlas-store';
import { COMMANDS } from '../contribution-ids';
import type { DetailsPanel } from '../details/details-panel';
import { entityLabel } from '../entity-label';
import type { DocumentScans } from '../scanning/document-scans';
import type { SettingsStore } from '../settings/settings-store';
import { readEntityId } from './entity-argument';
import { findMentionUnderCursor } from './mention-under-cursor';

export interface ShowDetailsDeps {
  atlasStore: AtlasStore;
  scans: DocumentScans;
  settings: SettingsStore;
  details: DetailsPanel;
}

type EntityPick = QuickPickItem & { entity: AnyEntity };

/** "Show details": of the given entity, else of the mention under the cursor, else of one picked from a list. */
export function registerShowDetails({ atlasStore, scans, settings, details }: ShowDetailsDeps): Disposable {
  return commands.registerCommand(COMMANDS.showDetails, async (argument?: unknown) => {
    const { atlas } = atlasStore;
    const id = readEntityId(argument) ?? findMentionUnderCursor(scans, window.activeTextEditor)?.id;
    let entity = id === undefined ? undefined : atlas.get(id);
    if (!entity) {
      const { dataset } = atlas;
      const named = [
        ...dataset.chips,
        ...dataset.organizations,
        ...dataset.people,
        ...dataset.models,
        ...dataset.regulations,
      ];
      const items: EntityPick[] = named.map((each) => {
        const withKind = atlas.get(each.id)!;
        return {
          label: entityLabel(withKind, settings.current.showChineseNames),
          description: withKind.kind,
          entity: withKind,
        };
      });
      const picked = await window.showQuickPick(items, {
        title: 'AI Chips: Show details',
        placeHolder: 'Chip, organization, person, model or regulation',
        matchOnDescription: true,
      });
      entity = picked?.entity;
    }
    if (entity) details.showEntity(entity);
  });
}
