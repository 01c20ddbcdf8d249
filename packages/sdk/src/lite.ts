// Everything but the embedded dataset: for bundles that load a release with loadDataset().
export { type Atlas, type BindAtlasOptions, bindAtlas } from './bind-atlas';
export { buildCardModel } from './cards/build-card-model';
export type { CardExportControl, CardFact, CardModel, CardSource } from './cards/card-model';
export { escapeHtml, escapeMarkdown, escapeText, safeHttpsUrl } from './cards/escape';
export { type CardFormat, type RenderCardOptions, renderCandidates, renderCard } from './cards/render-card';
export { type ClaimChecker, checkClaims, isDisagreement } from './fact-check/check-claims';
export {
  type CheckClaimsOptions,
  CLAIM_VERDICTS,
  type ClaimedValue,
  type ClaimFinding,
  type ClaimMatch,
  type ClaimQuantity,
  type ClaimReplacement,
  type ClaimVerdict,
  type ExpectedValue,
  type FindingSource,
} from './fact-check/claim-types';
export { type DatasetSource, type LoadDatasetOptions, loadDataset, safeLoadDataset } from './loading/load-dataset';
export { SdkError, type SdkErrorCode } from './sdk-error';
