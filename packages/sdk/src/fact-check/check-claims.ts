import { type AtlasIndex, getEntityOfKind, type Mention, type ScanOptions } from '@aichips/core';
import { type AttachedClaim, attachClaims } from './_attach-claims';
import { buildFinding } from './_build-finding';
import { findClaims } from './_find-claims';
import { judgeClaim } from './_judge-claim';
import { readTableClaims } from './_read-table';
import { refineVariant } from './_refine-variant';
import { type Span, splitSegments } from './_split-segments';
import type { CheckClaimsOptions, ClaimFinding, ClaimVerdict } from './claim-types';

/** What checking needs from an atlas: its index and its scanner. */
export interface ClaimChecker {
  readonly index: AtlasIndex;
  scan(text: string, options?: ScanOptions): Mention[];
}

/** The mentions inside a span, found by binary search in the sorted list. */
function mentionsWithin(mentions: readonly Mention[], span: Span): Mention[] {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((mentions[middle] as Mention).start < span.start) low = middle + 1;
    else high = middle;
  }
  const inside: Mention[] = [];
  for (let i = low; i < mentions.length && (mentions[i] as Mention).start < span.end; i++) {
    if ((mentions[i] as Mention).end <= span.end) inside.push(mentions[i] as Mention);
  }
  return inside;
}

const isChip = (mention: Mention) => mention.kind === 'chip';

const sortedByStart = (mentions: readonly Mention[]) =>
  mentions.every((m, i) => i === 0 || (mentions[i - 1] as Mention).start <= m.start)
    ? mentions
    : [...mentions].sort((a, b) => a.start - b.start);

/** Verdicts that mean the text disagrees with the dataset: a warning in an editor, a failure with `--strict`. */
export function isDisagreement(verdict: ClaimVerdict): boolean {
  return verdict === 'contradicted' || verdict === 'sparse-as-dense' || verdict === 'other-variant';
}

/**
 * Finds numbers with units next to chip names (same sentence or table row) and judges each against the
 * dataset: `consistent`, `contradicted`, `sparse-as-dense`, `other-variant` or `unverifiable`. Findings are in
 * text order; offsets are UTF-16 code units. `atlas.checkClaims(text)` is this bound to an atlas.
 */
export function checkClaims(atlas: ClaimChecker, text: string, options: CheckClaimsOptions = {}): ClaimFinding[] {
  const { mentions: given, ...scanOptions } = options;
  const mentions = given ? sortedByStart(given) : atlas.scan(text, scanOptions);
  if (!mentions.some(isChip)) return [];
  const { sentences, tables } = splitSegments(text, scanOptions);
  const attached: AttachedClaim[] = [];
  for (const sentence of sentences) {
    const inside = mentionsWithin(mentions, sentence);
    const chips = inside.filter(isChip);
    if (chips.length > 0) attached.push(...attachClaims(text, sentence, findClaims(text, sentence, inside), chips));
  }
  for (const table of tables) {
    const inside = mentionsWithin(mentions, table.span);
    attached.push(...readTableClaims(text, table, inside.filter(isChip), inside));
  }
  return attached
    .flatMap((entry) => {
      const named = getEntityOfKind(atlas.index, entry.mention.id, 'chip');
      if (!named) return [];
      const chip = refineVariant(atlas.index, text, entry.mention, named);
      return [buildFinding(atlas.index, text, entry, chip, judgeClaim(atlas.index, chip, entry.claim))];
    })
    .sort((a, b) => a.start - b.start);
}
