import type { ScannedKind } from '@aichips/core';
import { type Connection, type Disposable, type DocumentSymbol, SymbolKind } from 'vscode-languageserver/node';
import type { AtlasStore } from '../atlas/atlas-store';
import type { DocumentScans } from '../documents/document-scans';
import { describeError, type Log } from '../log';
import type { SettingsStore } from '../settings/settings-store';
import { rangeOf } from './claim-diagnostic';

// The closest LSP symbol kinds, so outline views give each kind its own icon.
const SYMBOL_KINDS: Record<ScannedKind, SymbolKind> = {
  chip: SymbolKind.Class,
  family: SymbolKind.Module,
  organization: SymbolKind.Namespace,
  person: SymbolKind.Constant,
  model: SymbolKind.Object,
  regulation: SymbolKind.Event,
};

export interface DocumentSymbolsDeps {
  connection: Connection;
  scans: DocumentScans;
  atlasStore: AtlasStore;
  settings: SettingsStore;
  log: Log;
}

/** Every mention as a symbol named after its entity ("NVIDIA H20"), so outline and symbol pickers list them. */
export function registerDocumentSymbols({
  connection,
  scans,
  atlasStore,
  settings,
  log,
}: DocumentSymbolsDeps): Disposable {
  return connection.onDocumentSymbol(({ textDocument }): DocumentSymbol[] => {
    try {
      const scan = scans.getCurrent(textDocument.uri);
      const document = scans.document(textDocument.uri);
      if (!scan || !document || scan.version !== document.version) return [];
      return scan.mentions.flatMap((mention) => {
        const entity = atlasStore.atlas.get(mention.id);
        if (!entity || !settings.current.kinds.includes(mention.kind)) return [];
        const range = rangeOf(document, mention.start, mention.end);
        const name = 'name' in entity ? entity.name : entity.title;
        return [
          {
            name,
            detail: `${mention.kind}: “${mention.text}”`,
            kind: SYMBOL_KINDS[mention.kind],
            range,
            selectionRange: range,
          },
        ];
      });
    } catch (error) {
      log.error(`document symbols of ${textDocument.uri} failed: ${describeError(error)}`);
      return [];
    }
  });
}
