import type { WorkspaceConfiguration } from 'vscode';

export type UnderlineStyle = 'dotted' | 'dashed' | 'solid';

/** The `aichips.*` settings, read once per change. */
export interface Settings {
  languages: readonly string[];
  decorationsEnabled: boolean;
  decorationStyle: UnderlineStyle;
  /** In bytes (the setting is in KB). */
  maxFileSize: number;
  showChineseNames: boolean;
  skipCodeBlocks: boolean;
  /** Raw setting; whether it may be used (trust, platform) is the atlas store's call. */
  datasetPath: string;
  /** `aichips.factCheck.enabled`: diagnostics for claims the dataset contradicts. */
  factCheckEnabled: boolean;
  /** `aichips.factCheck.showUnverifiable`: also claims the dataset has no figure for (Information). */
  factCheckShowUnverifiable: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  languages: ['markdown', 'plaintext'],
  decorationsEnabled: true,
  decorationStyle: 'dotted',
  maxFileSize: 512 * 1024,
  showChineseNames: true,
  skipCodeBlocks: true,
  datasetPath: '',
  factCheckEnabled: true,
  factCheckShowUnverifiable: false,
};

const STYLES: readonly UnderlineStyle[] = ['dotted', 'dashed', 'solid'];

/** Reads the `aichips` section, falling back to the defaults for values of the wrong type. */
export function readSettings(configuration: WorkspaceConfiguration): Settings {
  const get = <T>(key: string, fallback: T, valid: (value: unknown) => boolean): T => {
    const value = configuration.get<unknown>(key);
    return valid(value) ? (value as T) : fallback;
  };
  const isBoolean = (value: unknown) => typeof value === 'boolean';
  const maxKb = get('maxFileSize', 512, (value) => typeof value === 'number' && value > 0);
  return {
    languages: get('languages', DEFAULT_SETTINGS.languages, (value) => Array.isArray(value)).filter(
      (language): language is string => typeof language === 'string',
    ),
    decorationsEnabled: get('decorations.enabled', true, isBoolean),
    decorationStyle: get('decorations.style', 'dotted', (value) => STYLES.includes(value as UnderlineStyle)),
    maxFileSize: Math.round(maxKb * 1024),
    showChineseNames: get('showChineseNames', true, isBoolean),
    skipCodeBlocks: get('skipCodeBlocks', true, isBoolean),
    datasetPath: get('datasetPath', '', (value) => typeof value === 'string').trim(),
    factCheckEnabled: get('factCheck.enabled', true, isBoolean),
    factCheckShowUnverifiable: get('factCheck.showUnverifiable', false, isBoolean),
  };
}
