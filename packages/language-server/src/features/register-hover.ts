import type { AnyEntity } from '@aichips/core';
import { findMentionAt } from '@aichips/sdk';
import { type Connection, type Disposable, type Hover, MarkupKind } from 'vscode-languageserver/node';
import type { AtlasStore } from '../atlas/atlas-store';
import type { DocumentScans } from '../documents/document-scans';
import { describeError, type Log } from '../log';
import type { SettingsStore } from '../settings/settings-store';
import { rangeOf } from './claim-diagnostic';

export interface HoverDeps {
  connection: Connection;
  scans: DocumentScans;
  atlasStore: AtlasStore;
  settings: SettingsStore;
  log: Log;
  /** Whether the client renders Markdown in hovers; plain text otherwise. */
  supportsMarkdown: () => boolean;
}

/** The card of the mentioned entity: the SDK's Markdown card, or its plain-text form. */
export function registerHover({
  connection,
  scans,
  atlasStore,
  settings,
  log,
  supportsMarkdown,
}: HoverDeps): Disposable {
  return connection.onHover(({ textDocument, position }): Hover | null => {
    try {
      // getCurrent() applies the edits still waiting for the debounce, incrementally: a hover never waits.
      const scan = scans.getCurrent(textDocument.uri);
      const document = scans.document(textDocument.uri);
      if (!scan || !document || scan.version !== document.version) return null;
      const mention = findMentionAt(scan.mentions, document.offsetAt(position));
      if (!mention || !settings.current.kinds.includes(mention.kind)) return null;
      const entity: AnyEntity | undefined = atlasStore.atlas.get(mention.id);
      if (!entity) return null;
      const markdown = supportsMarkdown();
      const value = atlasStore.atlas.renderCard(entity, { format: markdown ? 'markdown' : 'text' });
      return {
        contents: { kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value },
        range: rangeOf(document, mention.start, mention.end),
      };
    } catch (error) {
      log.error(`hover in ${textDocument.uri} failed: ${describeError(error)}`);
      return null;
    }
  });
}
