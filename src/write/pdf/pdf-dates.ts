// Chromium stamps /CreationDate and /ModDate with the wall clock, the only bytes that differ
// between two renders. Overwriting both with the notice's date, in a string of the same
// length, keeps every xref offset valid and makes builds byte-identical.

const PDF_DATE = /\/(CreationDate|ModDate) \((D:\d{14}[+\-Z][^)]*)\)/g;

/** 2025-10-15 → D:20251015000000+00'00' */
export function pdfDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new Error(`成文日期应为 YYYY-MM-DD，实为“${isoDate}”`);
  return `D:${match[1]}${match[2]}${match[3]}000000+00'00'`;
}

export function withFixedDates(options: { pdf: Uint8Array; date: string }): Uint8Array {
  const fixed = pdfDate(options.date);
  const text = Buffer.from(options.pdf).toString('latin1');
  let replaced = 0;
  const result = text.replace(PDF_DATE, (_whole, key: string, stamp: string) => {
    if (stamp.length !== fixed.length) throw new Error(`PDF 日期“${stamp}”的长度与“${fixed}”不同，替换会破坏交叉引用表`);
    replaced += 1;
    return `/${key} (${fixed})`;
  });
  if (replaced === 0) throw new Error('PDF 中没有找到 /CreationDate 或 /ModDate');
  return new Uint8Array(Buffer.from(result, 'latin1'));
}
