// Column widths of a table from its content, decided once for both writers (the PDF's print
// page and the DOCX), the way HTML's automatic table layout decides them: each column has a
// minimum (its longest piece that must not break) and a maximum (its longest cell on one line);
// every column gets its minimum and the rest of the 版心 is shared by how much more each wants.
// Content-blind shares wrapped "贺州/市" in every row and set the header "序/号".

import { ELEMENT } from './gbt9704.js';
import { widthInChars } from './text-width.js';

export const TABLE = {
  /** rules of half a point: the standard sets none for tables; it is what printed notices show */
  rulePt: 0.5,
  /** left and right cell padding: Word's own default (0.19 cm, 108 twips) */
  cellPaddingPt: 5.4,
  /**
   * A cell of up to this many characters ("贺州市", "微信", "内容不更新" not) is never broken:
   * a break in it leaves one or two characters alone on a line.
   */
  shortCellChars: 4,
  /**
   * Width in 字 added to every measured text: Latin letters and digits are counted at half a
   * character, and faces differ by a little; a short cell must fit in every writer's font.
   */
  measureSlackChars: 0.3,
  /** a Latin word or number longer than this may break (an address, a URL), so it sets no wider minimum */
  longestUnbrokenWordChars: 8,
} as const;

/** A column's texts: the header and every body cell, as plain text. */
export interface ColumnTexts {
  readonly header: string;
  readonly cells: readonly string[];
}

/** Latin words and numbers, which break only at their ends. */
const LATIN_WORD = /[\u0021-\u007e\u00a0-\u1fff]+/g;

/** The widest piece of a body cell that must stay on one line, in 字. */
function unbrokenWidth(text: string): number {
  if ([...text].length <= TABLE.shortCellChars) return widthInChars(text);
  const words = text.match(LATIN_WORD) ?? [];
  const widestWord = Math.max(0, ...words.map(widthInChars));
  // one CJK character is the narrowest any cell can be set
  return Math.max(1, Math.min(widestWord, TABLE.longestUnbrokenWordChars));
}

interface ContentRange {
  readonly min: number;
  readonly max: number;
}

/** Min and max content widths of a column in 字: the header is never broken (it is set nowrap). */
function contentRange(column: ColumnTexts): ContentRange {
  let min = widthInChars(column.header);
  let max = min;
  for (const cell of column.cells) {
    const whole = widthInChars(cell);
    if (whole > max) max = whole;
    const unbroken = unbrokenWidth(cell);
    if (unbroken > min) min = unbroken;
  }
  return { min: min + TABLE.measureSlackChars, max: Math.max(min, max) + TABLE.measureSlackChars };
}

/**
 * Content widths in 字 sharing `available`: every column its minimum, the rest in proportion to
 * what each still wants (max − min) until all have their maximum; beyond that in proportion to
 * the maxima. When even the minima do not fit, they shrink alike (nothing else can).
 */
function sharedWidths(ranges: readonly ContentRange[], available: number): number[] {
  const sumMin = ranges.reduce((sum, range) => sum + range.min, 0);
  const sumMax = ranges.reduce((sum, range) => sum + range.max, 0);
  if (sumMin >= available) return ranges.map((range) => (range.min * available) / sumMin);
  if (sumMax <= available) return ranges.map((range) => range.max + ((available - sumMax) * range.max) / sumMax);
  const share = (available - sumMin) / (sumMax - sumMin);
  return ranges.map((range) => range.min + (range.max - range.min) * share);
}

/**
 * Column widths in twips, whole numbers that add up to `tableWidthTwip`: each column's content
 * width (table text of ELEMENT.table's size) plus its cell padding and one rule.
 */
export function tableColumnWidthsTwip(columns: readonly ColumnTexts[], tableWidthTwip: number): number[] {
  if (columns.length === 0) return [];
  const charTwip = ELEMENT.table.sizePt * 20;
  const frameTwip = (2 * TABLE.cellPaddingPt + TABLE.rulePt) * 20;
  const available = (tableWidthTwip - columns.length * frameTwip) / charTwip;
  const contentWidths = sharedWidths(columns.map(contentRange), Math.max(0, available));
  const widths = contentWidths.map((chars) => Math.floor(chars * charTwip + frameTwip));
  // what rounding left over goes to the widest column, so the table spans its width exactly
  const widest = widths.indexOf(Math.max(...widths));
  widths[widest]! += tableWidthTwip - widths.reduce((sum, width) => sum + width, 0);
  return widths;
}
