import type { Mention } from '@aichips/core';
import { COUNT_BEFORE, PART_WORDS, RESPECTIVELY, SYSTEM_WORDS } from './_claim-words';
import type { ClaimCandidate } from './_find-claims';
import type { Span } from './_split-segments';

/** A claim and the chip mention it is about. */
export interface AttachedClaim {
  claim: ClaimCandidate;
  mention: Mention;
}

// A number written just before the chip it describes ("With 96GB of HBM3, the H20…", "96GB显存的H20") is
// separated from the name by a few such words at most; anything else ("…, more than one H100") is another clause.
const GAP_BEFORE_NAME =
  /^(?:\s*(?:of|with|HBM\w*|GDDR\w*|memory|bandwidth|NVLink|TDP|power|FP\d+|BF16|INT8|compute|显存|内存|带宽|功耗|算力|[,，]|the|its|an?|的))*\s*$/i;

/** "The H20 and H100 have 96 GB and 80 GB, respectively": claims after the last name, in the names' order. */
function pairInOrder(text: string, segment: Span, claims: ClaimCandidate[], mentions: Mention[]) {
  const pairs = new Map<ClaimCandidate, Mention>();
  const last = mentions[mentions.length - 1];
  if (mentions.length < 2 || !last || !RESPECTIVELY.test(text.slice(segment.start, segment.end))) return pairs;
  const groups = new Map<string, ClaimCandidate[]>();
  for (const claim of claims.filter((c) => c.start >= last.end)) {
    groups.set(claim.unit.family, [...(groups.get(claim.unit.family) ?? []), claim]);
  }
  for (const group of groups.values()) {
    if (group.length !== mentions.length) continue;
    group.forEach((claim, i) => {
      pairs.set(claim, mentions[i] as Mention);
    });
  }
  return pairs;
}

// "700 W for the H200 SXM", "3.35 TB/s on the H100": a preposition ties the number to the name after it, and so
// does writing it as an adjective: "the 80 GB H100", "96GB显存的H20".
const TIED_TO_NEXT_NAME =
  /^\s*(?:of\s+[\w-]+\s+)?(?:for|on|in|from)\s+(?:the\s+|an?\s+|[\w-]+'s\s+)?$|^[\s-]?$|^(?:显存|内存)?的$/i;

/** Totals of servers and clusters, and counts of chips ("8x H20"), are not one chip's figures. */
function isSystemFigure(text: string, segment: Span, claim: ClaimCandidate, mention: Mention): boolean {
  if (COUNT_BEFORE.test(text.slice(Math.max(segment.start, mention.start - 16), mention.start))) return true;
  if (PART_WORDS.test(text.slice(segment.start, claim.start))) return true;
  if (claim.unit.family === 'process') return false;
  const gap = claim.start >= mention.end ? text.slice(mention.end, claim.start) : text.slice(claim.end, mention.start);
  return SYSTEM_WORDS.test(gap);
}

/**
 * Each claim of a sentence goes with the chip the words tie it to ("respectively", "for the H200", "the 80 GB
 * H100"), else with the nearest chip named before it, else with one named right after a few linking words.
 */
export function attachClaims(
  text: string,
  segment: Span,
  claims: ClaimCandidate[],
  chipMentions: Mention[],
): AttachedClaim[] {
  const mentions = chipMentions.filter((m) => m.start >= segment.start && m.end <= segment.end);
  if (mentions.length === 0) return [];
  const inOrder = pairInOrder(text, segment, claims, mentions);
  const attached: AttachedClaim[] = [];
  for (const claim of claims) {
    const next = mentions.find((m) => m.start >= claim.end);
    const gap = next ? text.slice(claim.end, next.start) : '';
    const tied = next && TIED_TO_NEXT_NAME.test(gap) ? next : undefined;
    let mention = inOrder.get(claim) ?? tied ?? mentions.filter((m) => m.end <= claim.start).pop();
    if (!mention && next) {
      const between = claims.some((other) => other.start >= claim.end && other.end <= next.start);
      if (!between && GAP_BEFORE_NAME.test(gap)) mention = next;
    }
    if (mention && !isSystemFigure(text, segment, claim, mention)) attached.push({ claim, mention });
  }
  return attached;
}
