import type { AnyEntity } from '@aichips/core';
import { type Disposable, ViewColumn, type WebviewPanel, window } from 'vscode';
import type { AtlasStore } from '../atlas/atlas-store';
import { DETAILS_VIEW_TYPE } from '../contribution-ids';
import { entityName } from '../entity-label';
import type { SettingsStore } from '../settings/settings-store';
import { renderPage } from './page-shell';
import { renderComparisonBody } from './render-comparison-page';
import { renderEntityBody } from './render-entity-page';

/** One webview beside the editor, reused for details and comparisons. */
export interface DetailsPanel extends Disposable {
  showEntity(entity: AnyEntity): void;
  showComparison(chipIds: readonly string[]): void;
}

export function createDetailsPanel(deps: { atlasStore: AtlasStore; settings: SettingsStore }): DetailsPanel {
  let panel: WebviewPanel | undefined;
  const show = (title: string, body: string) => {
    if (!panel) {
      panel = window.createWebviewPanel(
        DETAILS_VIEW_TYPE,
        title,
        { viewColumn: ViewColumn.Beside, preserveFocus: true },
        { enableScripts: false, enableFindWidget: true, localResourceRoots: [] },
      );
      panel.onDidDispose(() => {
        panel = undefined;
      });
    } else panel.reveal(ViewColumn.Beside, true);
    panel.title = title;
    panel.webview.html = renderPage(title, body);
  };
  return {
    showEntity(entity) {
      const { atlas } = deps.atlasStore;
      show(`AI Chips: ${entityName(entity)}`, renderEntityBody(atlas, entity, deps.settings.current.showChineseNames));
    },
    showComparison(chipIds) {
      const { atlas } = deps.atlasStore;
      const names = chipIds.map((id) => atlas.get(id)).flatMap((chip) => (chip ? [entityName(chip)] : []));
      show(`AI Chips: Compare ${names.join(' vs ')}`, renderComparisonBody(atlas, chipIds));
    },
    dispose() {
      panel?.dispose();
    },
  };
}
