import { z } from 'zod';
import { AtlasError } from '../errors';
import type { Chip } from '../schema/chip';
import { ChipMarket, ChipStatus } from '../schema/chip';
import { CountryCode } from '../schema/primitives';
import type { AtlasIndex } from './atlas-index';
import { getEntityOfKind } from './get-entity';
import { METRIC_KEYS, METRICS } from './metrics';
import { valueBounds } from './numeric-value';

const MetricBounds = z.partialRecord(z.enum(METRIC_KEYS), z.number());

export const ChipFilter = z.strictObject({
  /** Vendor organization id, e.g. "huawei". */
  vendor: z.string().optional(),
  /** ISO country code of the vendor, e.g. "CN". */
  vendorCountry: CountryCode.optional(),
  market: ChipMarket.optional(),
  status: ChipStatus.optional(),
  category: z.enum(['gpu', 'asic', 'wafer-scale']).optional(),
  /** Year of release (or announcement when no release date is known), inclusive. */
  yearFrom: z.number().int().optional(),
  yearTo: z.number().int().optional(),
  /** Lower bounds per metric, e.g. `{ memoryCapacity: 64 }` (GB). A chip without the metric is left out. */
  min: MetricBounds.optional(),
  /** Upper bounds per metric, e.g. `{ power: 500 }` (W). */
  max: MetricBounds.optional(),
});
export type ChipFilter = z.input<typeof ChipFilter>;

export type SafeResult<T> = { success: true; data: T } | { success: false; error: AtlasError };

/** The year a chip came out: released, else announced. */
export function chipYear(chip: Chip): number | undefined {
  const date = chip.released?.date ?? chip.announced?.date;
  return date ? Number(date.slice(0, 4)) : undefined;
}

/** Chips matching every field of the filter; an unknown field or a wrong type is an error naming the field. */
export function safeListChips(index: AtlasIndex, filter: ChipFilter = {}): SafeResult<Chip[]> {
  const parsed = ChipFilter.safeParse(filter);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const keys = issue && 'keys' in issue ? (issue.keys as string[]) : [];
    const field = [...(issue?.path ?? []), ...keys].join('.');
    const message = `chip filter field "${field}": ${issue?.message ?? 'invalid'}`;
    return { success: false, error: new AtlasError('INVALID_FILTER', message, { cause: parsed.error }) };
  }
  const f = parsed.data;
  const chips = index.dataset.chips.filter((chip) => {
    if (chip.movedTo) return false;
    if (f.vendor && chip.vendor !== f.vendor) return false;
    if (f.vendorCountry && getEntityOfKind(index, chip.vendor, 'organization')?.country !== f.vendorCountry)
      return false;
    if (f.market && chip.market !== f.market) return false;
    if (f.status && chip.status !== f.status) return false;
    if (f.category && chip.category !== f.category) return false;
    const year = chipYear(chip);
    if (f.yearFrom !== undefined && (year === undefined || year < f.yearFrom)) return false;
    if (f.yearTo !== undefined && (year === undefined || year > f.yearTo)) return false;
    for (const [key, bound] of Object.entries(f.min ?? {}) as [keyof typeof METRICS, number][]) {
      const value = METRICS[key].read(chip);
      if (!value || valueBounds(value.value).max < bound) return false;
    }
    for (const [key, bound] of Object.entries(f.max ?? {}) as [keyof typeof METRICS, number][]) {
      const value = METRICS[key].read(chip);
      if (!value || valueBounds(value.value).min > bound) return false;
    }
    return true;
  });
  return { success: true, data: chips };
}

/** Like `safeListChips`, but throws an `AtlasError` with code `INVALID_FILTER`. */
export function listChips(index: AtlasIndex, filter: ChipFilter = {}): Chip[] {
  const result = safeListChips(index, filter);
  if (!result.success) throw result.error;
  return result.data;
}
