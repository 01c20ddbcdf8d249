import type { Mention } from '@aichips/core';
import {
  type Disposable,
  Range,
  type TextDocument,
  type TextEditor,
  type TextEditorDecorationType,
  window,
} from 'vscode';
import type { MentionKind } from '../entity-label';
import type { DocumentScans } from '../scanning/document-scans';
import type { SettingsStore } from '../settings/settings-store';
import { UNDERLINE_KINDS, type UnderlineKind, underlineKindOf, underlineStyle } from './underline-styles';

export interface DecorationsDeps {
  scans: DocumentScans;
  settings: SettingsStore;
}

function rangesByKind(document: TextDocument, mentions: readonly Mention[]): Map<UnderlineKind, Range[]> {
  const ranges = new Map<UnderlineKind, Range[]>(UNDERLINE_KINDS.map((kind) => [kind, []]));
  for (const mention of mentions) {
    const range = new Range(document.positionAt(mention.start), document.positionAt(mention.end));
    ranges.get(underlineKindOf(mention.kind as MentionKind))?.push(range);
  }
  return ranges;
}

/** Underlines mentions per kind in visible editors only; follows scans, settings and editor changes. */
export function registerDecorations({ scans, settings }: DecorationsDeps): Disposable {
  let types = new Map<UnderlineKind, TextEditorDecorationType>();
  const createTypes = () => {
    for (const type of types.values()) type.dispose();
    types = new Map(
      UNDERLINE_KINDS.map((kind) => [
        kind,
        window.createTextEditorDecorationType(underlineStyle(kind, settings.current.decorationStyle)),
      ]),
    );
  };
  createTypes();

  const decorate = (editor: TextEditor) => {
    const scan = settings.current.decorationsEnabled ? scans.get(editor.document) : undefined;
    const ranges = rangesByKind(editor.document, scan?.mentions ?? []);
    for (const [kind, type] of types) editor.setDecorations(type, ranges.get(kind) ?? []);
  };
  const decorateDocument = (document: TextDocument) => {
    for (const editor of window.visibleTextEditors) if (editor.document === document) decorate(editor);
  };
  const decorateAll = () => {
    for (const editor of window.visibleTextEditors) decorate(editor);
  };

  // The first pass waits a tick: activate() returns before any document is scanned.
  const first = setTimeout(decorateAll, 0);
  const subscriptions: Disposable[] = [
    scans.onDidChange(decorateDocument),
    window.onDidChangeVisibleTextEditors((editors) => {
      for (const editor of editors) decorate(editor);
    }),
    settings.onDidChange((changed) => {
      if (changed.has('decorationStyle')) createTypes();
      if (changed.has('decorationStyle') || changed.has('decorationsEnabled')) decorateAll();
    }),
  ];
  return {
    dispose() {
      clearTimeout(first);
      for (const subscription of subscriptions) subscription.dispose();
      for (const type of types.values()) type.dispose();
    },
  };
}
