import { valueBounds } from '../query/numeric-value';
import type { Chip } from '../schema/chip';
import type { ExportControlRuleId } from '../schema/regulation';
import { applyRule2022, type RuleOutcome } from './rule-2022';
import { applyRule2023 } from './rule-2023';
import { computeTpp } from './tpp';
import type { Classification } from './types';

/**
 * Classifies a chip under ECCN 3A090 as the given rule wrote it. Indicative only, never legal advice.
 * Where a source gives a range, both ends are classified; if they disagree the result is indeterminate.
 */
export function classify(chip: Chip, rule: ExportControlRuleId): Classification {
  const total = computeTpp(chip);
  const area = chip.dieArea ? valueBounds(chip.dieArea.value) : undefined;
  const outcomeAt = (end: 'min' | 'max'): RuleOutcome => {
    const tppValue = total?.[end];
    const density = tppValue !== undefined && area ? tppValue / (end === 'min' ? area.max : area.min) : undefined;
    return rule === '2022-10' ? applyRule2022(chip, tppValue, total) : applyRule2023(chip, tppValue, density, total);
  };
  const high = outcomeAt('max');
  const low = outcomeAt('min');
  const tppValue = total?.max;
  const density = tppValue !== undefined && area ? tppValue / area.min : undefined;
  const base = { chip: chip.id, rule, tpp: tppValue, performanceDensity: rule === '2023-10' ? density : undefined };
  if (low.classification !== high.classification) {
    return {
      ...base,
      ...high,
      classification: 'indeterminate',
      reason: `the sourced range spans a threshold: ${low.classification} at its low end, ${high.classification} at its high end`,
    };
  }
  return { ...base, ...high };
}
