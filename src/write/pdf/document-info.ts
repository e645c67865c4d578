// The PDF's document properties (its Info dictionary), set by tongbao rather than left as
// Chromium writes them: Chromium names its own user-agent string as the Creator, leaves the
// Author empty and stamps the wall clock, so two builds would differ and the file would not say
// who issued it. Chromium's Info dictionary is blanked where it stands (the same number of bytes,
// so every cross-reference offset stays right) and a new one is appended as an incremental
// update (ISO 32000-1, 7.5.6): new object, cross-reference section, trailer pointing back.

import { pdfObjects, withRevision } from './pdf-objects.js';

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
export function textString(text: string): string {
  // a JavaScript string is UTF-16 already: its code units, surrogate pairs included, are the string's bytes
  const hex = Array.from({ length: text.length }, (_, i) => text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0'));
  return `<FEFF${hex.join('')}>`;
}

/** The PDF with Chromium's Info dictionary blanked in place and `info` appended as the document's properties. */
export function withDocumentInfo(pdf: Uint8Array, info: DocumentInfo): Uint8Array {
  // latin1 maps every byte to one character and back, so offsets in the text are byte offsets
  const text = Buffer.from(pdf).toString('latin1');
  const { trailer } = pdfObjects(text);
  const oldInfo = trailer.info === undefined ? undefined : new RegExp(`(?:^|\\n)${trailer.info} 0 obj\\s*(<<[\\s\\S]*?>>)\\s*endobj`).exec(text);
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
  return withRevision(blanked, {
    objects: new Map([[number, `<<${entries.join('\n')}>>`]]),
    size: number + 1,
    trailerEntries: [`/Root ${trailer.root} 0 R`, `/Info ${number} 0 R`],
    prev: trailer.startxref,
  });
}
