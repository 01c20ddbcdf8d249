import { commands, type Disposable, window } from 'vscode';
import type { AtlasStore } from '../atlas/atlas-store';
import { COMMANDS, CONTEXT_KEYS, VIEWS } from '../contribution-ids';
import type { DocumentScans } from '../scanning/document-scans';
import { TimelineProvider } from './timeline-provider';

export interface TimelineDeps {
  atlasStore: AtlasStore;
  scans: DocumentScans;
}

/** The "Timeline" view and its two filter commands (all events / this document's entities). */
export function registerTimelineView({ atlasStore, scans }: TimelineDeps): Disposable {
  const provider = new TimelineProvider({ atlasStore });
  const view = window.createTreeView(VIEWS.timeline, { treeDataProvider: provider });
  let filtered = false;

  const update = () => {
    const document = window.activeTextEditor?.document;
    const scan = filtered && document ? scans.get(document) : undefined;
    provider.setFilter(filtered ? new Set(scan?.mentions.map((mention) => mention.id) ?? []) : undefined);
    const fileName = document?.uri.path.split('/').pop();
    view.description = filtered ? `only ${fileName ?? 'this document'}` : undefined;
    view.message =
      filtered && provider.getChildren().length === 0
        ? 'No dated events for the entities of this document.'
        : undefined;
  };
  const setFiltered = (value: boolean) => {
    filtered = value;
    void commands.executeCommand('setContext', CONTEXT_KEYS.timelineFiltered, value);
    update();
  };

  const subscriptions = [
    commands.registerCommand(COMMANDS.filterTimelineToDocument, () => setFiltered(true)),
    commands.registerCommand(COMMANDS.showAllTimeline, () => setFiltered(false)),
    atlasStore.onDidChange(update),
    window.onDidChangeActiveTextEditor(() => {
      if (filtered) update();
    }),
    scans.onDidChange((document) => {
      if (filtered && document === window.activeTextEditor?.document) update();
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
