import type { Mention, NumericValue, Precision, ScanOptions, Unit } from '@aichips/core';

/** What the dataset says about a claim, from agreeing to disagreeing. */
export const CLAIM_VERDICTS = [
  'consistent',
  'contradicted',
  'sparse-as-dense',
  'other-variant',
  'unverifiable',
] as const;
export type ClaimVerdict = (typeof CLAIM_VERDICTS)[number];

/**
 * The dataset field a claim is about. `compute` alone: a compute claim whose precision the text does not state
 * and that matched no figure of the chip.
 */
export type ClaimQuantity =
  | `compute.${Precision}`
  | 'compute'
  | 'memory.capacity'
  | 'memory.bandwidth'
  | 'interconnect.bandwidth'
  | 'power'
  | 'process.nm'
  | 'dieArea';

/** A number as the text claims it, converted to the dataset's unit for the quantity. */
export interface ClaimedValue {
  value: NumericValue;
  unit: Unit;
  /** The number and unit as written, e.g. `1.8 TB/s` or `800万亿次`. */
  text: string;
  /** "about", "up to", "约"…: the tolerance is wider. */
  hedged: boolean;
  /** "more than" / "at least" → `at-least`; "under" / "less than" → `at-most`. */
  bound?: 'at-least' | 'at-most';
  /** Only when the text says so ("with sparsity", "dense", "稀疏"). */
  density?: 'dense' | 'sparse';
}

/** The dataset's preferred figure for the chip and quantity. */
export interface ExpectedValue {
  value: NumericValue;
  unit: Unit;
  /** For compute figures. */
  density?: 'dense' | 'sparse';
  confidence?: 'high' | 'medium' | 'low';
}

/** A source backing a figure, enough for a footnote or a link. */
export interface FindingSource {
  id: string;
  publisher: string;
  title: string;
  url: string;
  published: string;
  /** `primary` (vendor, regulator, filing), `press`, `analysis` or `aggregator`: a footnote should prefer primary. */
  type: 'primary' | 'press' | 'analysis' | 'aggregator';
}

/** The figure a claim was found equal to, when it is not simply the preferred one. */
export interface ClaimMatch {
  /**
   * `alternative`: another reported value the dataset keeps; `per-direction`: half a bidirectional link figure
   * (or twice a per-direction one); `sparse`: the sparse figure; `twice-dense`: twice the dense figure where the
   * dataset keeps no sparse one (2:4 sparsity doubles the rate); `variant`: a variant's figure.
   */
  kind: 'alternative' | 'per-direction' | 'sparse' | 'twice-dense' | 'variant';
  chip: string;
  quantity: ClaimQuantity;
  value: NumericValue;
  unit: Unit;
  sources: FindingSource[];
}

/** A text edit that puts the dataset's value in place of the claimed number (the unit as written is kept). */
export interface ClaimReplacement {
  start: number;
  end: number;
  text: string;
}

/** One claim next to a chip mention, judged against the dataset. Offsets are UTF-16 code units. */
export interface ClaimFinding {
  /** The claimed number through its unit (`96GB`, `2–4 TB/s`, or the bare number in a table cell). */
  start: number;
  end: number;
  text: string;
  /** The chip id the claim is about, its name, and where the text names it. */
  chip: string;
  chipName: string;
  mention: { start: number; end: number };
  quantity: ClaimQuantity;
  claimed: ClaimedValue;
  verdict: ClaimVerdict;
  /** Undefined when the verdict is `unverifiable`. */
  expected?: ExpectedValue;
  /** What the claim matched, when not the preferred figure (or, for a disagreement, what it was mistaken for). */
  match?: ClaimMatch;
  /** `consistent`: the sources of the matched figure; otherwise those of `expected`. */
  sources: FindingSource[];
  /** For disagreements with a definite dataset value: the quick fix "Replace with the dataset's value". */
  replacement?: ClaimReplacement;
  /** One line for a diagnostic or a table. */
  message: string;
}

export interface CheckClaimsOptions extends Omit<ScanOptions, 'kinds'> {
  /**
   * Mentions of `text` already scanned (e.g. an editor's current scan), so the text is not scanned again.
   * Only chip mentions are used.
   */
  mentions?: readonly Mention[];
}
