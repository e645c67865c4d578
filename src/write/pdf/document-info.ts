// The PDF's document properties (its Info dictionary), set by tongbao rather than left as
// Chromium writes them: Chromium names its own user-agent string as the Creator, leaves the
// Author empty and stamps the wall clock, so two builds would differ and the file would not say
// who issued it. Chromium's Info dictionary is blanked where it stands (the same number of bytes,
// so every cross-reference offset stays right) and a new one is appended as an incremental
// update (ISO 32000-1, 7.5.6): new object, cross-reference section, trailer pointing back.

export interface DocumentInfo {
  readonly title: string;
  readonly author: string;
  readonly subject?: string;
  readonly keywords?: string;
  readonly creator: string;
  readonly producer: string;
  /** ISO date (YYYY-MM-DD): creation and modification date alike, so the same input gives the same bytes */
  readonly date: string;
}

/** 2025-10-15 → D:20251015000000+00'00' */
export function pdfDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new Error(`成文日期应为 YYYY-MM-DD，实为“${isoDate}”`);
  return `D:${match[1]}${match[2]}${match[3]}000000+00'00'`;
}

/** A text string in UTF-16BE with its byte-order mark, as hex: any Chinese text, no escaping. */
function textString(text: string): string {
  // a JavaScript string is UTF-16 already: its code units, surrogate pairs included, are the string's bytes
  const hex = Array.from({ length: text.length }, (_, i) => text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0'));
  return `<FEFF${hex.join('')}>`;
}

interface Trailer {
  readonly size: number;
  readonly root: string;
  readonly info: number;
  readonly startxref: number;
}

/** The last trailer of a PDF with a classic cross-reference table, as Chromium (Skia) writes it. */
function lastTrailer(text: string): Trailer {
  const trailerAt = text.lastIndexOf('trailer');
  const trailer = /trailer\s*<<([\s\S]*?)>>\s*startxref\s+(\d+)\s+%%EOF\s*$/.exec(text.slice(trailerAt));
  const size = /\/Size (\d+)/.exec(trailer?.[1] ?? '');
  const root = /\/Root (\d+ \d+ R)/.exec(trailer?.[1] ?? '');
  const info = /\/Info (\d+) 0 R/.exec(trailer?.[1] ?? '');
  if (!trailer || !size || !root || !info) throw new Error('PDF 的结尾（trailer）不是预期的格式，无法写入文档属性');
  return { size: Number(size[1]), root: root[1]!, info: Number(info[1]), startxref: Number(trailer[2]) };
}

/** The PDF with Chromium's Info dictionary blanked in place and `info` appended as the document's properties. */
export function withDocumentInfo(pdf: Uint8Array, info: DocumentInfo): Uint8Array {
  // latin1 maps every byte to one character and back, so offsets in the text are byte offsets
  const text = Buffer.from(pdf).toString('latin1');
  const trailer = lastTrailer(text);
  const oldInfo = new RegExp(`(?:^|\\n)${trailer.info} 0 obj\\s*(<<[\\s\\S]*?>>)\\s*endobj`).exec(text);
  if (!oldInfo) throw new Error('PDF 中没有找到文档属性（Info）对象');
  const dictionaryAt = oldInfo.index + oldInfo[0].indexOf(oldInfo[1]!);
  // blanked in a copy of the bytes: a long table's PDF is megabytes, too many to rebuild as text
  const blanked = Buffer.from(pdf);
  blanked.write(`<<>>${' '.repeat(oldInfo[1]!.length - 4)}`, dictionaryAt, 'latin1');

  const date = pdfDate(info.date);
  const entries = [
    `/Title ${textString(info.title)}`,
    `/Author ${textString(info.author)}`,
    ...(info.subject ? [`/Subject ${textString(info.subject)}`] : []),
    ...(info.keywords ? [`/Keywords ${textString(info.keywords)}`] : []),
    `/Creator ${textString(info.creator)}`,
    `/Producer ${textString(info.producer)}`,
    `/CreationDate (${date})`,
    `/ModDate (${date})`,
  ];
  const number = trailer.size;
  const separator = text.endsWith('\n') ? '' : '\n';
  const objectAt = blanked.length + separator.length;
  const object = `${number} 0 obj\n<<${entries.join('\n')}>>\nendobj\n`;
  const xrefAt = objectAt + Buffer.byteLength(object, 'latin1');
  const update =
    `${separator}${object}xref\n${number} 1\n${String(objectAt).padStart(10, '0')} 00000 n \n` +
    `trailer\n<</Size ${number + 1}\n/Root ${trailer.root}\n/Info ${number} 0 R\n/Prev ${trailer.startxref}>>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return new Uint8Array(Buffer.concat([blanked, Buffer.from(update, 'latin1')]));
}
