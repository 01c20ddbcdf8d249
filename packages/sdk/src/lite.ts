// Everything but the embedded dataset: for bundles that load a release with loadDataset().
export { type Atlas, bindAtlas } from './bind-atlas';
export { buildCardModel } from './cards/build-card-model';
export type { CardExportControl, CardFact, CardModel, CardSource } from './cards/card-model';
export { escapeHtml, escapeMarkdown, escapeText, safeHttpsUrl } from './cards/escape';
export { type CardFormat, type RenderCardOptions, renderCandidates, renderCard } from './cards/render-card';
export { type DatasetSource, type LoadDatasetOptions, loadDataset, safeLoadDataset } from './loading/load-dataset';
export { SdkError, type SdkErrorCode } from './sdk-error';
