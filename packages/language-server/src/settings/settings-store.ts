import { type Connection, type Disposable, Emitter, type Event } from 'vscode-languageserver/node';
import { describeError, type Log } from '../log';
import {
  DEFAULT_SERVER_SETTINGS,
  diffServerSettings,
  readServerSettings,
  type ServerSettings,
} from './server-settings';

/** The current settings: from `initializationOptions`, then `workspace/didChangeConfiguration` (pushed or pulled). */
export interface SettingsStore extends Disposable {
  readonly current: ServerSettings;
  /** Fires with the names of the fields that changed. */
  readonly onDidChange: Event<ReadonlySet<keyof ServerSettings>>;
  /** Takes settings sent by the client. */
  apply(raw: unknown): void;
  /** Asks the client for the `aichips` section, when it answers `workspace/configuration`. */
  pull(): Promise<void>;
}

export interface SettingsStoreDeps {
  connection: Connection;
  log: Log;
  canPull: () => boolean;
}

export function createSettingsStore({ connection, log, canPull }: SettingsStoreDeps): SettingsStore {
  const emitter = new Emitter<ReadonlySet<keyof ServerSettings>>();
  let current = DEFAULT_SERVER_SETTINGS;
  const apply = (raw: unknown) => {
    const next = readServerSettings(raw);
    const changed = diffServerSettings(current, next);
    current = next;
    if (changed.size > 0) emitter.fire(changed);
  };
  const pull = async () => {
    if (!canPull()) return;
    try {
      const [section] = await connection.workspace.getConfiguration([{ section: 'aichips' }]);
      // Clients without an `aichips` section answer null: keep what initializationOptions said.
      if (section !== null && section !== undefined) apply(section);
    } catch (error) {
      log.warn(`workspace/configuration for "aichips" failed: ${describeError(error)}`);
    }
  };
  const listener = connection.onDidChangeConfiguration(({ settings }) => {
    const pushed = typeof settings === 'object' && settings !== null && 'aichips' in settings;
    if (pushed) apply(settings);
    else void pull();
  });
  return {
    get current() {
      return current;
    },
    onDidChange: emitter.event,
    apply,
    pull,
    dispose() {
      listener.dispose();
      emitter.dispose();
    },
  };
}
