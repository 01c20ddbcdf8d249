import type { Dataset } from '@aichips/core';
import { SdkError } from '../sdk-error';
import { fetchText } from './fetch-text';
import { readFileText } from './read-file-text';
import { requireValidRelease } from './validate-release';

export interface LoadDatasetOptions {
  /** For URLs: give up after this many milliseconds. Default 15 000. */
  timeoutMs?: number;
  /** For files and URLs: refuse anything larger. Default 50 MB. */
  maxBytes?: number;
}

export type DatasetSource = string | URL | Record<string, unknown>;

const DEFAULTS = { timeoutMs: 15_000, maxBytes: 50 * 1024 * 1024 };

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new SdkError('MALFORMED_JSON', `${where}: not well-formed JSON: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/**
 * Loads a dataset release from a file path, an http(s) URL or an already-parsed object, and checks it
 * completely before returning: JSON, schema version, sha256, schema and references. Throws `SdkError`.
 */
export async function loadDataset(source: DatasetSource, options: LoadDatasetOptions = {}): Promise<Dataset> {
  const { timeoutMs, maxBytes } = { ...DEFAULTS, ...options };
  if (source instanceof URL || (typeof source === 'string' && /^https?:\/\//i.test(source))) {
    const url = String(source);
    return requireValidRelease(parseJson(await fetchText(url, { timeoutMs, maxBytes }), url), url);
  }
  if (typeof source === 'string') {
    return requireValidRelease(parseJson(await readFileText(source, maxBytes), source), source);
  }
  return requireValidRelease(source, 'dataset');
}

/** Like `loadDataset`, but returns `{ success, data | error }` instead of throwing. */
export async function safeLoadDataset(
  source: DatasetSource,
  options?: LoadDatasetOptions,
): Promise<{ success: true; data: Dataset } | { success: false; error: SdkError }> {
  try {
    return { success: true, data: await loadDataset(source, options) };
  } catch (error) {
    if (error instanceof SdkError) return { success: false, error };
    throw error;
  }
}
