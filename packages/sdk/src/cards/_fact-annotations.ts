import type { CardFact } from './card-model';

/**
 * What a renderer writes after a fact's value: the derivation, the note, the reported spread and every
 * other reported value with its own sources — "derived: …; reported 256–376 TFLOPS; also reported: 256
 * TFLOPS [3], 376 TFLOPS [4]". `escapeText` and `refs` are the format's own; empty when there is nothing to add.
 */
export function renderFactAnnotations(
  fact: CardFact,
  escapeText: (text: string) => string,
  refs: (numbers: number[]) => string,
): string {
  const parts: string[] = [];
  if (fact.derivation) parts.push(`derived: ${escapeText(fact.derivation)}`);
  if (fact.note) parts.push(escapeText(fact.note));
  if (fact.spread) parts.push(`reported ${escapeText(fact.spread)}`);
  const others = (fact.alsoReported ?? []).map((other) => {
    const derived = other.derivation ? ` (derived: ${escapeText(other.derivation)})` : '';
    return `${escapeText(other.value)}${derived}${refs(other.sourceNumbers)}`;
  });
  if (others.length > 0) parts.push(`also reported: ${others.join(', ')}`);
  return parts.join('; ');
}
