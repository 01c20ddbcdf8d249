import { type Disposable, window } from 'vscode';
import type { AtlasStore } from '../atlas/atlas-store';
import { VIEWS } from '../contribution-ids';
import type { SettingsStore } from '../settings/settings-store';
import { CatalogProvider } from './catalog-provider';

/** The "Catalog" view; rebuilt when the dataset or the Chinese-names setting changes. */
export function registerCatalogView(deps: { atlasStore: AtlasStore; settings: SettingsStore }): Disposable {
  const provider = new CatalogProvider(deps);
  const view = window.createTreeView(VIEWS.catalog, { treeDataProvider: provider, showCollapseAll: true });
  const subscriptions = [
    deps.atlasStore.onDidChange(() => provider.refresh()),
    deps.settings.onDidChange((changed) => {
      if (changed.has('showChineseNames')) provider.refresh();
    }),
  ];
  return {
    dispose() {
      for (const subscription of subscriptions) subscription.dispose();
      view.dispose();
      provider.dispose();
    },
  };
}
