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
  /** True when every reading of the reported values (alternatives, range ends) gives this same, known class. */
  robust: boolean;
  /** The readings the class was computed over; the first is the preferred values. */
  readings: ClassificationReading[];
  /** Lowest and highest TPP over the readings. */
  tppRange?: { min: number; max: number };
  /** Lowest and highest performance density over the readings (2023 rule). */
  performanceDensityRange?: { min: number; max: number };
  /** Inputs whose reported values change the class; empty when it is robust. */
  decidedBy: string[];
}

/** One reported number a reading takes for an input of the rule. */
export interface ReadingValue {
  /** Path of the input in the chip, e.g. `compute.fp16.dense`, `dieArea`. */
  input: string;
  value: number;
  unit: string;
  sources: string[];
  /** The data's own note when the value is worked out rather than reported (never shown as measured). */
  derivation?: string;
  /** Index in the quantity's `alternatives`; undefined for the preferred value. */
  alternative?: number;
  /** Which end of a reported range this is. */
  range?: 'low' | 'high';
}

/** The class the rule gives under one reading of the sources. */
export interface ClassificationReading {
  /** e.g. "preferred values", "compute.fp16.dense 280 TFLOPS (alternative)", "lowest reported values". */
  label: string;
  /** The inputs this reading takes from an alternative or a range end. */
  varies: ReadingValue[];
  classification: ExportControlClass;
  reason: string;
  tpp?: number;
  performanceDensity?: number;
}
