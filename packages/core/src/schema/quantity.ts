import { z } from 'zod';
import { Confidence, Evidence, SourceRefs } from './primitives';

/** Units a numeric value can carry. Each field of the schema fixes exactly one of them. */
export const UNITS = [
  'TFLOPS',
  'TOPS',
  'GB',
  'TB/s',
  'GB/s',
  'W',
  'nm',
  'mm²',
  'billion transistors',
  'billion parameters',
  'chips',
  'TPP',
] as const;
export type Unit = (typeof UNITS)[number];

const Range = z
  .object({ min: z.number(), max: z.number() })
  .refine((range) => range.min <= range.max, { error: 'expected min <= max' });

/** A single number, or a range when a source gives one. */
export const NumericValue = z.union([z.number().nonnegative(), Range]);
export type NumericValue = z.infer<typeof NumericValue>;

/** One value as one set of sources reports it. */
export const ReportedValue = z.strictObject({
  value: NumericValue,
  sources: SourceRefs,
  evidence: Evidence.optional(),
  note: z.string().optional(),
});
export type ReportedValue = z.infer<typeof ReportedValue>;

/**
 * A sourced number with a fixed unit. `value` is the one the dataset prefers; `alternatives` keeps every
 * other reported value with its own sources, and `preferredBecause` says why the preferred one won.
 */
export function quantity<const U extends Unit>(unit: U) {
  return ReportedValue.extend({
    unit: z.literal(unit, { error: `expected unit "${unit}"` }),
    confidence: Confidence.optional(),
    alternatives: z.array(ReportedValue).optional(),
    preferredBecause: z.string().optional(),
  });
}

export type Quantity<U extends Unit = Unit> = ReportedValue & {
  unit: U;
  confidence?: z.infer<typeof Confidence>;
  alternatives?: ReportedValue[];
  preferredBecause?: string;
};
