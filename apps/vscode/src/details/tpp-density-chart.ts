import { escapeHtml as html } from '@aichips/sdk';

/** A chip on the 3A090 plane. */
export interface PlanePoint {
  id: string;
  label: string;
  tpp: number;
  /** Unknown when the die area is: the chip is drawn as a line at its TPP. */
  density: number | undefined;
  highlighted: boolean;
  /** Lowest to highest TPP and density over every reading of the reported values, when they differ. */
  spread?: { tpp: { min: number; max: number }; density?: { min: number; max: number } };
  /** The 2023 class, and whether every reading of the reported values gives it. */
  verdict?: { classification: string; robust: boolean };
}

const WIDTH = 640;
const HEIGHT = 380;
const MARGIN = { left: 56, right: 16, top: 16, bottom: 48 };
const X_MIN = 100;
const X_TICKS = [100, 300, 1000, 1600, 2400, 4800, 10_000, 30_000, 100_000];

// The October 2023 rule's thresholds (88 FR 73458): TPP and performance density (TPP per mm²).
const REGIONS = [
  { name: 'a', x: [4800, Number.POSITIVE_INFINITY], y: [0, Number.POSITIVE_INFINITY] },
  { name: 'a', x: [1600, 4800], y: [5.92, Number.POSITIVE_INFINITY] },
  { name: 'b', x: [1600, 4800], y: [3.2, 5.92] },
  { name: 'b', x: [2400, 4800], y: [1.6, 3.2] },
] as const;

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * An SVG of the 3A090 (Oct 2023) plane: TPP on a log axis, performance density on a linear one, the
 * regions of 3A090.a and 3A090.b shaded, every chip with both figures as a dot, the highlighted ones named.
 */
export function renderTppDensityChart(points: readonly PlanePoint[]): string {
  const xMax = Math.max(20_000, ...points.map((point) => point.tpp * 1.3));
  const yMax = Math.ceil(Math.max(8, ...points.map((point) => (point.density ?? 0) * 1.1)));
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (tpp: number) =>
    MARGIN.left + (Math.log10(Math.max(tpp, X_MIN) / X_MIN) / Math.log10(xMax / X_MIN)) * plotWidth;
  const y = (density: number) => MARGIN.top + plotHeight - (Math.min(density, yMax) / yMax) * plotHeight;

  const parts: string[] = [];
  for (const region of REGIONS) {
    const [x0, x1] = [x(region.x[0]), x(Math.min(region.x[1], xMax))];
    const [y0, y1] = [y(Math.min(region.y[1], yMax)), y(region.y[0])];
    parts.push(
      `<rect class="region-${region.name}" x="${round(x0)}" y="${round(y0)}" width="${round(x1 - x0)}" height="${round(y1 - y0)}"/>`,
    );
  }
  for (const tick of X_TICKS.filter((value) => value <= xMax)) {
    parts.push(
      `<line class="grid" x1="${round(x(tick))}" x2="${round(x(tick))}" y1="${MARGIN.top}" y2="${MARGIN.top + plotHeight}"/>`,
      `<text class="tick" x="${round(x(tick))}" y="${HEIGHT - MARGIN.bottom + 16}" text-anchor="middle">${tick.toLocaleString('en-US')}</text>`,
    );
  }
  const yTicks = [...new Set([0, 1.6, 3.2, 5.92, ...Array.from({ length: Math.floor(yMax / 4) + 1 }, (_, i) => i * 4)])]
    .filter((value) => value <= yMax)
    .sort((a, b) => a - b);
  for (const tick of yTicks) {
    parts.push(
      `<line class="grid" x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${round(y(tick))}" y2="${round(y(tick))}"/>`,
      `<text class="tick" x="${MARGIN.left - 6}" y="${round(y(tick)) + 4}" text-anchor="end">${tick}</text>`,
    );
  }
  const ordered = [...points].sort((a, b) => Number(a.highlighted) - Number(b.highlighted));
  for (const point of ordered.filter((p) => p.highlighted && p.spread)) parts.push(spreadBox(point, x, y, yMax));
  for (const point of ordered) {
    const cx = round(x(point.tpp));
    if (point.density === undefined) {
      const title = `<title>${html(point.label)}: TPP ${Math.round(point.tpp)}, density unknown</title>`;
      parts.push(
        `<line class="chip-line" x1="${cx}" x2="${cx}" y1="${MARGIN.top}" y2="${MARGIN.top + plotHeight}">${title}</line>`,
      );
      parts.push(
        `<text class="label" x="${cx + 5}" y="${MARGIN.top + plotHeight - 8}">${html(point.label)} (density unknown)</text>`,
      );
      continue;
    }
    const cy = round(y(point.density));
    const title = `<title>${html(point.label)}: TPP ${Math.round(point.tpp)}, PD ${point.density.toFixed(2)}</title>`;
    parts.push(
      `<circle class="${point.highlighted ? 'chip highlighted' : 'chip'}" cx="${cx}" cy="${cy}" r="${point.highlighted ? 6 : 3}">${title}</circle>`,
    );
    if (point.highlighted) {
      parts.push(`<text class="label" x="${cx + 9}" y="${cy - 8}">${html(point.label)}${verdictText(point)}</text>`);
    }
  }
  parts.push(
    `<text class="axis" x="${MARGIN.left + plotWidth / 2}" y="${HEIGHT - 8}" text-anchor="middle">Total processing performance (TPP, log scale)</text>`,
    `<text class="axis" transform="translate(14 ${MARGIN.top + plotHeight / 2}) rotate(-90)" text-anchor="middle">Performance density (TPP/mm²)</text>`,
    `<text class="region-label" x="${round(x(4800)) + 6}" y="${MARGIN.top + 14}">3A090.a</text>`,
    `<text class="region-label" x="${round(x(1600)) + 4}" y="${round(y(4.5))}">3A090.b</text>`,
  );
  return (
    `<svg class="chart" role="img" aria-label="3A090 plane: TPP by performance density" viewBox="0 0 ${WIDTH} ${HEIGHT}" ` +
    `width="${WIDTH}" height="${HEIGHT}" xmlns="http://www.w3.org/2000/svg">${parts.join('')}</svg>`
  );
}

function verdictText(point: PlanePoint): string {
  if (!point.verdict) return '';
  const robustness = point.verdict.robust ? 'robust' : 'not robust';
  return html(` — ${point.verdict.classification}${point.spread ? `, ${robustness}` : ''}`);
}

// The box every reading of the reported values falls in: where a reader sees whether it crosses a threshold.
function spreadBox(
  point: PlanePoint,
  x: (tpp: number) => number,
  y: (density: number) => number,
  yMax: number,
): string {
  const spread = point.spread;
  if (!spread) return '';
  const density = spread.density ?? { min: 0, max: yMax };
  const [x0, x1] = [x(spread.tpp.min), x(spread.tpp.max)];
  const [y0, y1] = [y(density.max), y(density.min)];
  const pd = spread.density ? `, PD ${spread.density.min.toFixed(2)}–${spread.density.max.toFixed(2)}` : '';
  const title = `<title>${html(point.label)}: TPP ${Math.round(spread.tpp.min)}–${Math.round(spread.tpp.max)}${pd} over the reported values</title>`;
  return `<rect class="spread" x="${round(x0)}" y="${round(y0)}" width="${round(Math.max(x1 - x0, 2))}" height="${round(Math.max(y1 - y0, 2))}">${title}</rect>`;
}
