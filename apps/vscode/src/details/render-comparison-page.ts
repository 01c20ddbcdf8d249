import { type Chip, formatNumericValue, METRICS, pointValue } from '@aichips/core';
import { type Atlas, escapeHtml as html } from '@aichips/sdk';
import { type BarSeries, renderBarCharts } from './compute-bandwidth-chart';
import { renderPlaneSection } from './render-plane-section';

/** The larger of the dense FP16 and BF16 figures: vendors quote one or the other. */
function denseHalfPrecision(chip: Chip): number | undefined {
  const values = [METRICS.fp16.read(chip), METRICS.bf16.read(chip)].flatMap((value) =>
    value ? [pointValue(value.value)] : [],
  );
  return values.length > 0 ? Math.max(...values) : undefined;
}

/** The body of "Compare chips": the metric table with leaders, bar charts, and the 3A090 plane. */
export function renderComparisonBody(atlas: Atlas, chipIds: readonly string[]): string {
  const comparison = atlas.compareChips([...chipIds]);
  const { chips } = comparison;
  const header = `<tr><th>Metric</th>${chips.map((chip) => `<th>${html(chip.name)}</th>`).join('')}</tr>`;
  const rows = comparison.rows.map((row) => {
    const cells = row.values.map((value, index) => {
      if (!value) return '<td><small>—</small></td>';
      const ratio =
        index > 0 && row.ratios[index] !== undefined ? ` <small>×${row.ratios[index]!.toFixed(2)}</small>` : '';
      const leader = row.leader === chips[index]!.id;
      const derived = value.derived ? ' <small>(computed)</small>' : '';
      return `<td${leader ? ' class="leader"' : ''}>${html(`${formatNumericValue(value.value)} ${value.unit}`)}${derived}${ratio}</td>`;
    });
    return `<tr><th scope="row">${html(row.label)}</th>${cells.join('')}</tr>`;
  });
  const series: BarSeries[] = [
    {
      title: 'Dense FP16/BF16 compute',
      unit: 'TFLOPS',
      bars: chips.map((chip) => ({ label: chip.name, value: denseHalfPrecision(chip) })),
    },
    {
      title: 'Memory bandwidth',
      unit: 'TB/s',
      bars: chips.map((chip) => {
        const value = METRICS.memoryBandwidth.read(chip);
        return { label: chip.name, value: value ? pointValue(value.value) : undefined };
      }),
    },
  ];
  return (
    `<h1>${html(chips.map((chip) => chip.name).join(' vs '))}</h1>` +
    `<table class="comparison">${header}${rows.join('')}</table>` +
    '<p class="note">Bold: ahead on that metric. ×: ratio to the first chip. Dense figures only.</p>' +
    renderBarCharts(series) +
    renderPlaneSection(atlas.dataset.chips, new Set(chips.map((chip) => chip.id)))
  );
}
