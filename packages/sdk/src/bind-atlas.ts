import {
  type Alternative,
  type AnyEntity,
  type AtlasIndex,
  type Chip,
  type ChipComparison,
  type ChipFilter,
  type Classification,
  classify,
  compareChips,
  compileMatcher,
  createAtlasIndex,
  type Dataset,
  type Event,
  type ExportControlRuleId,
  findAlternatives,
  findByName,
  getEntity,
  listChips,
  listScanEntries,
  type Matcher,
  type Mention,
  type MetricKey,
  type NameLookup,
  performanceDensity,
  type RankedChip,
  type RelatedEntity,
  rankChips,
  related,
  requireChip,
  rescan,
  type SafeResult,
  type ScanOptions,
  safeListChips,
  scanStream,
  type TextEdit,
  timeline,
  tpp,
} from '@aichips/core';
import { type CardFormat, type RenderCardOptions, renderCandidates, renderCard } from './cards/render-card';
import { checkClaims } from './fact-check/check-claims';
import type { CheckClaimsOptions, ClaimFinding } from './fact-check/claim-types';
import { SdkError } from './sdk-error';

/** Typed queries, the scanner and the card renderer, bound to one dataset. */
export interface Atlas {
  readonly dataset: Dataset;
  readonly index: AtlasIndex;
  get(id: string): AnyEntity | undefined;
  findByName(name: string): NameLookup;
  listChips(filter?: ChipFilter): Chip[];
  safeListChips(filter?: ChipFilter): SafeResult<Chip[]>;
  compareChips(chips: string[]): ChipComparison;
  rankChips(metric: MetricKey, options?: { limit?: number }): RankedChip[];
  timeline(entityId?: string): Event[];
  related(entityId: string): RelatedEntity[];
  findAlternatives(chip: string, options?: { country?: string; limit?: number }): Alternative[];
  classify(chip: string, rule: ExportControlRuleId): Classification;
  tpp(chip: string): number | undefined;
  performanceDensity(chip: string): number | undefined;
  scan(text: string, options?: ScanOptions): Mention[];
  rescan(
    previous: { text: string; mentions: Mention[] },
    edits: readonly TextEdit[],
    options?: ScanOptions,
  ): { text: string; mentions: Mention[] };
  scanStream(source: Parameters<typeof scanStream>[1], options?: ScanOptions): AsyncIterable<Mention>;
  /** The compiled matcher behind `scan`, `rescan` and `scanStream`: e.g. to `serializeMatcher` it for worker threads. */
  matcher(): Matcher;
  /** Numbers next to chip names, judged against the dataset (consistent, contradicted, sparse-as-dense…). */
  checkClaims(text: string, options?: CheckClaimsOptions): ClaimFinding[];
  /** The card of an entity (or id, or name). An ambiguous name renders its candidates. */
  renderCard(entityOrName: AnyEntity | string, options?: RenderCardOptions & { format?: CardFormat }): string;
}

/** Binds queries, scanner and cards to a dataset (from `loadDataset()`); no dataset is bundled. */
export interface BindAtlasOptions {
  /** A matcher compiled ahead of time for this dataset (e.g. `loadEmbeddedMatcher`); default: compile on first scan. */
  loadMatcher?: () => Matcher;
}

export function bindAtlas(dataset: Dataset, options: BindAtlasOptions = {}): Atlas {
  const index = createAtlasIndex(dataset);
  let matcher: Matcher | undefined;
  // Compiled on first use, so creating an atlas for look-ups alone stays cheap.
  const getMatcher = () => {
    matcher ??= options.loadMatcher?.() ?? compileMatcher(listScanEntries(dataset));
    return matcher;
  };
  const atlas: Atlas = {
    dataset,
    index,
    get: (id) => getEntity(index, id),
    findByName: (name) => findByName(index, name),
    listChips: (filter) => listChips(index, filter),
    safeListChips: (filter) => safeListChips(index, filter),
    compareChips: (chips) => compareChips(index, chips),
    rankChips: (metric, rankOptions) => rankChips(index, metric, rankOptions),
    timeline: (entityId) => timeline(index, entityId),
    related: (entityId) => related(index, entityId),
    findAlternatives: (chip, alternativeOptions) => findAlternatives(index, chip, alternativeOptions),
    classify: (chip, rule) => classify(requireChip(index, chip), rule),
    tpp: (chip) => tpp(requireChip(index, chip)),
    performanceDensity: (chip) => performanceDensity(requireChip(index, chip)),
    scan: (text, scanOptions) => getMatcher().scan(text, scanOptions),
    rescan: (previous, edits, scanOptions) => rescan(getMatcher(), previous, edits, scanOptions),
    scanStream: (source, scanOptions) => scanStream(getMatcher(), source, scanOptions),
    matcher: getMatcher,
    checkClaims: (text, checkOptions) => checkClaims(atlas, text, checkOptions),
    renderCard: (entityOrName, renderOptions) => {
      if (typeof entityOrName !== 'string') return renderCard(index, entityOrName, renderOptions);
      const byId = getEntity(index, entityOrName);
      if (byId) return renderCard(index, byId, renderOptions);
      const found = findByName(index, entityOrName);
      if (found.match === 'unique') return renderCard(index, found.entity, renderOptions);
      if (found.match === 'ambiguous') return renderCandidates(entityOrName, found.candidates, renderOptions?.format);
      throw new SdkError('UNKNOWN_ENTITY', `no entity named "${entityOrName}"`);
    },
  };
  return atlas;
}
