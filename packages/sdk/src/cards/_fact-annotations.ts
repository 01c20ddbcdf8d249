import type { CardFact } from './card-model';

/**
 * What a renderer writes after a fact's value: the derivation, the note, the reported spread and every
 * other reported value with its own sources — "derived: …; reported 256–376 TFLOPS; also reported: 256
 * TFLOPS [3], 376 TFLOPS [4]". `escape` and `refs` are the format's own; empty when there is nothing to add.
 */
export function renderFactAnnotations(
  fact: CardFact,
  escape: (text: string) => string,
  refs: (numbers: number[]) => string,
): string {
  const parts: string[] = [];
  if (fact.derivation) parts.push(`derived: ${escape(fact.derivation)}`);
  if (fact.note) parts.push(escape(fact.note));
  if (fact.spread) parts.push(`reported ${escape(fact.spread)}`);
  const others = (fact.alsoReported ?? []).map((other) => {
    const derived = other.derivation ? ` (derived: ${escape(other.derivation)})` : '';
    return `${escape(other.value)}${derived}${refs(other.sourceNumbers)}`;
  });
  if (others.length > 0) parts.push(`also reported: ${others.join(', ')}`);
  return parts.join('; ');
}
