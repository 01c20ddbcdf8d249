import type { ScanOptions } from '@aichips/core';
import type { TextDocument } from 'vscode';
import type { Settings } from '../settings/settings';

/** Code blocks are a Markdown notion: plain text keeps its indented lines. URLs are never names. */
export function scanOptionsFor(document: TextDocument, settings: Settings): ScanOptions {
  return { skipCode: settings.skipCodeBlocks && document.languageId === 'markdown', skipUrls: true };
}

// Documents that are not the writer's text even when their language matches.
const IGNORED_SCHEMES = new Set(['output', 'debug', 'git', 'vscode-settings', 'comment', 'vscode-scm']);

export function isScannedLanguage(document: TextDocument, settings: Settings): boolean {
  return settings.languages.includes(document.languageId) && !IGNORED_SCHEMES.has(document.uri.scheme);
}
