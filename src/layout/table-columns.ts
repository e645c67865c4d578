// Column widths of a table from its content, decided once for both writers (the PDF's print
// page and the DOCX), the way HTML's automatic table layout decides them: each column has a
// minimum (its longest piece that must not break) and a maximum (its longest cell on one line);
// every column gets its minimum and the rest of the 版心 is shared by how much more each wants
// (with a level between them: short cells kept whole while there is room).
// Content-blind shares wrapped "贺州/市" in every row and set the header "序/号".

import { ELEMENT } from './gbt9704.js';
import { widthInChars } from './text-width.js';

export const TABLE = {
  /** rules of half a point: the standard sets none for tables; it is what printed notices show */
  rulePt: 0.5,
  /** left and right cell padding: Word's own default (0.19 cm, 108 twips) */
  cellPaddingPt: 5.4,
  /**
   * A table line's height and the cell padding above and below it, in ems of the table text, as
   * print.css sets them (line-height: 1.5; padding: 0.2em): the DOCX rows are as tall as the PDF's,
   * so that an attachment's table runs over as many pages in both.
   */
  lineHeightEm: 1.5,
  cellPaddingBlockEm: 0.2,
  /**
   * A cell of up to this many characters ("贺州市", "微信", "头条号") is never broken: a break in it
   * leaves one or two characters alone on a line.
   */
  shortCellChars: 4,
  /**
   * A cell of up to this many characters ("内容不更新", "第10号账号") stays whole while the table has
   * room for it: broken, it too can leave one character alone ("内容不更/新").
   */
  wholeCellChars: 8,
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

/** The widest piece of a cell that must stay on one line when cells of up to `wholeChars` characters stay whole, in 字. */
function unbrokenWidth(text: string, wholeChars: number): number {
  if ([...text].length <= wholeChars) return widthInChars(text);
  const words = text.match(LATIN_WORD) ?? [];
  const widestWord = Math.max(0, ...words.map(widthInChars));
  // one CJK character is the narrowest any cell can be set
  return Math.max(1, Math.min(widestWord, TABLE.longestUnbrokenWordChars));
}

/**
 * A column's content widths in 字, narrowest first: what it needs (short cells and the header
 * whole, the header being set nowrap), what keeps its cells of up to wholeCellChars whole, and
 * its longest cell on one line.
 */
function columnLevels(column: ColumnTexts): number[] {
  const header = widthInChars(column.header);
  const levels = [header, header, header];
  for (const cell of column.cells) {
    levels[0] = Math.max(levels[0]!, unbrokenWidth(cell, TABLE.shortCellChars));
    levels[1] = Math.max(levels[1]!, unbrokenWidth(cell, TABLE.wholeCellChars));
    levels[2] = Math.max(levels[2]!, widthInChars(cell));
  }
  // each level at least the one before: a long Latin word can need more than a whole short cell
  for (let level = 1; level < levels.length; level += 1) levels[level] = Math.max(levels[level]!, levels[level - 1]!);
  return levels.map((width) => width + TABLE.measureSlackChars);
}

/**
 * Content widths in 字 sharing `available`, as HTML's automatic table layout shares it between
 * minimum and maximum widths, here over several levels: every column gets the widest level all
 * columns can have together, and the rest is shared in proportion to what each wants up to the
 * next level; once all have their maximum, the rest goes in proportion to the maxima. When even
 * the first level does not fit, it shrinks alike (nothing else can).
 */
function sharedWidths(levels: readonly number[][], available: number): number[] {
  const sums = levels[0]!.map((_, level) => levels.reduce((sum, column) => sum + column[level]!, 0));
  const last = sums.length - 1;
  if (sums[0]! >= available) return levels.map((column) => (column[0]! * available) / sums[0]!);
  if (sums[last]! <= available) return levels.map((column) => column[last]! + ((available - sums[last]!) * column[last]!) / sums[last]!);
  // sums grow level by level: the last level that fits, with the next one too wide
  const below = sums.findIndex((sum) => sum > available) - 1;
  const share = (available - sums[below]!) / (sums[below + 1]! - sums[below]!);
  return levels.map((column) => column[below]! + (column[below + 1]! - column[below]!) * share);
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
  const contentWidths = sharedWidths(columns.map(columnLevels), Math.max(0, available));
  const widths = contentWidths.map((chars) => Math.floor(chars * charTwip + frameTwip));
  // what rounding left over goes to the widest column, so the table spans its width exactly
  const widest = widths.indexOf(Math.max(...widths));
  widths[widest]! += tableWidthTwip - widths.reduce((sum, width) => sum + width, 0);
  return widths;
}
