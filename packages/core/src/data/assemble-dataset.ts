import type { Dataset, DatasetContent } from '../schema/dataset';
import { SCHEMA_VERSION } from '../schema/dataset';
import { canonicalJson } from './canonical-json';
import { sha256Hex } from './sha256';

/** sha256 of the canonical JSON of a dataset's content: what `meta.sha256` must equal. */
export function hashDatasetContent(content: DatasetContent): string {
  const { meta: _meta, ...rest } = content as DatasetContent & { meta?: unknown };
  return sha256Hex(canonicalJson(rest));
}

/** Adds the `meta` block: versions, the as-of date (newest source read), counts and the content hash. */
export function assembleDataset(content: DatasetContent, datasetVersion: string): Dataset {
  const accessed = content.sources.map((source) => source.accessed).sort();
  const counts = Object.fromEntries(Object.entries(content).map(([key, list]) => [key, list.length]));
  return {
    meta: {
      datasetVersion,
      schemaVersion: SCHEMA_VERSION,
      asOf: accessed.at(-1) ?? '1970-01-01',
      counts,
      sha256: hashDatasetContent(content),
    },
    ...content,
  };
}
