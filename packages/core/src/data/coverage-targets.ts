import type { Chip } from '../schema/chip';
import type { CoverageReport } from './coverage';
import type { DepthField } from './depth-coverage';

/** One coverage target of the dataset, measured: what it asks, what the data has, and whether it holds. */
export interface CoverageTarget {
  name: string;
  /** The measured figure as the report prints it, e.g. "152" or "87%". */
  measured: string;
  required: string;
  met: boolean;
}

export interface TargetInputs {
  coverage: CoverageReport;
  chips: readonly Chip[];
  /** Vendor country per organization id. */
  countryOf: ReadonlyMap<string, string>;
  /** Data-centre chips whose 3A090 (2023) class is the same under every reported reading. */
  robustlyClassified: number;
}

// The dataset's coverage promises (issue: "data a writer can use"); the report fails when one slips.
const MIN_CHIPS = 150;
const MIN_CHINESE_CHIPS = 60;
const MIN_DEPTH_SHARE = 0.85;
const MIN_ROBUST_SHARE = 0.75;
const MAX_AGGREGATOR_SHARE = 0.25;

const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;

/** Measures every coverage target the dataset promises. */
export function measureCoverageTargets({
  coverage,
  chips,
  countryOf,
  robustlyClassified,
}: TargetInputs): CoverageTarget[] {
  const chinese = chips.filter((chip) => countryOf.get(chip.vendor) === 'CN').length;
  const { depth, sourcing } = coverage;
  const share = (n: number, of: number) => (of === 0 ? 0 : n / of);
  const targets: CoverageTarget[] = [
    { name: 'chips', measured: String(chips.length), required: `≥ ${MIN_CHIPS}`, met: chips.length >= MIN_CHIPS },
    {
      name: 'chips from Chinese vendors',
      measured: String(chinese),
      required: `≥ ${MIN_CHINESE_CHIPS}`,
      met: chinese >= MIN_CHINESE_CHIPS,
    },
  ];
  for (const [field, count] of Object.entries(depth.present) as [DepthField, number][]) {
    const fieldShare = share(count, depth.chips);
    targets.push({
      name: `data-centre chips with ${field}`,
      measured: `${percent(fieldShare)} (${count}/${depth.chips})`,
      required: `≥ ${percent(MIN_DEPTH_SHARE)}`,
      met: fieldShare >= MIN_DEPTH_SHARE,
    });
  }
  const robustShare = share(robustlyClassified, depth.chips);
  targets.push({
    name: 'data-centre chips with a robust 3A090 (2023) class',
    measured: `${percent(robustShare)} (${robustlyClassified}/${depth.chips})`,
    required: `≥ ${percent(MIN_ROBUST_SHARE)}`,
    met: robustShare >= MIN_ROBUST_SHARE,
  });
  const aggregatorShare = share(sourcing.aggregatorBest.length, sourcing.values);
  targets.push(
    {
      name: 'values whose best source is an aggregator',
      measured: `${percent(aggregatorShare)} (${sourcing.aggregatorBest.length}/${sourcing.values})`,
      required: `< ${percent(MAX_AGGREGATOR_SHARE)}`,
      met: aggregatorShare < MAX_AGGREGATOR_SHARE,
    },
    {
      name: 'unsourced values',
      measured: String(sourcing.unsourced.length),
      required: '0',
      met: sourcing.unsourced.length === 0,
    },
  );
  return targets;
}
