import type { Mention, ScanOptions } from '@aichips/core';
import type { Atlas, ClaimFinding } from '@aichips/sdk';
import type { TextDocument } from 'vscode';
import type { DocumentScan } from '../scanning/scan-document';
import { visibleRanges } from '../scanning/scan-document';
import { listVisibleBlocks } from '../scanning/scan-visible-lines';

const shift = (finding: ClaimFinding, base: number): ClaimFinding => ({
  ...finding,
  start: finding.start + base,
  end: finding.end + base,
  mention: { start: finding.mention.start + base, end: finding.mention.end + base },
  ...(finding.replacement
    ? {
        replacement: {
          ...finding.replacement,
          start: finding.replacement.start + base,
          end: finding.replacement.end + base,
        },
      }
    : {}),
});

/** Limited mode: each block of visible lines is checked on its own, with the scan's mentions inside it. */
function checkVisibleBlocks(
  atlas: Pick<Atlas, 'checkClaims'>,
  document: TextDocument,
  scan: DocumentScan,
  options: ScanOptions,
) {
  return listVisibleBlocks(document, visibleRanges(document)).flatMap((block) => {
    const base = document.offsetAt(block.start);
    const text = document.getText(block);
    const end = base + text.length;
    const mentions: Mention[] = scan.mentions
      .filter((mention) => mention.start >= base && mention.end <= end)
      .map((mention) => ({ ...mention, start: mention.start - base, end: mention.end - base }));
    if (mentions.length === 0) return [];
    return atlas.checkClaims(text, { ...options, mentions }).map((finding) => shift(finding, base));
  });
}

/**
 * Fact-checks a document with the mentions of its settled scan, so nothing is scanned twice. Undefined while
 * there is nothing to check yet: the scan belongs to an older version, or is a preview the full scan follows.
 */
export function checkDocumentClaims(
  atlas: Pick<Atlas, 'checkClaims'>,
  document: TextDocument,
  scan: DocumentScan,
  options: ScanOptions,
): ClaimFinding[] | undefined {
  if (scan.version !== document.version) return undefined;
  switch (scan.coverage) {
    case 'full':
      return atlas.checkClaims(document.getText(), { ...options, mentions: scan.mentions });
    case 'visible':
      return checkVisibleBlocks(atlas, document, scan, options);
    case 'none':
      return [];
    default:
      return undefined;
  }
}
