import type { MentionRecord } from './scan-file';

/**
 * One JSON object per line per mention, keys in a fixed order (the README documents the schema):
 * `{"file","start","end","line","column","text","id","kind"}`. Empty for no mentions.
 */
export function formatJsonlMentions(mentions: readonly MentionRecord[]): string {
  let out = '';
  for (const { file, start, end, line, column, text, id, kind } of mentions) {
    out += `${JSON.stringify({ file, start, end, line, column, text, id, kind })}\n`;
  }
  return out;
}
