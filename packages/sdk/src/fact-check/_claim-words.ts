import type { Precision } from '@aichips/core';
import { matchEvery } from './_match-every';

// The words around a number that say what it measures and how firmly. `before` is the text leading up to the
// number, `after` the text following the unit, each cut at the neighbouring claim or clause.

const PRECISION_WORDS: [RegExp, Precision][] = [
  [/\b(?:MX)?FP4\b/, 'fp4'],
  [/\b(?:MX)?FP6\b/, 'fp6'],
  [/\b(?:MX)?FP8\b/, 'fp8'],
  [/\bBF16\b|\bbfloat16\b/, 'bf16'],
  [/\bFP16\b|\bhalf[- ]precision\b|半精度/, 'fp16'],
  [/\bTF32\b/, 'tf32'],
  [/\bFP32\b|\bsingle[- ]precision\b|单精度/, 'fp32'],
  [/\bFP64\b|\bdouble[- ]precision\b|双精度/, 'fp64'],
  [/\bINT8\b/, 'int8'],
  [/\bINT4\b/, 'int4'],
];

// One pass over the text for every precision word; the capture group says which precision matched.
const PRECISION_PATTERN = new RegExp(PRECISION_WORDS.map(([pattern]) => `(${pattern.source})`).join('|'), 'gi');

function findPrecisions(text: string): { precision: Precision; index: number }[] {
  return matchEvery(PRECISION_PATTERN, text).map((match) => ({
    precision: (PRECISION_WORDS[match.slice(1).findIndex((group) => group !== undefined)] as [RegExp, Precision])[1],
    index: match.index,
  }));
}

/** A precision right after the unit ("148 TFLOPS FP16", "800 TFLOPS (FP16)"), else the nearest before it. */
export function readPrecision(before: string, after: string): Precision | undefined {
  const next = /^\s*(?:\(|（|of\s+|in\s+|at\s+|for\s+|的\s*)?(?:dense\s+|sparse\s+)?([A-Za-z0-9]+|[半单双]精度)/i.exec(
    after,
  );
  if (next) {
    const [found] = findPrecisions(next[1] as string);
    if (found) return found.precision;
  }
  return findPrecisions(before).pop()?.precision;
}

const SPARSE = /\bsparse\b|\bsparsity\b|稀疏/i;
const DENSE = /\bdense\b|without sparsity|w\/o sparsity|非稀疏|稠密|不含稀疏/i;

/** "With structured sparsity switched on, the H100 reaches …": a clause that sets sparsity for what follows. */
const SPARSE_CLAUSE = /\b(?:with|using|once|when|if)\s+(?:2:4\s+|structured\s+|fine-grained\s+)*sparsity\b/i;

export function readDensity(before: string, after: string): 'dense' | 'sparse' | undefined {
  // The last 30 units before the number, widened to whole words ("without sparsity" is not "sparsity").
  const near = before.slice(before.lastIndexOf(' ', Math.max(0, before.length - 30)) + 1);
  for (const text of [after, near]) {
    if (DENSE.test(text)) return 'dense';
    if (SPARSE.test(text)) return 'sparse';
  }
  return SPARSE_CLAUSE.test(before) && !DENSE.test(before) ? 'sparse' : undefined;
}

const MEMORY = /memory|\bHBM|\bGDDR|\bLPDDR|\bDRAM|\bSRAM|\bVRAM|显存|内存|存储带宽/gi;
const INTERCONNECT =
  /NVLink|interconnect|chip-to-chip|\bICI\b|Infinity Fabric|\bHCCS\b|scale-up|inter-chip|MLU-?Link|\bUB\b|互联|互连|片间|卡间/gi;

/** Which bandwidth the words point at: the first keyword after the unit, else the last one before the number. */
export function readBandwidthKind(before: string, after: string): 'memory' | 'interconnect' | undefined {
  const first = (text: string, last: boolean) => {
    const hits = [
      ...matchEvery(MEMORY, text).map((m) => ({ kind: 'memory' as const, index: m.index })),
      ...matchEvery(INTERCONNECT, text).map((m) => ({ kind: 'interconnect' as const, index: m.index })),
    ].sort((a, b) => (last ? b.index - a.index : a.index - b.index));
    return hits[0]?.kind;
  };
  return first(after, false) ?? first(before, true);
}

const HEDGE_BEFORE =
  /(?:\babout|\baround|\broughly|\bapproximately|\bapprox\.?|\bnearly|\balmost|\bclose to|\bsome|\bcirca|\bca\.|\bup to|\bas much as|\bas high as|\ban estimated|~|≈|∼|约为?|大约|大概|近|接近|将近|高达|最高(?:可达)?|可达)\s*$/i;
const HEDGE_AFTER = /^\s*(?:左右|上下|or so|-ish)/;
const AT_LEAST_BEFORE =
  /(?:\bmore than|\bover|\babove|\bat least|\bexceeding|\bin excess of|\bnorth of|超过|逾|不低于|至少|大于)\s*$/i;
const AT_MOST_BEFORE = /(?:\bless than|\bunder|\bbelow|\bat most|\bno more than|不到|不足|低于|小于|少于)\s*$/i;
const AT_LEAST_AFTER = /^\s*(?:以上|\+|or more)/;
const AT_MOST_AFTER = /^\s*(?:以下|以内|or less)/;

export function readHedge(text: string, after: string): { hedged: boolean; bound?: 'at-least' | 'at-most' } {
  // The patterns are anchored at the end: only the last words before the number can match.
  const before = text.slice(-40);
  // A bound is checked as a bound with the exact tolerance: "more than 100 GB" is wrong for 96 GB.
  if (AT_LEAST_BEFORE.test(before) || AT_LEAST_AFTER.test(after)) return { hedged: false, bound: 'at-least' };
  if (AT_MOST_BEFORE.test(before) || AT_MOST_AFTER.test(after)) return { hedged: false, bound: 'at-most' };
  return { hedged: HEDGE_BEFORE.test(before) || HEDGE_AFTER.test(after) };
}

// A difference ("16GB more than"), a multiple ("8x 80GB"), a part ("24GB per stack"), a negation ("not 80GB"):
// the number is not the chip's figure.
const NOT_A_FIGURE_AFTER =
  /^\s*(?:more|less|fewer|higher|lower|faster|slower|greater|smaller|larger|bigger|extra|additional)\b|^\s*of\s+(?:extra|additional)\b|^\s*(?:below|above|under|over|behind)\s+(?:the|that|those|its|an?)\b|^\s*(?:ahead|short)\s+of\b|^\s*(?:per|each|a|every)\s+(?:stack|link|port|lane|die|chiplet|HBM)|^\s*(?:stacks?|links?|ports?|lanes?)\b|^\s*[x×]\b|^\s*(?:的差距|之差)/i;
const NOT_A_FIGURE_BEFORE =
  /(?:\bby|\bextra|\badditional|\banother|\bplus|\b(?:not|never|no longer)\s+(?:\w+\s+){0,2}|\bno|n't\s+(?:\w+\s+){0,2}|\brather than|\binstead of|多出|高出|增加了?|提升了?|减少了?|不是|并非|而非|比[^，。；,]{0,20}[多少高低]了?|\d\s*[x×*]|[+±])\s*$/i;

// "Compared with the H100, the H200 adds 61 GB": an increase, when the sentence compares (on its own, "adds"
// may be the chip's whole figure: "NVIDIA adds 96 GB of HBM3 to the H20").
const ADDS_BEFORE = /\b(?:adds|added|adding)\s*$/i;
const COMPARES = /\bcompared (?:with|to)\b|\bthan\b|\brelative to\b|\bversus\b|\bvs\.?\s|\bover the\b|相比|相较/i;

export function isNotAFigure(before: string, after: string): boolean {
  const near = before.slice(-40);
  return (
    NOT_A_FIGURE_AFTER.test(after) ||
    NOT_A_FIGURE_BEFORE.test(near) ||
    (ADDS_BEFORE.test(near) && COMPARES.test(before))
  );
}

/** Servers, pods and clusters: their totals are not a chip's figures. */
export const SYSTEM_WORDS =
  /\b(?:servers?|systems?|nodes?|pods?|racks?|clusters?|supernodes?|superpods?|boards?|platforms?|instances?|DGX|NVL\d+|CloudMatrix|Atlas \d+)\b|集群|服务器|超节点|整机|机柜|节点|八卡|8卡/i;

/** "Each HBM3 stack on the H100 provides 819 GB/s": the figure of a part, not of the chip. */
export const PART_WORDS =
  /\b(?:each|per|every|a single|one)\s+(?:[\w-]+\s+){0,2}(?:stacks?|links?|ports?|lanes?|dies?|chiplets?|cores?|channels?)\b|每(?:个|颗|条)?(?:堆栈|链路|端口|核心)/i;

/** "8x H20", "eight H20s", "8卡H20": a count before the chip name. */
export const COUNT_BEFORE =
  /(?:(?<![\w.,])(?:\d{1,3}|(?!19|20)\d{4})|\btwo|\bfour|\beight|\bsixteen|两|四|八)\s*(?:[x×*]|-?GPUs?|-?chips?|张|颗|块|卡)?\s*$/i;

/** The claims, in order, go with the chips, in order. */
export const RESPECTIVELY = /\brespectively\b|分别|\bvs\.?(?=\s)|\bversus\b|\bcompared (?:with|to)\b/i;
