export { assembleDataset, hashDatasetContent } from './data/assemble-dataset';
export { canonicalJson } from './data/canonical-json';
export { type DatasetIssue, formatDatasetIssue } from './data/dataset-issue';
export { listScanEntries } from './data/scan-entries';
export { sha256Hex } from './data/sha256';
export { type DatasetCheck, type DatasetValidation, validateDataset } from './data/validate-dataset';
export { type EntityRecord, type ValidationResult, validateEntities } from './data/validate-entities';
export { AtlasError, type AtlasErrorCode } from './errors';
export {
  type Classification,
  type ClassificationInput,
  type ClassificationReading,
  classify,
  computeTpp,
  type ExportControlClass,
  inputLabel,
  performanceDensity,
  type ReadingValue,
  type ThresholdTest,
  type TppResult,
  tpp,
} from './export-control';
export { type AtlasIndex, createAtlasIndex } from './query/atlas-index';
export { type ChipComparison, type ComparisonRow, compareChips } from './query/compare-chips';
export { type Alternative, findAlternatives } from './query/find-alternatives';
export { findByName, type NameLookup, suggestNames } from './query/find-by-name';
export { getEntity, getEntityOfKind } from './query/get-entity';
export { ChipFilter, chipYear, listChips, type SafeResult, safeListChips } from './query/list-chips';
export {
  COMPARISON_METRICS,
  METRIC_KEYS,
  METRICS,
  type Metric,
  type MetricKey,
  type MetricValue,
} from './query/metrics';
export { formatNumericValue, pointValue, valueBounds } from './query/numeric-value';
export { type RankedChip, rankChips } from './query/rank-chips';
export { type RelatedEntity, type Relation, related } from './query/related';
export { requireChip } from './query/require-chip';
export { timeline } from './query/timeline';
export { type BumpLevel, bumpBetween } from './release/bump-level';
export { diffDatasets } from './release/diff-datasets';
export { type DiffMarkdownOptions, renderDiffMarkdown } from './release/render-diff-markdown';
export type {
  CitedSource,
  DatasetDiff,
  DatasetState,
  DiffSide,
  EntityChange,
  EntitySummary,
  Rename,
  SchemaChange,
  ValueChange,
} from './release/types';
export {
  compileMatcher,
  loadMatcher,
  rescan,
  SCANNED_KINDS,
  type ScanResult,
  scanStream,
  serializeMatcher,
} from './scanner';
export type { Matcher, Mention, ScanEntry, ScannedKind, ScanOptions, TextEdit } from './scanner/types';
export { type Alias, AliasObject, type AmbiguityRule, normalizeAlias } from './schema/alias';
export { Chip, ChipMarket, ChipStatus, PRECISION_BITS, PRECISIONS, type Precision } from './schema/chip';
export { Dataset, type DatasetContent, DatasetMeta, SCHEMA_VERSION } from './schema/dataset';
export {
  type AnyEntity,
  type AnyNamedEntity,
  ENTITY_SCHEMAS,
  type EntityOfKind,
  KIND_COLLECTIONS,
  type NamedKind,
} from './schema/entity';
export { Event, EventType } from './schema/event';
export { Family } from './schema/family';
export { datasetJsonSchema, entityJsonSchema } from './schema/json-schema';
export { Model } from './schema/model';
export { Organization, OrganizationRole } from './schema/organization';
export { Person } from './schema/person';
export {
  CountryCode,
  type DatePrecision,
  datePrecision,
  ENTITY_KINDS,
  type EntityKind,
  isRealPartialDate,
} from './schema/primitives';
export {
  type NumericValue,
  type Quantity,
  type ReportedComputeValue,
  type ReportedValue,
  SparsityBasis,
  UNITS,
  type Unit,
} from './schema/quantity';
export { EXPORT_CONTROL_RULES, type ExportControlRuleId, Regulation } from './schema/regulation';
export { Source } from './schema/source';
export { listEntityNames } from './text/entity-names';
export { foldWidth, nameKey } from './text/fold';
