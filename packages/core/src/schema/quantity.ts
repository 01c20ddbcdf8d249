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
  /**
   * Set when the value is worked out rather than reported for this chip (a die area carried over from the
   * parent die, a dense figure computed from a sparse one): says how. Such a value is never shown as measured.
   */
  derivation: z.string().min(1).optional(),
});
export type ReportedValue = z.infer<typeof ReportedValue>;

/**
 * How we know a compute figure is dense or sparse: the source's own words when it says so
 * (`{ "stated": "without sparsity" }`), or what we inferred it from (`{ "inferred": "…" }`).
 */
export const SparsityBasis = z.union([
  z.strictObject({ stated: z.string().min(1) }),
  z.strictObject({ inferred: z.string().min(1) }),
]);
export type SparsityBasis = z.infer<typeof SparsityBasis>;

/** A reported compute figure: a reported value that also says how its dense/sparse reading is known. */
export const ReportedComputeValue = ReportedValue.extend({ sparsityBasis: SparsityBasis.optional() });
export type ReportedComputeValue = z.infer<typeof ReportedComputeValue>;

function quantityOf<const U extends Unit, R extends typeof ReportedValue | typeof ReportedComputeValue>(
  reported: R,
  unit: U,
) {
  return reported.extend({
    unit: z.literal(unit, { error: `expected unit "${unit}"` }),
    confidence: Confidence.optional(),
    alternatives: z.array(reported).optional(),
    preferredBecause: z.string().optional(),
  });
}

/**
 * A sourced number with a fixed unit. `value` is the one the dataset prefers; `alternatives` keeps every
 * other reported value with its own sources, and `preferredBecause` says why the preferred one won.
 */
export function quantity<const U extends Unit>(unit: U) {
  return quantityOf(ReportedValue, unit);
}

/** A sourced compute figure (TFLOPS or TOPS) whose dense/sparse reading carries its basis. */
export function computeQuantity<const U extends 'TFLOPS' | 'TOPS'>(unit: U) {
  return quantityOf(ReportedComputeValue, unit);
}

export type Quantity<U extends Unit = Unit> = ReportedValue & {
  unit: U;
  confidence?: z.infer<typeof Confidence>;
  alternatives?: ReportedComputeValue[];
  preferredBecause?: string;
  sparsityBasis?: SparsityBasis;
};
