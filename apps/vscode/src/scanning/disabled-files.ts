import { type Disposable, type Event, EventEmitter, type Memento, type Uri } from 'vscode';

const KEY = 'aichips.disabledFiles';

/** Files the writer turned the extension off for ("Disable for this file"), kept per workspace. */
export interface DisabledFiles extends Disposable {
  has(uri: Uri): boolean;
  set(uri: Uri, disabled: boolean): Promise<void>;
  readonly onDidChange: Event<Uri>;
}

export function createDisabledFiles(memento: Memento): DisabledFiles {
  const emitter = new EventEmitter<Uri>();
  const disabled = new Set(memento.get<string[]>(KEY, []));
  return {
    has: (uri) => disabled.has(uri.toString()),
    async set(uri, value) {
      const key = uri.toString();
      if (disabled.has(key) === value) return;
      if (value) disabled.add(key);
      else disabled.delete(key);
      emitter.fire(uri);
      await memento.update(KEY, [...disabled]);
    },
    onDidChange: emitter.event,
    dispose: () => emitter.dispose(),
  };
}
