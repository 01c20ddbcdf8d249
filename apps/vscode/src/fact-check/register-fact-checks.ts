import { CodeActionKind, type Disposable, languages } from 'vscode';
import { createFactCheckActions } from './fact-check-actions';
import { createFactChecks, type FactChecksDeps } from './fact-checks';

/**
 * Diagnostics for claims the dataset contradicts, with their quick fixes, in the configured languages; the
 * provider is registered again when the languages change.
 */
export function registerFactChecks(deps: FactChecksDeps): Disposable {
  const factChecks = createFactChecks(deps);
  const provider = createFactCheckActions({ factChecks, log: deps.log });
  const register = () =>
    languages.registerCodeActionsProvider(
      deps.settings.current.languages.map((language) => ({ language })),
      provider,
      { providedCodeActionKinds: [CodeActionKind.QuickFix] },
    );
  let registration = register();
  const listener = deps.settings.onDidChange((changed) => {
    if (!changed.has('languages')) return;
    registration.dispose();
    registration = register();
  });
  return {
    dispose() {
      listener.dispose();
      registration.dispose();
      factChecks.dispose();
    },
  };
}
