import { performanceDensity, tpp } from '../export-control';
import type { Chip } from '../schema/chip';
import type { NumericValue } from '../schema/quantity';

/** A chip metric: what it measures, its unit, and how to read it from a chip (dense compute only). */
export interface MetricValue {
  value: NumericValue;
  unit: string;
  sources: string[];
  /** Derived metrics (TPP, performance density) are computed, not reported. */
  derived?: boolean;
}

export interface Metric {
  key: MetricKey;
  label: string;
  unit: string;
  /** Higher is better, except for power. */
  higherIsBetter: boolean;
  read(chip: Chip): MetricValue | undefined;
}

function denseCompute(precision: keyof NonNullable<Chip['compute']>, label: string): Omit<Metric, 'key'> {
  const unit = precision.startsWith('int') ? 'TOPS' : 'TFLOPS';
  return {
    label: `${label} (dense)`,
    unit,
    higherIsBetter: true,
    read: (chip) => {
      const figure = chip.compute?.[precision]?.dense;
      return figure && { value: figure.value, unit: figure.unit, sources: figure.sources };
    },
  };
}

const quantityMetric = (
  label: string,
  unit: string,
  pick: (chip: Chip) => { value: NumericValue; unit: string; sources: string[] } | undefined,
  higherIsBetter = true,
): Omit<Metric, 'key'> => ({
  label,
  unit,
  higherIsBetter,
  read: (chip) => {
    const quantity = pick(chip);
    return quantity && { value: quantity.value, unit: quantity.unit, sources: quantity.sources };
  },
});

const METRIC_DEFINITIONS = {
  fp64: denseCompute('fp64', 'FP64'),
  fp32: denseCompute('fp32', 'FP32'),
  tf32: denseCompute('tf32', 'TF32'),
  fp16: denseCompute('fp16', 'FP16'),
  bf16: denseCompute('bf16', 'BF16'),
  fp8: denseCompute('fp8', 'FP8'),
  fp4: denseCompute('fp4', 'FP4'),
  int8: denseCompute('int8', 'INT8'),
  memoryCapacity: quantityMetric('Memory', 'GB', (chip) => chip.memory?.capacity),
  memoryBandwidth: quantityMetric('Memory bandwidth', 'TB/s', (chip) => chip.memory?.bandwidth),
  interconnectBandwidth: quantityMetric('Interconnect', 'GB/s', (chip) => chip.interconnect?.bandwidth),
  power: quantityMetric('Power', 'W', (chip) => chip.power, false),
  dieArea: quantityMetric('Die area', 'mm²', (chip) => chip.dieArea),
  processNm: quantityMetric('Process', 'nm', (chip) => chip.process?.nm, false),
  tpp: {
    label: 'TPP',
    unit: 'TPP',
    higherIsBetter: true,
    read: (chip: Chip) => {
      const value = tpp(chip);
      return value === undefined ? undefined : { value, unit: 'TPP', sources: [], derived: true };
    },
  },
  performanceDensity: {
    label: 'Performance density',
    unit: 'TPP/mm²',
    higherIsBetter: true,
    read: (chip: Chip) => {
      const value = performanceDensity(chip);
      return value === undefined ? undefined : { value, unit: 'TPP/mm²', sources: [], derived: true };
    },
  },
} as const satisfies Record<string, Omit<Metric, 'key'>>;

export type MetricKey = keyof typeof METRIC_DEFINITIONS;
export const METRIC_KEYS = Object.keys(METRIC_DEFINITIONS) as MetricKey[];

export const METRICS: Record<MetricKey, Metric> = Object.fromEntries(
  METRIC_KEYS.map((key) => [key, { key, ...METRIC_DEFINITIONS[key] }]),
) as Record<MetricKey, Metric>;

/** The metrics a chip comparison shows, in order. */
export const COMPARISON_METRICS: MetricKey[] = [
  'fp16',
  'bf16',
  'fp8',
  'int8',
  'fp64',
  'memoryCapacity',
  'memoryBandwidth',
  'interconnectBandwidth',
  'power',
  'processNm',
  'tpp',
  'performanceDensity',
];
