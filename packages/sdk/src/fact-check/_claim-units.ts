import type { Unit } from '@aichips/core';

/** What a unit measures; bandwidth is memory or interconnect depending on the words around it. */
export type UnitFamily =
  | 'compute-float'
  | 'compute-int'
  | 'compute-any'
  | 'capacity'
  | 'bandwidth'
  | 'power'
  | 'process'
  | 'area';

export interface ClaimUnit {
  family: UnitFamily;
  /** The dataset unit a value in this unit converts to (bandwidth: TB/s; the interconnect reading rescales). */
  base: Unit;
  /** Multiply a written value by this to get the base unit. */
  scale: number;
  spellings: string[];
  pattern: RegExp;
}

const caseless = (word: string) =>
  [...word].map((c) => (/[a-z]/i.test(c) ? `[${c.toUpperCase()}${c.toLowerCase()}]` : c)).join('');
const ASCII_END = '(?![A-Za-z0-9])';

function unit(family: UnitFamily, base: Unit, scale: number, spellings: string[]): ClaimUnit {
  // The anchored pattern tests a unit already cut out of the text, so lookaheads into the context are dropped.
  const alone = spellings.map((spelling) => spelling.replace(/\(\?=.*\)$/, ''));
  return { family, base, scale, spellings, pattern: new RegExp(`^(?:${alone.join('|')})$`) };
}

// Order matters: longer spellings first, so "TB/s" is not read as "TB" and "千万亿次" not as "万亿次".
const UNIT_TABLE: ClaimUnit[] = [
  unit('compute-float', 'TFLOPS', 1000, [
    'PFLOPS',
    'PFLOPs',
    'PFlops',
    'PFLOP/s',
    caseless('petaflops'),
    caseless('peta-flops'),
  ]),
  unit('compute-float', 'TFLOPS', 1, [
    'TFLOPS',
    'TFLOPs',
    'TFlops',
    'Tflops',
    'tflops',
    'TFLOP/s',
    'TFLOP',
    caseless('teraflops'),
    caseless('tera-flops'),
  ]),
  unit('compute-int', 'TOPS', 1000, ['POPS', 'POP/s']),
  unit('compute-int', 'TOPS', 1, ['TOPS', 'TOP/s', 'TOps', caseless('tera-ops'), caseless('teraops')]),
  unit('compute-any', 'TFLOPS', 1000, ['千万亿次']),
  unit('compute-any', 'TFLOPS', 1, ['万亿次']),
  unit('bandwidth', 'TB/s', 1000, ['PB/s', 'PB/秒', 'PBps', caseless('petabytes per second')]),
  unit('bandwidth', 'TB/s', 1, [
    'TB/s',
    'TB/秒',
    'TBps',
    'TB/sec',
    'TB per second',
    'TB每秒',
    caseless('terabytes per second'),
  ]),
  unit('bandwidth', 'TB/s', 0.001, [
    'GB/s',
    'GB/秒',
    'GBps',
    'GB/sec',
    'GB per second',
    'GB每秒',
    caseless('gigabytes per second'),
  ]),
  unit('capacity', 'GB', 1000, ['TB', caseless('terabytes')]),
  unit('capacity', 'GB', 1, [
    'GB',
    'GiB',
    caseless('gigabytes'),
    String.raw`G(?=\s?(?:HBM|显存|内存|memory|of memory))`,
  ]),
  unit('capacity', 'GB', 0.001, ['MB', 'MiB', caseless('megabytes')]),
  unit('power', 'W', 1000, ['kW', '千瓦']),
  unit('power', 'W', 1, ['W', caseless('watts'), caseless('watt'), '瓦特', '瓦']),
  unit('process', 'nm', 1, [
    'nm',
    caseless('nanometers'),
    caseless('nanometres'),
    caseless('nanometer'),
    caseless('nanometre'),
    '纳米',
    '奈米',
  ]),
  unit('area', 'mm²', 1, [
    'mm²',
    'mm2',
    String.raw`mm\^2`,
    caseless('square millimeters'),
    caseless('square millimetres'),
    '平方毫米',
  ]),
];

const UNIT_SOURCE = UNIT_TABLE.flatMap((u) =>
  u.spellings.map((spelling) => (/[A-Za-z0-9]$/.test(spelling) ? `${spelling}${ASCII_END}` : spelling)),
).join('|');

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const RANGE_JOIN = String.raw`\s*(?:-|–|—|~|～|to|至|到)\s*`;

/**
 * A number (or a range), an optional space or hyphen, and a unit. Groups: 1 the number or range, 2 its first
 * number, 3 the second number of a range, 4 the unit. Numbers glued to letters (H100, HBM3) never start a claim.
 */
export const CLAIM_PATTERN = new RegExp(
  `(?<![A-Za-z0-9_.,])((${NUMBER})(?:${RANGE_JOIN}(${NUMBER}))?)[ \\t\\u00a0\\u202f]?-?[ \\t\\u00a0\\u202f]?(${UNIT_SOURCE})`,
  'g',
);

/** A number alone (a table cell whose column names the unit). */
export const BARE_NUMBER = new RegExp(`(?<![A-Za-z0-9_.,])(${NUMBER})(?:${RANGE_JOIN}(${NUMBER}))?(?![0-9A-Za-z])`);

/** A unit named without a number, as in a table header "Memory (GB)". */
const HEADER_UNIT = new RegExp(`(?<![A-Za-z])(${UNIT_SOURCE})`);

export function findUnit(spelling: string): ClaimUnit | undefined {
  return UNIT_TABLE.find((u) => u.pattern.test(spelling));
}

export function findHeaderUnit(header: string): ClaimUnit | undefined {
  const match = HEADER_UNIT.exec(header);
  return match ? findUnit(match[1] as string) : undefined;
}

/** A written number: "1,979" → 1979; how many decimals it shows; whether it used thousands separators. */
export function parseNumber(text: string): { value: number; decimals: number; grouped: boolean } {
  const plain = text.replace(/,/g, '');
  const dot = plain.indexOf('.');
  return { value: Number(plain), decimals: dot === -1 ? 0 : plain.length - dot - 1, grouped: plain !== text };
}
