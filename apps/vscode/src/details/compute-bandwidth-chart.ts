import { escapeHtml as html } from '@aichips/sdk';

export interface BarSeries {
  title: string;
  unit: string;
  /** One bar per chip; undefined where the dataset has no figure. */
  bars: { label: string; value: number | undefined }[];
}

const WIDTH = 640;
const LABEL_WIDTH = 180;
const ROW = 24;

/** Horizontal bars per series (dense compute, memory bandwidth), each scaled to its own largest value. */
export function renderBarCharts(series: readonly BarSeries[]): string {
  return series
    .map((entry) => {
      const max = Math.max(0, ...entry.bars.map((bar) => bar.value ?? 0));
      const height = entry.bars.length * ROW + 8;
      const rows = entry.bars.map((bar, index) => {
        const top = index * ROW + 4;
        const label = `<text class="tick" x="${LABEL_WIDTH - 8}" y="${top + 15}" text-anchor="end">${html(bar.label)}</text>`;
        if (bar.value === undefined) {
          return `${label}<text class="missing" x="${LABEL_WIDTH}" y="${top + 15}">not in the dataset</text>`;
        }
        const width = max > 0 ? Math.max(1, ((WIDTH - LABEL_WIDTH - 110) * bar.value) / max) : 1;
        const value = `${bar.value.toLocaleString('en-US', { maximumFractionDigits: 2 })} ${entry.unit}`;
        return (
          `${label}<rect class="bar" x="${LABEL_WIDTH}" y="${top + 3}" width="${Math.round(width)}" height="${ROW - 8}"/>` +
          `<text class="value" x="${LABEL_WIDTH + Math.round(width) + 6}" y="${top + 15}">${html(value)}</text>`
        );
      });
      return (
        `<figure><figcaption>${html(entry.title)}</figcaption>` +
        `<svg class="chart" role="img" aria-label="${html(entry.title)}" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" ` +
        `height="${height}" xmlns="http://www.w3.org/2000/svg">${rows.join('')}</svg></figure>`
      );
    })
    .join('\n');
}
