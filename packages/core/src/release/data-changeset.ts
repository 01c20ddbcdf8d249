import type { BumpLevel } from './bump-level';

/** Marks a changeset written by `data:changeset`; `.changeset/changelog.cjs` renders those as a block. */
export const DATA_CHANGESET_MARKER = '<!-- aichips:data-diff -->';

/**
 * A changeset whose body is the Markdown of a data diff, bumping the core package by `level`. The blank
 * lines inside the front matter keep biome's Markdown formatter from reading it as a heading.
 */
export function formatDataChangeset(packageName: string, level: Exclude<BumpLevel, 'none'>, markdown: string): string {
  return `---\n\n${JSON.stringify(packageName)}: ${level}\n\n---\n\n${markdown.trim()}\n\n${DATA_CHANGESET_MARKER}\n`;
}
