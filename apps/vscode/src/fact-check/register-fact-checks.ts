import { CodeActionKind, type Disposable, languages } from 'vscode';
import { registerForLanguages } from '../settings/register-for-languages';
import { createFactCheckActions } from './fact-check-actions';
import { createFactChecks, type FactChecksDeps } from './fact-checks';

/**
 * Diagnostics for claims the dataset contradicts, with their quick fixes, in the configured languages; the
 * provider is registered again when the languages change.
 */
export function registerFactChecks(deps: FactChecksDeps): Disposable {
  const factChecks = createFactChecks(deps);
  const provider = createFactCheckActions({ factChecks, log: deps.log });
  const registration = registerForLanguages(deps.settings, (selector) =>
    languages.registerCodeActionsProvider(selector, provider, { providedCodeActionKinds: [CodeActionKind.QuickFix] }),
  );
  return {
    dispose() {
      registration.dispose();
      factChecks.dispose();
    },
  };
}
