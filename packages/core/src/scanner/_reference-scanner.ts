// The scanner's rules written as plainly as possible — every position, every alias, one character at a
// time — so that tests can hold the fast matcher to them. Slow on purpose; never exported by the package.
import type { AliasObject } from '../schema/alias';
import { foldWidth } from '../text/fold';
import { findSkipRegions } from './_skip-regions';
import type { Mention, ScanEntry, ScanOptions } from './types';

const SEPARATORS = [' ', '\u00a0', '-', '\u2010', '\u2011', '\u2012', '\u2013'];
const DEFAULT_WINDOW = 100;

interface ReferenceAlias {
  entry: ScanEntry;
  name: AliasObject;
  /** Width-folded, without leading or trailing separators. */
  units: string;
}

export interface ReferenceScanner {
  scan(text: string, options?: ScanOptions): Mention[];
}

export function createReferenceScanner(entries: readonly ScanEntry[]): ReferenceScanner {
  const aliases: ReferenceAlias[] = [];
  for (const entry of entries) {
    for (const name of entry.names) {
      let units = foldWidth(name.text);
      while (units !== '' && isSeparator(units[0]!)) units = units.slice(1);
      while (units !== '' && isSeparator(units[units.length - 1]!)) units = units.slice(0, -1);
      const hasLetter = /\p{L}/u.test(units);
      if (units !== '' && (hasLetter || name.ambiguous)) aliases.push({ entry, name, units });
    }
  }
  return {
    scan(text, options = {}) {
      const kinds = options.kinds;
      const allowed = aliases.filter((alias) => kinds === undefined || kinds.includes(alias.entry.kind));
      const regions =
        options.skipCode || options.skipUrls
          ? findSkipRegions(text, { code: options.skipCode === true, urls: options.skipUrls === true })
          : [];
      const overlapsRegion = (start: number, end: number) => {
        for (let i = 0; i < regions.length; i += 2) if (regions[i]! < end && start < regions[i + 1]!) return true;
        return false;
      };
      const mentions: Mention[] = [];
      let start = 0;
      while (start < text.length) {
        const candidates: { alias: ReferenceAlias; end: number }[] = [];
        for (const alias of allowed) {
          const end = matchAliasAt(text, start, alias);
          if (end >= 0 && !overlapsRegion(start, end)) candidates.push({ alias, end });
        }
        const ends = [...new Set(candidates.map((candidate) => candidate.end))].sort((a, b) => b - a);
        let next = start + 1;
        for (const end of ends) {
          const resolved = candidates.filter(
            (candidate) => candidate.end === end && isResolved(text, start, end, candidate.alias.name),
          );
          const ids = new Set(resolved.map((candidate) => candidate.alias.entry.id));
          if (ids.size !== 1) continue;
          const { entry, name } = resolved[0]!.alias;
          mentions.push({ start, end, text: text.slice(start, end), id: entry.id, kind: entry.kind, alias: name.text });
          next = end;
          break;
        }
        start = next;
      }
      return mentions;
    },
  };
}

/** Where `alias` ends if it is written at `start` under all its rules, or -1. */
function matchAliasAt(text: string, start: number, alias: ReferenceAlias): number {
  const { units, name } = alias;
  let i = start;
  let k = 0;
  while (k < units.length) {
    if (isSeparator(units[k]!)) {
      let run = '';
      while (k < units.length && isSeparator(units[k]!)) run += units[k++];
      if (name.spacing === 'exact') {
        if (foldWidth(text.slice(i, i + run.length)) !== run) return -1;
        i += run.length;
      } else {
        // Flexible: each separator of the alias may be any separator or nothing.
        let used = 0;
        while (used < run.length && i < text.length && isSeparator(text[i]!)) {
          used++;
          i++;
        }
      }
      continue;
    }
    if (i >= text.length) return -1;
    const written = foldWidth(text[i]!);
    const same = name.caseSensitive ? written === units[k] : lowerUnit(written) === lowerUnit(units[k]!);
    if (!same) return -1;
    i++;
    k++;
  }
  let end = i;
  if (/[0-9A-Z]/.test(units[units.length - 1]!) && end < text.length && foldWidth(text[end]!) === 's') end++;
  if (isAsciiWord(lowerUnit(units[0]!)) && start > 0 && isAsciiWord(text[start - 1]!)) return -1;
  if (isAsciiWord(lowerUnit(units[units.length - 1]!)) && end < text.length && isAsciiWord(text[end]!)) return -1;
  if (end < text.length && /^[\p{M}\u200d]/u.test(String.fromCodePoint(text.codePointAt(end)!))) return -1;
  return end;
}

/**
 * An unambiguous name always resolves; an ambiguous one only with a near word wholly inside its window —
 * matched case- and width-insensitively, on word boundaries where the near word starts or ends Latin.
 */
function isResolved(text: string, start: number, end: number, name: AliasObject): boolean {
  const rule = name.ambiguous;
  if (rule === undefined) return true;
  const window = rule.window ?? DEFAULT_WINDOW;
  const from = Math.max(0, start - window);
  const around = foldLower(text.slice(from, Math.min(text.length, end + window)));
  return rule.near.some((word) => {
    const wanted = foldLower(word);
    for (let at = around.indexOf(wanted); at >= 0; at = around.indexOf(wanted, at + 1)) {
      const before = from + at - 1;
      const after = from + at + wanted.length;
      if (isAsciiWord(wanted[0]!) && before >= 0 && isAsciiWord(text[before]!)) continue;
      if (isAsciiWord(wanted[wanted.length - 1]!) && after < text.length && isAsciiWord(text[after]!)) continue;
      return true;
    }
    return false;
  });
}

function isSeparator(ch: string): boolean {
  return SEPARATORS.includes(foldWidth(ch));
}

function isAsciiWord(ch: string): boolean {
  return /^[A-Za-z0-9]$/.test(foldWidth(ch));
}

/** Lowercase of one code unit, kept as is when that is longer or turns a non-ASCII letter into ASCII. */
function lowerUnit(ch: string): string {
  const lower = ch.toLowerCase();
  return lower.length === 1 && !(ch > '\x7f' && lower <= '\x7f') ? lower : ch;
}

function foldLower(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += lowerUnit(foldWidth(text[i]!));
  return out;
}
