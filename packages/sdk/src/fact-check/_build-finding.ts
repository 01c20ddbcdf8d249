import { type AtlasIndex, type Chip, formatNumericValue, getEntityOfKind, type NumericValue } from '@aichips/core';
import type { AttachedClaim } from './_attach-claims';
import type { Judgement } from './_judge-claim';
import { scaleValue } from './_match-figure';
import type { ClaimFinding, ClaimQuantity, ClaimReplacement, ExpectedValue, FindingSource } from './claim-types';

const LABELS: Record<string, string> = {
  compute: 'compute',
  'memory.capacity': 'memory',
  'memory.bandwidth': 'memory bandwidth',
  'interconnect.bandwidth': 'interconnect bandwidth',
  power: 'power',
  'process.nm': 'process',
  dieArea: 'die area',
};

/** "FP16 compute", "memory bandwidth": how a message names the quantity. */
export function quantityLabel(quantity: ClaimQuantity): string {
  if (quantity.startsWith('compute.')) return `${quantity.slice('compute.'.length).toUpperCase()} compute`;
  return LABELS[quantity] ?? quantity;
}

function listSources(index: AtlasIndex, ids: readonly string[]): FindingSource[] {
  return ids.flatMap((id) => {
    const source = getEntityOfKind(index, id, 'source');
    if (!source) return [];
    const { publisher, title, url, published, type } = source;
    return [{ id, publisher, title, url, published, type }];
  });
}

function formatNumber(value: number, grouped: boolean): string {
  const plain = String(Number(value.toPrecision(6)));
  if (!grouped) return plain;
  const [whole, fraction] = plain.split('.');
  const withCommas = (whole as string).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? withCommas : `${withCommas}.${fraction}`;
}

/** The dataset's value written in the claim's own unit ("1.8" for 1800 GB/s written as TB/s). */
function replacementFor(attached: AttachedClaim, quantity: ClaimQuantity, expected: NumericValue): ClaimReplacement {
  const { claim } = attached;
  const perWritten = claim.unit.scale * (quantity === 'interconnect.bandwidth' ? 1000 : 1);
  const written = scaleValue(expected, 1 / perWritten);
  const text =
    typeof written === 'number'
      ? formatNumber(written, claim.grouped)
      : `${formatNumber(written.min, claim.grouped)}–${formatNumber(written.max, claim.grouped)}`;
  return { start: claim.numberStart, end: claim.numberEnd, text };
}

/** "96 GB", "989 TFLOPS"; with `density`, "989 TFLOPS (dense)". */
export function formatExpected(value: ExpectedValue, density = false): string {
  return `${formatNumericValue(value.value)} ${value.unit}${density && value.density ? ` (${value.density})` : ''}`;
}

function composeMessage(
  chip: Chip,
  judgement: Judgement,
  claimedText: string,
  expected: ExpectedValue | undefined,
): string {
  const subject = `${chip.name} ${quantityLabel(judgement.quantity)}`;
  const { match } = judgement;
  const has = expected ? formatExpected(expected, true) : undefined;
  switch (judgement.verdict) {
    case 'consistent': {
      const how =
        match?.kind === 'alternative'
          ? `, another reported value; the dataset prefers ${has}`
          : match?.kind === 'per-direction'
            ? `, the per-direction half of ${has}`
            : '';
      return `${subject}: ${claimedText} agrees with the dataset${how}`;
    }
    case 'contradicted':
      return `${subject}: the dataset has ${has}, not ${claimedText}`;
    case 'sparse-as-dense': {
      const what = match?.kind === 'twice-dense' ? 'twice the dense figure, i.e. a sparse rate' : 'the sparse figure';
      const dense = expected ? `the dense figure is ${formatExpected(expected)}` : 'the dataset has no dense figure';
      return `${subject}: ${claimedText} is ${what}; ${dense}`;
    }
    case 'other-variant':
      return `${subject}: ${claimedText} is the ${match?.chip.name}'s figure; the dataset has ${has} for the ${chip.name}`;
    default:
      return judgement.quantity === 'compute'
        ? `${chip.name} compute: ${claimedText} matches no figure the dataset keeps, and the precision is not stated`
        : `${subject}: the dataset has no figure to check ${claimedText} against`;
  }
}

/** A judged claim as the public finding: sources resolved, the fix computed, the message written. */
export function buildFinding(
  index: AtlasIndex,
  text: string,
  attached: AttachedClaim,
  chip: Chip,
  judgement: Judgement,
): ClaimFinding {
  const { claim, mention } = attached;
  const claimedText = text.slice(claim.start, claim.end);
  const stored = judgement.expected?.stored;
  const expected: ExpectedValue | undefined = stored && {
    value: stored.value,
    unit: stored.unit,
    ...(judgement.expected?.density ? { density: judgement.expected.density } : {}),
    ...(stored.confidence ? { confidence: stored.confidence } : {}),
  };
  const { verdict, quantity, match } = judgement;
  const sourceIds =
    verdict === 'consistent' ? (match?.sources ?? stored?.sources) : (stored?.sources ?? match?.sources);
  const disagrees = verdict === 'contradicted' || verdict === 'sparse-as-dense' || verdict === 'other-variant';
  return {
    start: claim.start,
    end: claim.end,
    text: claimedText,
    chip: chip.id,
    chipName: chip.name,
    mention: { start: mention.start, end: mention.end },
    quantity,
    claimed: {
      value: judgement.claimed.value,
      unit: judgement.claimed.unit,
      text: claimedText,
      hedged: claim.hedged,
      ...(claim.bound ? { bound: claim.bound } : {}),
      ...(claim.density ? { density: claim.density } : {}),
    },
    verdict,
    ...(expected ? { expected } : {}),
    ...(match
      ? {
          match: {
            kind: match.kind,
            chip: match.chip.id,
            quantity: match.quantity,
            value: match.value,
            unit: match.unit,
            sources: listSources(index, match.sources),
          },
        }
      : {}),
    sources: listSources(index, sourceIds ?? []),
    ...(disagrees && expected ? { replacement: replacementFor(attached, quantity, expected.value) } : {}),
    message: composeMessage(chip, judgement, claimedText, expected),
  };
}
