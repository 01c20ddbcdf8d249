import { foldingSources, isSeparatorUnit, SEPARATOR_UNITS } from './_char-tables';
import { SEPARATOR_CLASS } from './_matcher-constants';

/** The [unit, class] pairs of the units that fold (by case or width) onto a unit of the alphabet. */
export function findFoldingPairs(alphabet: Uint16Array): Uint16Array {
  const pairs: number[] = [];
  for (let cls = 2; cls < alphabet.length; cls++) {
    for (const source of foldingSources(alphabet[cls]!)) pairs.push(source, cls);
  }
  return Uint16Array.from(pairs);
}

/** classOf[unit]: the class of any code unit — 0 for units in no name, 1 for separators. */
export function createClassTable(alphabet: Uint16Array, foldingPairs: Uint16Array): Uint16Array {
  const classOf = new Uint16Array(65536);
  for (let cls = 2; cls < alphabet.length; cls++) classOf[alphabet[cls]!] = cls;
  for (let i = 0; i < foldingPairs.length; i += 2) classOf[foldingPairs[i]!] = foldingPairs[i + 1]!;
  for (const code of [...SEPARATOR_UNITS, 0x3000, 0xff0d]) if (isSeparatorUnit(code)) classOf[code] = SEPARATOR_CLASS;
  return classOf;
}
