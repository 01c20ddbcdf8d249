import { CLAIM_VERDICTS, type ClaimFinding, type ClaimVerdict } from '../src/fact-check/claim-types';

/** One labelled text of the fixture: what a careful reader says the dataset makes of each claim in it. */
export interface LabelledText {
  id: string;
  /**
   * The order the sets were written in (see the README). `external` was written by a helper that never saw the
   * checker's code, labelled from the data files and the README's rules alone.
   */
  split: 'dev' | 'held-out' | 'fresh' | 'blind' | 'external';
  tags: string[];
  text: string;
  claims: { text: string; chip: string; verdict: ClaimVerdict; why: string; occurrence?: number }[];
}

/** A labelled claim next to what the checker said about it (`none`: no finding, or no label). */
export interface Outcome {
  id: string;
  claim: string;
  expected: ClaimVerdict | 'none';
  actual: ClaimVerdict | 'none';
  chipOk: boolean;
}

const isWordChar = (c: string | undefined) => c !== undefined && /[A-Za-z0-9.,]/.test(c);

/** The span of the n-th occurrence of `needle` that is not part of a longer number or word. */
function locate(text: string, needle: string, occurrence = 1): { start: number; end: number } | undefined {
  let seen = 0;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) {
    const end = i + needle.length;
    if (isWordChar(text[i - 1]) || (/[0-9]$/.test(needle) && /[0-9]/.test(text[end] ?? ''))) continue;
    if (++seen === occurrence) return { start: i, end };
  }
  return undefined;
}

/** Pairs labels with findings by overlapping spans; findings without a label count as `none` expected. */
export function scoreText(entry: LabelledText, findings: ClaimFinding[]): Outcome[] {
  const used = new Set<ClaimFinding>();
  const outcomes: Outcome[] = entry.claims.map((label) => {
    const span = locate(entry.text, label.text, label.occurrence);
    if (!span) throw new Error(`fixture ${entry.id}: "${label.text}" not found in the text`);
    const finding = findings.find((f) => !used.has(f) && f.start < span.end && span.start < f.end);
    if (finding) used.add(finding);
    return {
      id: entry.id,
      claim: label.text,
      expected: label.verdict,
      actual: finding?.verdict ?? 'none',
      chipOk: finding ? finding.chip === label.chip : false,
    };
  });
  for (const finding of findings) {
    if (!used.has(finding)) {
      outcomes.push({ id: entry.id, claim: finding.text, expected: 'none', actual: finding.verdict, chipOk: false });
    }
  }
  return outcomes;
}

export interface Metrics {
  labelled: number;
  found: number;
  accuracy: number;
  contradicted: { precision: number; recall: number; tp: number; fp: number; fn: number };
  disagreement: { precision: number; recall: number; tp: number; fp: number; fn: number };
  majorityBaseline: number;
  /** Precision and recall of every verdict. */
  verdicts: Record<string, { precision: number; recall: number }>;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const DISAGREEING = new Set(['contradicted', 'sparse-as-dense', 'other-variant']);

function precisionRecall(outcomes: Outcome[], is: (verdict: string) => boolean) {
  const tp = outcomes.filter((o) => is(o.actual) && is(o.expected) && o.chipOk).length;
  const fp = outcomes.filter((o) => is(o.actual) && !(is(o.expected) && o.chipOk)).length;
  const fn = outcomes.filter((o) => is(o.expected) && !(is(o.actual) && o.chipOk)).length;
  return { precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn), tp, fp, fn };
}

/** Verdict accuracy over labelled claims (a missed or misattributed claim is wrong), and P/R of warnings. */
export function summarize(outcomes: Outcome[]): Metrics {
  const labelled = outcomes.filter((o) => o.expected !== 'none');
  const correct = labelled.filter((o) => o.actual === o.expected && o.chipOk).length;
  const counts = new Map<string, number>();
  for (const o of labelled) counts.set(o.expected, (counts.get(o.expected) ?? 0) + 1);
  const majority = Math.max(0, ...counts.values());
  return {
    labelled: labelled.length,
    found: labelled.filter((o) => o.actual !== 'none').length,
    accuracy: ratio(correct, labelled.length),
    contradicted: precisionRecall(outcomes, (v) => v === 'contradicted'),
    disagreement: precisionRecall(outcomes, (v) => DISAGREEING.has(v)),
    majorityBaseline: ratio(majority, labelled.length),
    verdicts: Object.fromEntries(
      CLAIM_VERDICTS.map((verdict) => {
        const { precision, recall } = precisionRecall(outcomes, (v) => v === verdict);
        return [verdict, { precision, recall }];
      }),
    ),
  };
}
