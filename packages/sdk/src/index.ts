export { type Atlas, type BindAtlasOptions, bindAtlas } from './bind-atlas';
export { buildCardModel } from './cards/build-card-model';
export type { CardExportControl, CardFact, CardModel, CardSource } from './cards/card-model';
export { escapeHtml, escapeMarkdown, escapeText, safeHttpsUrl } from './cards/escape';
export { type CardFormat, type RenderCardOptions, renderCandidates, renderCard } from './cards/render-card';
export {
  buildCitation,
  type Citation,
  type CitedSource,
  choosePrimarySource,
  citeSource,
  listFootnoteInserts,
  separatorBefore,
} from './citations/citation-footnote';
export { type CreateAtlasOptions, createAtlas } from './create-atlas';
export { findMentionAt } from './editing/find-mention-at';
export { applyEdits, PendingEdits } from './editing/pending-edits';
export { type RescanOutcome, rescanAfterEdits, type ScannedState } from './editing/rescan-after-edits';
export {
  findLongLine,
  MAX_LINE_LENGTH,
  MAX_SYNCED_LENGTH,
  planAfterEdits,
  planScan,
  type ScanLimit,
  type ScanPlan,
  utf8Length,
} from './editing/scan-plan';
export { type ClaimChecker, checkClaims, isDisagreement } from './fact-check/check-claims';
export { type ClaimSeverity, getClaimSeverity } from './fact-check/claim-severity';
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
export { createDatasetSwitch, type DatasetSwitch, type DatasetSwitchOptions } from './loading/dataset-switch';
export { type DatasetSource, type LoadDatasetOptions, loadDataset, safeLoadDataset } from './loading/load-dataset';
export { SdkError, type SdkErrorCode } from './sdk-error';
