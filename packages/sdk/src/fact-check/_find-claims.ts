import type { NumericValue, Precision } from '@aichips/core';
import { BARE_NUMBER, CLAIM_PATTERN, type ClaimUnit, findUnit, parseNumber } from './_claim-units';
import { isNotAFigure, readBandwidthKind, readDensity, readHedge, readPrecision } from './_claim-words';
import { matchEvery } from './_match-every';
import type { Span } from './_split-segments';

/** A number with a unit in the text, and what the words around it say about it. */
export interface ClaimCandidate {
  /** The number (or range) through the unit. */
  start: number;
  end: number;
  /** The number or range alone: what a replacement rewrites. */
  numberStart: number;
  numberEnd: number;
  unit: ClaimUnit;
  /** In `unit.base`. */
  value: NumericValue;
  /** Half the last written digit, in `unit.base`: "3.4" may stand for 3.35. */
  slack: number;
  /** The written number used thousands separators ("1,979"). */
  grouped: boolean;
  hedged: boolean;
  bound?: 'at-least' | 'at-most';
  density?: 'dense' | 'sparse';
  precision?: Precision;
  bandwidthKind?: 'memory' | 'interconnect';
}

// A clause ends at punctuation or a conjunction: words past it describe another number.
const CLAUSE_BREAK = /[,;:，；：。、]|\s(?:and|while|but|whereas)\s|[和与而及]/;

function toValue(unit: ClaimUnit, first: string, second: string | undefined) {
  const a = parseNumber(first);
  const b = second === undefined ? undefined : parseNumber(second);
  const value: NumericValue =
    b === undefined
      ? a.value * unit.scale
      : { min: Math.min(a.value, b.value) * unit.scale, max: Math.max(a.value, b.value) * unit.scale };
  const decimals = Math.max(a.decimals, b?.decimals ?? 0);
  return { value, slack: 0.5 * 10 ** -decimals * unit.scale, grouped: a.grouped || (b?.grouped ?? false) };
}

function describe(
  before: string,
  after: string,
): Pick<ClaimCandidate, 'hedged' | 'bound' | 'density' | 'precision' | 'bandwidthKind'> {
  return {
    ...readHedge(before, after),
    density: readDensity(before, after),
    precision: readPrecision(before, after),
    bandwidthKind: readBandwidthKind(before, after),
  };
}

function clip(after: string): string {
  const cut = CLAUSE_BREAK.exec(after);
  return cut ? after.slice(0, cut.index) : after;
}

const overlaps = (a: Span, spans: readonly Span[]) => spans.some((s) => s.start < a.end && a.start < s.end);

/** Claims in a sentence (or a table cell, with its column and row labels as `label`), skipping names. */
export function findClaims(text: string, segment: Span, names: readonly Span[], label = ''): ClaimCandidate[] {
  const slice = text.slice(segment.start, segment.end);
  const matches = matchEvery(CLAIM_PATTERN, slice);
  const claims: ClaimCandidate[] = [];
  matches.forEach((match, i) => {
    const numberStart = segment.start + match.index;
    const numberEnd = numberStart + (match[1] as string).length;
    const end = numberStart + match[0].length;
    const unit = findUnit(match[4] as string);
    if (!unit || overlaps({ start: numberStart, end }, names)) return;
    const previous = matches[i - 1];
    const following = matches[i + 1];
    const beforeStart = previous ? segment.start + previous.index + previous[0].length : segment.start;
    const afterEnd = following ? segment.start + following.index : segment.end;
    const before = `${label} ${text.slice(Math.max(beforeStart, numberStart - 80), numberStart)}`;
    const after = clip(text.slice(end, Math.min(afterEnd, end + 40)));
    if (isNotAFigure(before, text.slice(end, Math.min(afterEnd, end + 40)))) return;
    claims.push({
      start: numberStart,
      end,
      numberStart,
      numberEnd,
      unit,
      ...toValue(unit, match[2] as string, match[3]),
      ...describe(before, after),
    });
  });
  return claims;
}

/** A bare number in a table cell whose unit the column header (or row label) names. */
export function findBareClaim(text: string, cell: Span, unit: ClaimUnit, label: string): ClaimCandidate | undefined {
  const content = text.slice(cell.start, cell.end);
  const match = BARE_NUMBER.exec(content);
  if (!match) return undefined;
  const start = cell.start + match.index;
  const end = start + match[0].length;
  const before = `${label} ${content.slice(0, match.index)}`;
  const after = clip(content.slice(match.index + match[0].length));
  // A cell holding anything but the number and light annotation is not one figure.
  if (/\d/.test(after) || isNotAFigure(content.slice(0, match.index), after)) return undefined;
  return {
    start,
    end,
    numberStart: start,
    numberEnd: end,
    unit,
    ...toValue(unit, match[1] as string, match[2]),
    ...describe(before, after),
  };
}
