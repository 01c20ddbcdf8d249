import { type ExtensionContext, window } from 'vscode';
import { createAtlasStore } from './atlas/atlas-store';
import { registerCompareChips } from './commands/register-compare-chips';
import { registerFileSwitch } from './commands/register-file-switch';
import { registerInsertCitation } from './commands/register-insert-citation';
import { registerRevealOccurrence } from './commands/register-reveal-occurrence';
import { registerShowDetails } from './commands/register-show-details';
import { registerShowSidebar } from './commands/register-show-sidebar';
import { registerToggleDecorations } from './commands/register-toggle-decorations';
import { OUTPUT_CHANNEL } from './contribution-ids';
import { registerDecorations } from './decorations/register-decorations';
import { createDetailsPanel } from './details/details-panel';
import { registerContextKeys } from './editor-context/register-context-keys';
import { registerFactChecks } from './fact-check/register-fact-checks';
import { registerHover } from './hover/register-hover';
import type { Platform } from './platform/platform';
import { createDisabledFiles } from './scanning/disabled-files';
import { createDocumentScans } from './scanning/document-scans';
import { createSettingsStore } from './settings/settings-store';
import { registerCatalogView } from './sidebar/register-catalog-view';
import { registerDocumentEntitiesView } from './sidebar/register-document-entities-view';
import { registerTimelineView } from './sidebar/register-timeline-view';
import { registerStatusBar } from './status-bar/register-status-bar';

/** What `activate()` hands back: used by tests and the benchmark, not a public API. */
export interface ExtensionHandle {
  /** Settles when the custom dataset (if any) has been loaded or rejected. */
  whenDatasetSettled(): Promise<void>;
}

/** Wires every feature; nothing is scanned until a matching document is shown. */
export function activateExtension(context: ExtensionContext, platform: Platform): ExtensionHandle {
  const log = window.createOutputChannel(OUTPUT_CHANNEL, { log: true });
  const settings = createSettingsStore();
  const atlasStore = createAtlasStore({ settings, platform, log });
  const disabledFiles = createDisabledFiles(context.workspaceState);
  const scans = createDocumentScans({ atlasStore, settings, disabledFiles, log });
  const details = createDetailsPanel({ atlasStore, settings });
  context.subscriptions.push(
    log,
    settings,
    atlasStore,
    disabledFiles,
    scans,
    details,
    registerDecorations({ scans, settings }),
    registerHover({ scans, atlasStore, settings, log }),
    registerFactChecks({ scans, atlasStore, settings, log }),
    registerDocumentEntitiesView({ scans, atlasStore, settings, disabledFiles }),
    registerCatalogView({ atlasStore, settings }),
    registerTimelineView({ atlasStore, scans }),
    registerStatusBar({ scans, settings, disabledFiles }),
    registerContextKeys({ scans, settings, disabledFiles }),
    registerShowDetails({ atlasStore, scans, settings, details }),
    registerCompareChips({ atlasStore, scans, details }),
    registerInsertCitation({ atlasStore, scans }),
    registerToggleDecorations(),
    registerFileSwitch({ disabledFiles }),
    registerRevealOccurrence({ scans }),
    registerShowSidebar(),
  );
  return { whenDatasetSettled: () => atlasStore.whenSettled() };
}
