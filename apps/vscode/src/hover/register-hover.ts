import { findMentionAt, MAX_LINE_LENGTH } from '@aichips/sdk';
import {
  type Disposable,
  Hover,
  type HoverProvider,
  type LogOutputChannel,
  languages,
  type Position,
  Range,
  type TextDocument,
} from 'vscode';
import type { AtlasStore } from '../atlas/atlas-store';
import type { DocumentScans } from '../scanning/document-scans';
import { registerForLanguages } from '../settings/register-for-languages';
import type { SettingsStore } from '../settings/settings-store';
import { findAmbiguousName } from './find-ambiguous-name';
import { createAmbiguousHover, createMentionHover } from './hover-content';

export interface HoverDeps {
  scans: DocumentScans;
  atlasStore: AtlasStore;
  settings: SettingsStore;
  log: LogOutputChannel;
}

// A word for the ambiguity look-up: letters and digits with inner dots and hyphens ("910B", "L20").
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}.-]*[\p{L}\p{N}])?/u;

export function createHoverProvider({ scans, atlasStore, settings, log }: HoverDeps): HoverProvider {
  return {
    provideHover(document: TextDocument, position: Position) {
      try {
        // getCurrent() applies waiting edits incrementally: the hover never waits for a full re-scan.
        const scan = scans.getCurrent(document);
        // Lines the scanner may not read are off limits for the word look-up too.
        if (!scan || scan.coverage === 'none' || document.lineAt(position.line).text.length > MAX_LINE_LENGTH)
          return undefined;
        const { atlas } = atlasStore;
        const mention = findMentionAt(scan.mentions, document.offsetAt(position));
        if (mention) {
          const content = createMentionHover(atlas, mention, settings.current.showChineseNames);
          const range = new Range(document.positionAt(mention.start), document.positionAt(mention.end));
          return content && new Hover(content, range);
        }
        const wordRange = document.getWordRangeAtPosition(position, WORD);
        if (!wordRange) return undefined;
        const ambiguous = findAmbiguousName(atlas, document.getText(wordRange));
        return ambiguous && new Hover(createAmbiguousHover(ambiguous), wordRange);
      } catch (error) {
        log.error(`hover failed: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
      }
    },
  };
}

/** Hover cards on mentions in the configured languages; re-registered when the languages change. */
export function registerHover(deps: HoverDeps): Disposable {
  const provider = createHoverProvider(deps);
  return registerForLanguages(deps.settings, (selector) => languages.registerHoverProvider(selector, provider));
}
