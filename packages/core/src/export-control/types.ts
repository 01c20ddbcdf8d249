import type { ExportControlRuleId } from '../schema/regulation';

export type ExportControlClass = '3A090.a' | '3A090.b' | 'not-covered' | 'indeterminate';

/** One input a threshold test used, with where it came from. */
export interface ClassificationInput {
  name: string;
  value: number;
  unit: string;
  sources: string[];
  /** How the input was derived, e.g. "fp16 dense 148 TFLOPS × 16 bits". */
  derivation?: string;
}

/** One threshold test of the rule, e.g. "TPP ≥ 4800". `passed` is undefined when an input is missing. */
export interface ThresholdTest {
  id: string;
  description: string;
  passed: boolean | undefined;
  inputs: ClassificationInput[];
}

export interface Classification {
  chip: string;
  rule: ExportControlRuleId;
  classification: ExportControlClass;
  /** One line a card can show: why this class. */
  reason: string;
  tpp?: number;
  performanceDensity?: number;
  tests: ThresholdTest[];
  /** Inputs the dataset lacks, when the class is indeterminate. */
  missing: string[];
}
