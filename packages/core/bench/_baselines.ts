import { AhoCorasick as MonyoneAhoCorasick } from '@monyone/aho-corasick';
import { AhoCorasick as MonyoneFastAhoCorasick } from '@monyone/aho-corasick/fast';
import BrunoAhoCorasick from 'ahocorasick';
import ModernAhoCorasick from 'modern-ahocorasick';
import ModernFastAhoCorasick from 'modern-ahocorasick/fast';

/** A contender: a name and a run over the text that returns how many matches it found. */
export interface Contender {
  name: string;
  run: () => number;
}

/** What extensions usually do: one alternation of every name, longest first, on word boundaries, `gi`. */
export function createRegExpBaseline(names: readonly string[], text: string): Contender {
  const escaped = [...new Set(names)]
    .sort((a, b) => b.length - a.length)
    .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`\\b(?:${escaped.join('|')})\\b`, 'gi');
  return {
    name: 'RegExp',
    run: () => {
      pattern.lastIndex = 0;
      let count = 0;
      while (pattern.exec(text) !== null) count++;
      return count;
    },
  };
}

/**
 * The npm Aho-Corasick packages on the lowercased names and the lowercased text (their easier job: no case
 * rules, boundaries, spacing or ambiguity), each through every search entry point it offers.
 * modern-ahocorasick segments graphemes and slows quadratically on long non-ASCII text (200,000 units
 * take minutes), so it gets the text line by line, pre-split — its best shot, with the same matches.
 */
export function createAhoCorasickBaselines(names: readonly string[], text: string): Contender[] {
  const keywords = [...new Set(names.map((name) => name.toLowerCase()))];
  const lower = text.toLowerCase();
  const lines = lower.split('\n');
  const perLine = (count: (line: string) => number) => () => lines.reduce((sum, line) => sum + count(line), 0);
  const bruno = new BrunoAhoCorasick(keywords);
  const monyone = new MonyoneAhoCorasick(keywords);
  const monyoneFast = new MonyoneFastAhoCorasick(keywords);
  const modern = new ModernAhoCorasick(keywords);
  const modernFast = new ModernFastAhoCorasick(keywords);
  return [
    { name: 'ahocorasick search', run: () => bruno.search(lower).length },
    { name: '@monyone/aho-corasick matchInText', run: () => monyone.matchInText(lower).length },
    { name: '@monyone/aho-corasick/fast matchInText', run: () => monyoneFast.matchInText(lower).length },
    { name: 'modern-ahocorasick search, by line', run: perLine((line) => modern.search(line).length) },
    { name: 'modern-ahocorasick count, by line', run: perLine((line) => modern.count(line)) },
    { name: 'modern-ahocorasick/fast search, by line', run: perLine((line) => modernFast.search(line).length) },
    { name: 'modern-ahocorasick/fast count, by line', run: perLine((line) => modernFast.count(line)) },
  ];
}

/** The practical ceiling: read every code unit once. */
export function createCharLoop(text: string): Contender {
  return {
    name: 'charCodeAt loop',
    run: () => {
      let sum = 0;
      for (let i = 0; i < text.length; i++) sum += text.charCodeAt(i);
      return sum;
    },
  };
}
