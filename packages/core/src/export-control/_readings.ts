import { valueBounds } from '../query/numeric-value';
import { type Chip, PRECISIONS } from '../schema/chip';
import type { Quantity } from '../schema/quantity';
import type { ExportControlRuleId } from '../schema/regulation';
import { inputLabel } from './input-label';
import type { ReadingValue } from './types';

/** One chip as one reading of its sources sees it: every input the rule uses holds a single number. */
export interface ChipReading {
  label: string;
  /** The inputs this reading takes from an alternative or a range end, not from the preferred value. */
  varies: ReadingValue[];
  chip: Chip;
}

/** Which way an input moves the class: more compute or link raises it, more die area lowers it. */
type Direction = 'raises' | 'lowers';

interface Input {
  /** Path in the chip, e.g. `compute.fp16.dense`. */
  path: string;
  direction: Direction;
  quantity: Quantity;
  /** Every reported number for the input: the preferred value's ends first, then each alternative's. */
  options: ReadingValue[];
  set(chip: Chip, value: ReadingValue): Chip;
}

/**
 * The readings that decide a chip's class: the preferred values (both ends of a range), each reported
 * alternative on its own, and the lowest and highest combination. The rules are monotone in compute,
 * link and die area, so those two extremes bound every combination of reported values.
 */
export function listChipReadings(chip: Chip, rule: ExportControlRuleId): ChipReading[] {
  const inputs = listInputs(chip, rule);
  const preferredLow = inputs.map((input) => pick(input, 'low-class', true));
  const preferredHigh = inputs.map((input) => pick(input, 'high-class', true));
  const readings: ChipReading[] = [];
  const seen = new Set<string>();
  const add = (label: string, values: ReadingValue[]) => {
    const key = values.map((value) => `${value.input}=${value.value}@${value.sources.join(',')}`).join(';');
    if (seen.has(key)) return;
    seen.add(key);
    const varies = values.filter((value) => value.alternative !== undefined || value.range !== undefined);
    readings.push({
      label,
      varies,
      chip: inputs.reduce((c, input, i) => input.set(c, values[i] as ReadingValue), chip),
    });
  };
  const hasRange = inputs.some((input) =>
    input.options.some((option) => option.range && option.alternative === undefined),
  );
  add(hasRange ? 'preferred values, high end of each range' : 'preferred values', preferredHigh);
  if (hasRange) add('preferred values, low end of each range', preferredLow);
  for (const [i, input] of inputs.entries()) {
    for (const option of input.options) {
      if (option.alternative === undefined) continue;
      const values = preferredHigh.map((value, j) => (j === i ? option : value));
      add(`${inputLabel(input.path)} ${describeValue(option)}`, values);
    }
  }
  add(
    'lowest reported values',
    inputs.map((input) => pick(input, 'low-class', false)),
  );
  add(
    'highest reported values',
    inputs.map((input) => pick(input, 'high-class', false)),
  );
  return readings;
}

function describeValue(value: ReadingValue): string {
  return `${value.value} ${value.unit} (alternative${value.range ? `, ${value.range} end of its range` : ''})`;
}

function pick(input: Input, want: 'low-class' | 'high-class', preferredOnly: boolean): ReadingValue {
  const options = preferredOnly ? input.options.filter((option) => option.alternative === undefined) : input.options;
  const largest = (want === 'high-class') === (input.direction === 'raises');
  return options.reduce((best, option) =>
    largest ? (option.value > best.value ? option : best) : option.value < best.value ? option : best,
  );
}

function optionsOf(path: string, quantity: Quantity): ReadingValue[] {
  const reported = [
    { value: quantity.value, sources: quantity.sources, derivation: quantity.derivation, alternative: undefined },
    ...(quantity.alternatives ?? []).map((alt, i) => ({ ...alt, alternative: i })),
  ];
  return reported.flatMap(({ value, sources, derivation, alternative }) => {
    const bounds = valueBounds(value);
    const base = { input: path, unit: quantity.unit, sources, derivation, alternative };
    if (bounds.min === bounds.max) return [{ ...base, value: bounds.min }];
    return [
      { ...base, value: bounds.min, range: 'low' as const },
      { ...base, value: bounds.max, range: 'high' as const },
    ];
  });
}

function single(quantity: Quantity, value: ReadingValue): Quantity {
  const { alternatives: _alternatives, ...rest } = quantity;
  return { ...rest, value: value.value, sources: value.sources, derivation: value.derivation };
}

function listInputs(chip: Chip, rule: ExportControlRuleId): Input[] {
  const inputs: Input[] = [];
  for (const precision of PRECISIONS) {
    const dense = chip.compute?.[precision]?.dense as Quantity | undefined;
    if (!dense) continue;
    const path = `compute.${precision}.dense`;
    inputs.push({
      path,
      direction: 'raises',
      quantity: dense,
      options: optionsOf(path, dense),
      set: (c, value) => ({
        ...c,
        compute: { ...c.compute, [precision]: { ...c.compute?.[precision], dense: single(dense, value) } },
      }),
    });
  }
  const declared = chip.declaredTpp;
  if (declared && inputs.length === 0) {
    inputs.push({
      path: 'declaredTpp',
      direction: 'raises',
      quantity: declared,
      options: optionsOf('declaredTpp', declared),
      set: (c, value) => ({ ...c, declaredTpp: single(declared, value) as Chip['declaredTpp'] }),
    });
  }
  const area = chip.dieArea;
  if (area && rule === '2023-10') {
    inputs.push({
      path: 'dieArea',
      direction: 'lowers',
      quantity: area,
      options: optionsOf('dieArea', area),
      set: (c, value) => ({ ...c, dieArea: single(area, value) as Chip['dieArea'] }),
    });
  }
  const link = chip.interconnect;
  if (link && rule === '2022-10') {
    inputs.push({
      path: 'interconnect.bandwidth',
      direction: 'raises',
      quantity: link.bandwidth,
      options: optionsOf('interconnect.bandwidth', link.bandwidth),
      set: (c, value) => ({
        ...c,
        interconnect: { ...link, bandwidth: single(link.bandwidth, value) as typeof link.bandwidth },
      }),
    });
  }
  return inputs;
}
