import { SCANNED_KINDS, type ScannedKind } from '@aichips/core';

/** The `aichips` settings the server reads: the extension's, minus what only VS Code draws. */
export interface ServerSettings {
  /** Language ids whose documents are scanned. */
  languages: readonly string[];
  /** Kinds of mention hovered and listed as symbols (fact checks always look at chips). */
  kinds: readonly ScannedKind[];
  /** In bytes (the setting is in KB): larger documents get one Information diagnostic and no scan. */
  maxFileSize: number;
  skipCodeBlocks: boolean;
  /** A dataset release (`data.json`): absolute, `~/…`, or relative to the workspace root. */
  datasetPath: string;
  factCheckEnabled: boolean;
  factCheckShowUnverifiable: boolean;
}

// `text` is what Neovim and Helix call plain text; VS Code says `plaintext`.
export const DEFAULT_SERVER_SETTINGS: ServerSettings = {
  languages: ['markdown', 'plaintext', 'text'],
  kinds: SCANNED_KINDS,
  maxFileSize: 512 * 1024,
  skipCodeBlocks: true,
  datasetPath: '',
  factCheckEnabled: true,
  factCheckShowUnverifiable: false,
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `factCheck.enabled` as a nested object (Neovim, Helix, Zed) or as a dotted key (VS Code style). */
function lookUp(section: Record<string, unknown>, key: string): unknown {
  if (key in section) return section[key];
  const [head, ...rest] = key.split('.');
  const nested = head === undefined ? undefined : section[head];
  return rest.length > 0 && isRecord(nested) ? lookUp(nested, rest.join('.')) : undefined;
}

const listOf = <T extends string>(value: unknown, allowed?: readonly T[]): T[] | undefined =>
  Array.isArray(value)
    ? value.filter((item): item is T => typeof item === 'string' && (!allowed || allowed.includes(item as T)))
    : undefined;

/**
 * The settings from what a client sends (`{ aichips: {…} }` or the section itself), falling back to the
 * defaults for missing values and values of the wrong type.
 */
export function readServerSettings(raw: unknown): ServerSettings {
  const section = isRecord(raw) ? (isRecord(raw.aichips) ? raw.aichips : raw) : {};
  const get = (key: string) => lookUp(section, key);
  const boolean = (key: string, fallback: boolean) => {
    const value = get(key);
    return typeof value === 'boolean' ? value : fallback;
  };
  const maxKb = get('maxFileSize');
  const datasetPath = get('datasetPath');
  const defaults = DEFAULT_SERVER_SETTINGS;
  return {
    languages: listOf(get('languages')) ?? defaults.languages,
    kinds: listOf(get('kinds'), SCANNED_KINDS) ?? defaults.kinds,
    maxFileSize: typeof maxKb === 'number' && maxKb > 0 ? Math.round(maxKb * 1024) : defaults.maxFileSize,
    skipCodeBlocks: boolean('skipCodeBlocks', defaults.skipCodeBlocks),
    datasetPath: typeof datasetPath === 'string' ? datasetPath.trim() : defaults.datasetPath,
    factCheckEnabled: boolean('factCheck.enabled', defaults.factCheckEnabled),
    factCheckShowUnverifiable: boolean('factCheck.showUnverifiable', defaults.factCheckShowUnverifiable),
  };
}

/** The names of the fields that differ. */
export function diffServerSettings(before: ServerSettings, after: ServerSettings): Set<keyof ServerSettings> {
  const changed = new Set<keyof ServerSettings>();
  for (const key of Object.keys(after) as (keyof ServerSettings)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changed.add(key);
  }
  return changed;
}
