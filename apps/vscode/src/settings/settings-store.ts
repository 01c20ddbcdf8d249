import { type Disposable, type Event, EventEmitter, workspace } from 'vscode';
import { readSettings, type Settings } from './settings';

/** The current settings and what changed, as one event per configuration change. */
export interface SettingsStore extends Disposable {
  readonly current: Settings;
  /** Fires with the names of the `Settings` fields that changed. */
  readonly onDidChange: Event<ReadonlySet<keyof Settings>>;
}

export function createSettingsStore(): SettingsStore {
  const emitter = new EventEmitter<ReadonlySet<keyof Settings>>();
  let current = readSettings(workspace.getConfiguration('aichips'));
  const listener = workspace.onDidChangeConfiguration((event) => {
    if (!event.affectsConfiguration('aichips')) return;
    const next = readSettings(workspace.getConfiguration('aichips'));
    const changed = new Set<keyof Settings>();
    for (const key of Object.keys(next) as (keyof Settings)[]) {
      if (JSON.stringify(next[key]) !== JSON.stringify(current[key])) changed.add(key);
    }
    current = next;
    if (changed.size > 0) emitter.fire(changed);
  });
  return {
    get current() {
      return current;
    },
    onDidChange: emitter.event,
    dispose() {
      listener.dispose();
      emitter.dispose();
    },
  };
}
