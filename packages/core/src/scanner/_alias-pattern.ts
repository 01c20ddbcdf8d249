import type { AliasObject } from '../schema/alias';
import { foldWidth } from '../text/fold';
import { hasLetter, isSeparatorUnit, isWordUnit, lowerUnit } from './_char-tables';

/** An alias reduced to what matching needs: its folded text, its trie key and its boundary rules. */
export interface AliasPattern {
  /** The alias width-folded and trimmed of separators, letter case as written. */
  folded: string;
  /** Lowercased code units without separators: the path in the trie. */
  key: number[];
  /** sepAfter[i]: how many separators the alias has after key[i] (0 for none). */
  sepAfter: number[];
  caseSensitive: boolean;
  flexible: boolean;
  /** Starts/ends with an ASCII letter or digit (once case-folded), so it needs a word boundary there. */
  startsWord: boolean;
  endsWord: boolean;
  /** Ends in a digit or capital, so a plural "s" after it belongs to the mention ("H20s", "TPUs"). */
  plural: boolean;
}

/**
 * The pattern of an alias, or undefined when it can never be a mention: empty once separators are trimmed,
 * or without any letter and no ambiguity rule (a bare number like "0" would match redactions such as `##0`).
 */
export function createAliasPattern(alias: AliasObject): AliasPattern | undefined {
  const text = alias.text;
  let from = 0;
  let to = text.length;
  while (from < to && isSeparatorUnit(text.charCodeAt(from))) from++;
  while (to > from && isSeparatorUnit(text.charCodeAt(to - 1))) to--;
  const trimmed = from > 0 || to < text.length ? text.slice(from, to) : text;
  const folded = foldWidth(trimmed);
  if (folded === '' || (!hasLetter(folded) && alias.ambiguous === undefined)) return undefined;

  const key: number[] = [];
  const sepAfter: number[] = [];
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    if (isSeparatorUnit(code)) sepAfter[key.length - 1]! += 1;
    else {
      key.push(lowerUnit(code));
      sepAfter.push(0);
    }
  }
  const last = folded.charCodeAt(folded.length - 1);
  return {
    folded,
    key,
    sepAfter,
    caseSensitive: alias.caseSensitive === true,
    flexible: alias.spacing !== 'exact',
    startsWord: isWordUnit(key[0]!),
    endsWord: isWordUnit(key[key.length - 1]!),
    plural: (last >= 0x30 && last <= 0x39) || (last >= 0x41 && last <= 0x5a),
  };
}
