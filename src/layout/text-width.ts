// Widths of short texts in 字 (body characters), for the layouts GB/T 9704 states in characters:
// signature indents, 附件说明 hanging indents, table column shares, the 版头's organ name.

/** Characters below this code point are Latin letters, digits and marks, set in Times New Roman. */
export const LATIN_BELOW = 0x2000;
/** A Latin character's width in 字. */
export const LATIN_CHAR_WIDTH = 0.5;

/**
 * Width in 字: a Chinese character or full-width mark is one, a Latin letter or digit (set in
 * Times New Roman) about half — 7.3.5.4 dates like 2025年10月15日 rely on this. Counted by UTF-16
 * unit, a surrogate pair as the one character it is: a national attachment measures tens of
 * thousands of cells, and iterating a string by code point costs several times as much.
 */
export function widthInChars(text: string): number {
  let width = 0;
  for (let at = 0; at < text.length; at += 1) {
    const unit = text.charCodeAt(at);
    if (unit < LATIN_BELOW) width += LATIN_CHAR_WIDTH;
    else {
      width += 1;
      if (isSurrogatePair(text, at)) at += 1;
    }
  }
  return width;
}

/** How many characters (code points) `text` holds, without building an array of them. */
export function characterCount(text: string): number {
  let count = 0;
  for (let at = 0; at < text.length; at += isSurrogatePair(text, at) ? 2 : 1) count += 1;
  return count;
}

/** Whether the units at `at` are a high and a low surrogate: one character outside the BMP. */
export function isSurrogatePair(text: string, at: number): boolean {
  const unit = text.charCodeAt(at);
  if (unit < 0xd800 || unit > 0xdbff) return false;
  const next = text.charCodeAt(at + 1);
  return next >= 0xdc00 && next <= 0xdfff;
}
