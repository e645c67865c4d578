// Widths of short texts in 字 (body characters), for the layouts GB/T 9704 states in characters:
// signature indents, 附件说明 hanging indents, table column shares, the 版头's organ name.

/**
 * Width in 字: a Chinese character or full-width mark is one, a Latin letter or digit (set in
 * Times New Roman) about half — 7.3.5.4 dates like 2025年10月15日 rely on this.
 */
export function widthInChars(text: string): number {
  let width = 0;
  for (const char of text) width += char.codePointAt(0)! < 0x2000 ? 0.5 : 1;
  return width;
}
