import {
  type AtlasIndex,
  type Chip,
  type NumericValue,
  PRECISIONS,
  type Precision,
  pointValue,
  type Quantity,
  type Unit,
} from '@aichips/core';
import {
  type FieldQuantity,
  type Figure,
  listFigures,
  listPrecisions,
  listVariants,
  quotesSparseRates,
  readQuantity,
} from './_chip-figures';
import type { ClaimCandidate } from './_find-claims';
import { type ComparableClaim, exceedsAll, matchesFigure, scaleValue } from './_match-figure';
import type { ClaimMatch, ClaimQuantity, ClaimVerdict } from './claim-types';

/** A verdict with the figures behind it, before sources and wording are filled in. */
export interface Judgement {
  verdict: ClaimVerdict;
  quantity: ClaimQuantity;
  /** The claim in the unit of the quantity. */
  claimed: { value: NumericValue; unit: Unit };
  expected?: { stored: Quantity; density?: 'dense' | 'sparse' };
  match?: {
    kind: ClaimMatch['kind'];
    chip: Chip;
    quantity: ClaimQuantity;
    value: NumericValue;
    unit: Unit;
    sources: string[];
  };
}

// 2:4 structured sparsity doubles matrix rates in these precisions only.
const SPARSE_PRECISIONS = new Set<Precision>(['tf32', 'fp16', 'bf16', 'fp8', 'fp6', 'fp4', 'int8', 'int4']);
const RANK: Partial<Record<ClaimVerdict, number>> = { consistent: 0, 'sparse-as-dense': 1, 'other-variant': 2 };

const unitOf = (quantity: FieldQuantity): Unit => {
  if (quantity.startsWith('compute.')) return quantity.startsWith('compute.int') ? 'TOPS' : 'TFLOPS';
  const units: Record<string, Unit> = {
    'memory.capacity': 'GB',
    'memory.bandwidth': 'TB/s',
    'interconnect.bandwidth': 'GB/s',
    power: 'W',
    'process.nm': 'nm',
    dieArea: 'mm²',
  };
  return units[quantity] as Unit;
};

/** The claim in the quantity's unit: bandwidth is parsed in TB/s, interconnect is kept in GB/s. */
function comparable(claim: ClaimCandidate, quantity: ClaimQuantity): ComparableClaim {
  const factor = quantity === 'interconnect.bandwidth' ? 1000 : 1;
  return { ...claim, value: scaleValue(claim.value, factor), slack: claim.slack * factor };
}

function judgeField(index: AtlasIndex, chip: Chip, claim: ClaimCandidate, quantity: FieldQuantity): Judgement {
  const compute = quantity.startsWith('compute.');
  const density = compute ? (claim.density ?? 'dense') : undefined;
  const value = comparable(claim, quantity);
  const base = { quantity, claimed: { value: value.value, unit: unitOf(quantity) } };
  const stored = readQuantity(chip, quantity, density);
  const expected = stored && { stored, density };
  const own = listFigures(chip, quantity, density);
  const matching = (figures: Figure[], factor = 1) =>
    figures.find((f) => matchesFigure(value, scaleValue(f.value, factor), quantity));
  const matchOf = (kind: ClaimMatch['kind'], of: Chip, figure: Figure, factor = 1) => ({
    kind,
    chip: of,
    quantity,
    value: scaleValue(figure.value, factor),
    unit: figure.unit,
    sources: figure.sources,
  });

  const hit = matching(own);
  if (hit) {
    return {
      ...base,
      verdict: 'consistent',
      expected,
      match: hit.kind === 'alternative' ? matchOf('alternative', chip, hit) : undefined,
    };
  }
  if (quantity === 'interconnect.bandwidth' && chip.interconnect) {
    const factor = chip.interconnect.direction === 'bidirectional' ? 0.5 : 2;
    const direction = matching(own, factor);
    if (direction)
      return { ...base, verdict: 'consistent', expected, match: matchOf('per-direction', chip, direction, factor) };
  }
  if (claim.bound) return { ...base, verdict: own.length > 0 ? 'contradicted' : 'unverifiable', expected };
  if (compute && density === 'dense') {
    const sparseFigures = listFigures(chip, quantity, 'sparse');
    const sparse = matching(sparseFigures);
    if (sparse) return { ...base, verdict: 'sparse-as-dense', expected, match: matchOf('sparse', chip, sparse) };
    const precision = quantity.slice('compute.'.length) as Precision;
    if (sparseFigures.length === 0 && SPARSE_PRECISIONS.has(precision) && quotesSparseRates(index, chip)) {
      const twice = matching(own, 2);
      if (twice)
        return { ...base, verdict: 'sparse-as-dense', expected, match: matchOf('twice-dense', chip, twice, 2) };
    }
  }
  if (own.length === 0) return { ...base, verdict: 'unverifiable' };
  for (const variant of listVariants(index, chip.id)) {
    const sibling = matching(listFigures(variant, quantity, density));
    if (sibling) return { ...base, verdict: 'other-variant', expected, match: matchOf('variant', variant, sibling) };
  }
  return { ...base, verdict: 'contradicted', expected };
}

/** The best explanation among readings: agreement, then a known mix-up; a bare contradiction needs every reading. */
function pickReading(readings: Judgement[]): Judgement {
  const explained = readings
    .filter((r) => RANK[r.verdict] !== undefined)
    .sort((a, b) => (RANK[a.verdict] as number) - (RANK[b.verdict] as number))[0];
  return explained ?? readings.find((r) => r.verdict === 'unverifiable') ?? (readings[0] as Judgement);
}

/**
 * A compute claim without a precision: it agrees if it matches any figure. It contradicts the dataset only when
 * it is above every figure the dataset keeps for the chip; below that, it may be a precision the dataset lacks.
 */
function judgeUnstatedCompute(
  index: AtlasIndex,
  chip: Chip,
  claim: ClaimCandidate,
  candidates: Precision[],
): Judgement {
  const known = listPrecisions(chip).filter((p) => candidates.includes(p));
  const unverifiable: Judgement = {
    verdict: 'unverifiable',
    quantity: 'compute',
    claimed: { value: claim.value, unit: claim.unit.base },
  };
  if (known.length === 0) return unverifiable;
  const best = pickReading(known.map((p) => judgeField(index, chip, claim, `compute.${p}`)));
  if (RANK[best.verdict] !== undefined) return best;
  const figures = known.flatMap((p) => [
    ...listFigures(chip, `compute.${p}`),
    ...listFigures(chip, `compute.${p}`, 'sparse'),
  ]);
  if (
    !exceedsAll(
      claim,
      figures.map((f) => f.value),
      'compute',
    )
  )
    return unverifiable;
  const largest = known
    .map((p) => ({ p, stored: readQuantity(chip, `compute.${p}`) }))
    .filter((entry): entry is { p: Precision; stored: Quantity } => entry.stored !== undefined)
    .sort((a, b) => pointValue(b.stored.value) - pointValue(a.stored.value))[0];
  if (!largest) return unverifiable;
  return {
    verdict: 'contradicted',
    quantity: `compute.${largest.p}`,
    claimed: { value: claim.value, unit: largest.stored.unit },
    expected: { stored: largest.stored, density: 'dense' },
  };
}

const FLOAT_PRECISIONS = PRECISIONS.filter((p) => !p.startsWith('int'));
const INT_PRECISIONS = PRECISIONS.filter((p) => p.startsWith('int'));

/** Judges a claim about a chip against the dataset, trying every reading the words leave open. */
export function judgeClaim(index: AtlasIndex, chip: Chip, claim: ClaimCandidate): Judgement {
  const { family } = claim.unit;
  if (family.startsWith('compute')) {
    if (claim.precision) return judgeField(index, chip, claim, `compute.${claim.precision}`);
    const candidates =
      family === 'compute-float' ? FLOAT_PRECISIONS : family === 'compute-int' ? INT_PRECISIONS : PRECISIONS;
    return judgeUnstatedCompute(index, chip, claim, candidates);
  }
  if (family === 'bandwidth') {
    const memoryFirst = claim.bandwidthKind === 'memory' || (!claim.bandwidthKind && claim.unit.scale === 1);
    const readings: FieldQuantity[] = claim.bandwidthKind
      ? [claim.bandwidthKind === 'memory' ? 'memory.bandwidth' : 'interconnect.bandwidth']
      : memoryFirst
        ? ['memory.bandwidth', 'interconnect.bandwidth']
        : ['interconnect.bandwidth', 'memory.bandwidth'];
    return pickReading(readings.map((q) => judgeField(index, chip, claim, q)));
  }
  const quantity: Record<string, FieldQuantity> = {
    capacity: 'memory.capacity',
    power: 'power',
    process: 'process.nm',
    area: 'dieArea',
  };
  return judgeField(index, chip, claim, quantity[family] as FieldQuantity);
}
