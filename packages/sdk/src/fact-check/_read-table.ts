import type { Mention } from '@aichips/core';
import type { AttachedClaim } from './_attach-claims';
import { findHeaderUnit } from './_claim-units';
import { findBareClaim, findClaims } from './_find-claims';
import type { Span, TableBlock } from './_split-segments';

const within = (mention: Mention, span: Span) => mention.start >= span.start && mention.end <= span.end;

/**
 * Claims in a Markdown table: a chip per row and a spec per column (the header names the spec and often the
 * unit), or the other way round, a chip per column and a spec per row.
 */
export function readTableClaims(
  text: string,
  table: TableBlock,
  chipMentions: readonly Mention[],
  names: readonly Span[],
): AttachedClaim[] {
  const attached: AttachedClaim[] = [];
  const columnChips = table.header.map((cell) => chipMentions.find((m) => within(m, cell)));
  for (const row of table.rows) {
    const rowChip = chipMentions.find((m) => within(m, row.span));
    const firstCell = row.cells[0];
    const rowLabel =
      firstCell && !(rowChip && within(rowChip, firstCell)) ? text.slice(firstCell.start, firstCell.end) : '';
    row.cells.forEach((cell, column) => {
      const mention = rowChip ?? columnChips[column];
      if (!mention || within(mention, cell) || (column === 0 && rowLabel)) return;
      const header = table.header[column];
      const headerText = header ? text.slice(header.start, header.end) : '';
      const label = `${headerText} ${rowLabel}`;
      const claims = findClaims(text, cell, names, label);
      if (claims.length === 0) {
        const unit = findHeaderUnit(headerText) ?? findHeaderUnit(rowLabel);
        const bare = unit && findBareClaim(text, cell, unit, label);
        if (bare) claims.push(bare);
      }
      for (const claim of claims) attached.push({ claim, mention });
    });
  }
  return attached;
}
