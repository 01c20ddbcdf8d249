import { valueBounds } from '../query/numeric-value';
import type { Chip } from '../schema/chip';
import type { ExportControlRuleId } from '../schema/regulation';
import { applyRule2022, type RuleOutcome } from './rule-2022';
import { applyRule2023 } from './rule-2023';
import { computeTpp } from './tpp';

export interface ReadingOutcome extends RuleOutcome {
  tpp?: number;
  performanceDensity?: number;
}

/** Applies a rule to one reading of a chip, where every input is a single number. */
export function classifyReading(chip: Chip, rule: ExportControlRuleId): ReadingOutcome {
  const total = computeTpp(chip);
  const tppValue = total?.max;
  const area = chip.dieArea ? valueBounds(chip.dieArea.value) : undefined;
  const density = tppValue !== undefined && area ? tppValue / area.min : undefined;
  const outcome =
    rule === '2022-10' ? applyRule2022(chip, tppValue, total) : applyRule2023(chip, tppValue, density, total);
  return { ...outcome, tpp: tppValue, performanceDensity: rule === '2023-10' ? density : undefined };
}
