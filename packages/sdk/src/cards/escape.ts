// Every string that comes from data or from a document goes through one of these before rendering.

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Plain text for a terminal: control characters (ANSI escapes, bidi overrides) removed. */
export function escapeText(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '');
}

/**
 * Markdown-inert text: every punctuation mark Markdown could act on is backslash-escaped, HTML cannot
 * open, and "://" / "www." are broken so no autolink (or command: URI) can form. Newlines become spaces.
 */
export function escapeMarkdown(text: string): string {
  return escapeText(text)
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_{}[\]()<>#+\-.!|~:&@$]/g, (c) =>
      c === ':' || c === '&' || c === '@' ? `&#${c.charCodeAt(0)};` : `\\${c}`,
    )
    .replace(/www\\\./gi, (m) => `${m.slice(0, 3)}&#46;`);
}

/** HTML text or attribute content. */
export function escapeHtml(text: string): string {
  return escapeText(text).replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A link target we are willing to emit: https only, percent-encoding what could end the Markdown link. */
export function safeHttpsUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:') return undefined;
  return parsed.href.replace(
    /[()<>\s"'`\\]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}
