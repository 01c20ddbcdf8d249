import type { Dataset } from '@aichips/core';
import { embeddedDataset, loadEmbeddedMatcher } from '@aichips/core/embedded';
import { type Atlas, bindAtlas } from './bind-atlas';

export interface CreateAtlasOptions {
  /** A dataset from `loadDataset()`. Default: the dataset embedded in @aichips/core. */
  dataset?: Dataset;
}

/** An atlas over the embedded dataset, or over a loaded release. */
export function createAtlas(options: CreateAtlasOptions = {}): Atlas {
  // The embedded dataset's matcher was compiled at build time; a loaded release compiles its own.
  return options.dataset
    ? bindAtlas(options.dataset)
    : bindAtlas(embeddedDataset, { loadMatcher: loadEmbeddedMatcher });
}
