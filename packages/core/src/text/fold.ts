const WIDE_FORM = /[\uff01-\uff5e\u3000]/;

/** Full-width ASCII (Ｈ２０) and the ideographic space become their ASCII forms; nothing else changes. */
export function foldWidth(text: string): string {
  // Most text has nothing to fold: one native test spares it a unit-by-unit copy.
  if (!WIDE_FORM.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += text[i];
  }
  return out;
}

const SEPARATORS = /[\s\-‐‑‒–—_]+/g;

/**
 * The key names are compared by in look-ups: width-, case- and spacing-insensitive, so "Ascend 910C",
 * "ascend-910c" and "ＡＳＣＥＮＤ９１０Ｃ" meet. Chinese text passes through unchanged.
 */
export function nameKey(text: string): string {
  return foldWidth(text)
    .toLowerCase()
    .replace(SEPARATORS, '')
    .replace(/[’']s$/, '');
}
