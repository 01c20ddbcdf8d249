export { type Alias, AliasObject, type AmbiguityRule, normalizeAlias } from './alias';
export { Chip, ChipMarket, ChipStatus, PRECISION_BITS, PRECISIONS, type Precision } from './chip';
export { Dataset, type DatasetContent, DatasetMeta, SCHEMA_VERSION } from './dataset';
export {
  type AnyEntity,
  type AnyNamedEntity,
  ENTITY_SCHEMAS,
  type EntityOfKind,
  KIND_COLLECTIONS,
  type NamedKind,
} from './entity';
export { Event, EventType } from './event';
export { Family } from './family';
export { Model } from './model';
export { Organization, OrganizationRole } from './organization';
export { Person } from './person';
export {
  CountryCode,
  type DatePrecision,
  datePrecision,
  ENTITY_KINDS,
  type EntityKind,
  isRealPartialDate,
} from './primitives';
export { type NumericValue, type Quantity, type ReportedValue, UNITS, type Unit } from './quantity';
export { EXPORT_CONTROL_RULES, type ExportControlRuleId, Regulation } from './regulation';
export { Source } from './source';
