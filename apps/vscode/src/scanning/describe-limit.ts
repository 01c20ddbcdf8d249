import { MAX_LINE_LENGTH, type ScanLimit } from '@aichips/sdk';

const kb = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;

/** One sentence for the status bar tooltip and the sidebar. */
export function describeLimit(limit: ScanLimit): string {
  switch (limit.reason) {
    case 'file-size':
      return `The file is ${kb(limit.size)}, over the ${kb(limit.maxSize)} limit (aichips.maxFileSize): only the visible lines are scanned.`;
    case 'long-line':
      return `Line ${limit.line + 1} is ${limit.length.toLocaleString('en-US')} characters long (limit ${MAX_LINE_LENGTH.toLocaleString('en-US')}): only the visible lines are scanned, long lines never.`;
    case 'too-large':
      return `The file is ${kb(limit.size)}, too large for VS Code to share with extensions: nothing is scanned.`;
  }
}
