import { describeLimit } from '../scanning/describe-limit';
import type { DocumentScan } from '../scanning/scan-document';

export interface StatusText {
  text: string;
  tooltip: string;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** What the status bar says about the active document's scan. */
export function describeStatus(scan: DocumentScan | undefined, disabled: boolean): StatusText {
  if (disabled) {
    return {
      text: '$(circle-slash) AI Chips: off',
      tooltip: 'AI Chips is off for this file. Click to open the sidebar.',
    };
  }
  if (!scan) return { text: '$(circuit-board) AI Chips', tooltip: 'Open the AI Chips sidebar.' };
  if (scan.coverage === 'preview') return { text: '$(sync~spin) AI Chips', tooltip: 'Scanning this document…' };
  const count = plural(scan.mentions.length, 'mention');
  if (scan.coverage === 'none' && scan.limit) {
    return { text: '$(warning) AI Chips: scanning limited', tooltip: describeLimit(scan.limit) };
  }
  if (scan.limit) {
    return {
      text: `$(warning) AI Chips: scanning limited (${count} visible)`,
      tooltip: `${describeLimit(scan.limit)} Click to open the sidebar.`,
    };
  }
  return {
    text: `$(circuit-board) ${count}`,
    tooltip: `AI Chips: ${count} in this document. Click to open the sidebar.`,
  };
}
