// The dataset bundled with this package version, as a separate entry so it is only loaded when wanted.
export { embeddedDataset } from './data/_generated/embedded-dataset';
export { loadEmbeddedMatcher } from './data/load-embedded-matcher';
