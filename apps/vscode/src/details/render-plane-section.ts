import type { Chip } from '@aichips/core';
import { escapeHtml as html } from '@aichips/sdk';
import { collectPlanePoints } from './plane-points';
import { renderTppDensityChart } from './tpp-density-chart';

/** The 3A090 plane with the given chips placed, and a note for any that cannot be. */
export function renderPlaneSection(chips: readonly Chip[], highlighted: ReadonlySet<string>): string {
  const { points, unplaced } = collectPlanePoints(chips, highlighted);
  const notes = unplaced.map(
    (entry) => `<p class="note">${html(entry.label)} is not placed as a point: ${html(entry.missing)}.</p>`,
  );
  return (
    '<section class="plane"><figure><figcaption>ECCN 3A090 (October 2023 rule): TPP × performance density</figcaption>' +
    `${renderTppDensityChart(points)}</figure>${notes.join('')}` +
    '<p class="note">Shaded: 3A090.a (red) and 3A090.b (orange) for data-centre chips; a dashed box spans every reading of the reported values. Indicative, computed from the sourced figures; not legal advice.</p></section>'
  );
}
