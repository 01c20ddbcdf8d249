import type { Disposable, DocumentSelector } from 'vscode';
import type { SettingsStore } from './settings-store';

/** Registers a language provider for the configured languages, and again whenever they change. */
export function registerForLanguages(
  settings: SettingsStore,
  register: (selector: DocumentSelector) => Disposable,
): Disposable {
  const selector = () => settings.current.languages.map((language) => ({ language }));
  let registration = register(selector());
  const listener = settings.onDidChange((changed) => {
    if (!changed.has('languages')) return;
    registration.dispose();
    registration = register(selector());
  });
  return {
    dispose() {
      listener.dispose();
      registration.dispose();
    },
  };
}
