import type { Chip } from '../schema/chip';
import type { ExportControlRuleId } from '../schema/regulation';
import { listChipReadings } from './_readings';
import { classifyReading } from './classify-reading';
import type { Classification, ClassificationReading } from './types';

/**
 * Classifies a chip under ECCN 3A090 as the given rule wrote it. Indicative only, never legal advice.
 * The rule is applied under the preferred values and under every reported alternative and range end; when
 * all readings agree the class is `robust`, otherwise it is indeterminate and names the inputs that decide it.
 */
export function classify(chip: Chip, rule: ExportControlRuleId): Classification {
  const outcomes = listChipReadings(chip, rule).map((reading) => ({
    reading,
    outcome: classifyReading(reading.chip, rule),
  }));
  const readings: ClassificationReading[] = outcomes.map(({ reading: { label, varies }, outcome }) => {
    const { classification, reason, tpp, performanceDensity } = outcome;
    return { label, varies, classification, reason, tpp, performanceDensity };
  });
  // The first reading is the preferred values (the high end of any range): the tests shown are its tests.
  const preferred = outcomes[0]?.outcome ?? classifyReading(chip, rule);
  const base = {
    chip: chip.id,
    rule,
    tpp: preferred.tpp,
    performanceDensity: preferred.performanceDensity,
    tests: preferred.tests,
    missing: preferred.missing,
    readings,
    tppRange: rangeOf(readings.map((reading) => reading.tpp)),
    performanceDensityRange: rangeOf(readings.map((reading) => reading.performanceDensity)),
  };
  const classes = new Set(readings.map((reading) => reading.classification));
  if (classes.size === 1) {
    const only = preferred.classification;
    return { ...base, classification: only, reason: preferred.reason, robust: only !== 'indeterminate', decidedBy: [] };
  }
  return {
    ...base,
    classification: 'indeterminate',
    reason: `the reported values disagree: ${describeDisagreement(readings)}`,
    robust: false,
    decidedBy: decidingInputs(readings),
  };
}

function rangeOf(values: (number | undefined)[]): { min: number; max: number } | undefined {
  const known = values.filter((value): value is number => value !== undefined);
  return known.length === 0 ? undefined : { min: Math.min(...known), max: Math.max(...known) };
}

function describeDisagreement(readings: ClassificationReading[]): string {
  const firstByClass = new Map<string, ClassificationReading>();
  for (const reading of readings)
    if (!firstByClass.has(reading.classification)) firstByClass.set(reading.classification, reading);
  return [...firstByClass.values()].map((reading) => `${reading.classification} under ${reading.label}`).join('; ');
}

// An input decides the class when taking one of its reported values on its own changes the class; if no
// single input does, every input the disagreeing extremes vary decides it together.
function decidingInputs(readings: ClassificationReading[]): string[] {
  const [preferred] = readings;
  const differing = readings.filter((reading) => reading.classification !== preferred?.classification);
  const single = differing.filter(
    (reading) => reading.varies.filter((value) => value.alternative !== undefined).length === 1,
  );
  const from = single.length > 0 ? single : differing;
  return [...new Set(from.flatMap((reading) => reading.varies.map((value) => value.input)))];
}
