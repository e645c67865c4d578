// Column widths of a table from its content, decided once for both writers (the PDF's print
// page and the DOCX), the way HTML's automatic table layout decides them: each column has a
// minimum (its longest piece that must not break) and a maximum (its longest cell on one line);
// every column gets its minimum and the rest of the 版心 is shared by how much more each wants
// (with a level between them: short cells kept whole while there is room).
// Content-blind shares wrapped "贺州/市" in every row and set the header "序/号".

import { BODY_CHAR_TWIP, ELEMENT, FONT_SIZE_PT } from './gbt9704.js';
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

/** Marks that may not start a line (避头), set with the character before them. */
const NO_LINE_START = /^[，。、；：？！）》」』】〕〉”’…—%·]$/u;
/** Marks that may not end a line (避尾), set with the character after them. */
const NO_LINE_END = /^[（《「『【〔〈“‘]$/u;

/** A piece of a cell that a line break never splits: its width in 字 and how many characters besides marks it holds. */
interface Piece {
  width: number;
  letters: number;
}

/** A cell's pieces in order: single Chinese characters, Latin words, marks joined to their neighbour. */
function pieces(text: string): Piece[] {
  const result: Piece[] = [];
  let opening: Piece | undefined;
  const push = (piece: Piece) => {
    const joined = opening ? { width: opening.width + piece.width, letters: piece.letters } : piece;
    opening = undefined;
    result.push(joined);
  };
  for (const [word] of text.matchAll(/[\u0021-\u007e\u00a0-\u1fff]+|./gsu)) {
    const latin = word.codePointAt(0)! < 0x2000;
    if (latin && widthInChars(word) <= TABLE.longestUnbrokenWordChars) push({ width: widthInChars(word), letters: [...word].length });
    else if (latin) for (const char of word) push({ width: widthInChars(char), letters: 1 });
    else if (NO_LINE_END.test(word)) opening = { width: (opening?.width ?? 0) + 1, letters: 0 };
    else if (NO_LINE_START.test(word) && result.length > 0) result[result.length - 1]!.width += 1;
    else if (/\s/u.test(word)) continue;
    else push({ width: 1, letters: NO_LINE_START.test(word) ? 0 : 1 });
  }
  if (opening) result.push(opening);
  return result;
}

/** Whether `text` set `capacity` 字 wide breaks into lines the last of which holds one character alone ("…旅游/局"). */
function leavesOneCharacter(cell: readonly Piece[], capacity: number): boolean {
  let lines = 1;
  let width = 0;
  let letters = 0;
  for (const piece of cell) {
    if (width > 0 && width + piece.width > capacity) {
      lines += 1;
      width = 0;
      letters = 0;
    }
    width += piece.width;
    letters += piece.letters;
  }
  return lines > 1 && letters === 1;
}

/**
 * What a column `width` 字 wide holds in each writer, in 字: `scale` × width + `add`. Text wider by
 * the measuring slack in some font; Chromium's cell a little wider (the rule is drawn inside it,
 * as a background, and widths are rounded to 1/64 px); the DOCX's characters narrower by the
 * body's character spacing, which its table text inherits (LibreOffice sets 7 characters in 6.9 字).
 */
const CAPACITIES = [
  { scale: 1, add: -TABLE.measureSlackChars },
  { scale: 1, add: TABLE.rulePt / ELEMENT.table.sizePt + 0.05 },
  { scale: ELEMENT.table.sizePt / (ELEMENT.table.sizePt - (FONT_SIZE_PT.sanhao * 20 - BODY_CHAR_TWIP) / 20), add: 0 },
] as const;

/** Whether a column `width` 字 wide leaves no cell with one character alone on its last line, in any writer. */
function setsWithoutLoneCharacter(cells: readonly Piece[][], width: number): boolean {
  return cells.every((cell) => CAPACITIES.every(({ scale, add }) => !leavesOneCharacter(cell, scale * width + add)));
}

/**
 * Where lines can change in a column `lowest` to `highest` 字 wide: text widths are whole halves
 * of a 字, so lines change only where a capacity reaches a half 字.
 */
function lineChanges(lowest: number, highest: number): number[] {
  const points: number[] = [];
  for (let half = Math.floor(lowest * 2) - 1; half / 2 <= highest + 1; half += 1) {
    for (const { scale, add } of CAPACITIES) {
      const point = (half / 2 - add) / scale;
      if (point > lowest && point < highest) points.push(point);
    }
  }
  return points.sort((a, b) => a - b);
}

/** Kept this far inside a run of good widths, so that rounding to whole twips cannot leave it. */
const WIDTH_MARGIN_CHARS = 0.05;

/** A column's width with what it may give or take while no cell of it leaves a character alone. */
interface ColumnRoom {
  readonly good: boolean;
  /** narrowest width, no narrower than its first level, with every width up to the current one good */
  readonly lowest: number;
  /** widest width with every width down to the current one good */
  readonly highest: number;
}

function columnRoom(cells: readonly Piece[][], levels: readonly number[], width: number): ColumnRoom {
  const widest = levels.at(-1)!;
  const good = setsWithoutLoneCharacter(cells, width);
  // a column that leaves a character alone has no run of good widths to move in
  if (!good) return { good, lowest: width, highest: width };
  const below = lineChanges(levels[0]!, width).reverse();
  const lowerBad = below.find((point) => !setsWithoutLoneCharacter(cells, point - WIDTH_MARGIN_CHARS));
  const above = lineChanges(width, widest);
  const upperBad = above.find((point) => !setsWithoutLoneCharacter(cells, point));
  return {
    good,
    lowest: lowerBad === undefined ? levels[0]! : lowerBad + WIDTH_MARGIN_CHARS,
    // beyond its longest cell nothing wraps
    highest: upperBad === undefined ? Number.POSITIVE_INFINITY : upperBad - WIDTH_MARGIN_CHARS,
  };
}

/** `amount` shared between columns in proportion to what each can give or take (up to `amount`), or undefined when they cannot. */
function shares(rooms: readonly number[], amount: number): number[] | undefined {
  const capped = rooms.map((room) => Math.max(0, Math.min(room, amount)));
  const total = capped.reduce((sum, room) => sum + room, 0);
  if (total < amount) return undefined;
  return capped.map((room) => (amount * room) / total);
}

/**
 * The shared widths moved so that no cell ends on a line with one character alone ("南湖区文化和旅游/局"):
 * a column that would is widened to the next good width with what the others can spare while
 * theirs stay good, or else narrowed to the previous good one (no narrower than its short cells),
 * the others taking what it gives.
 */
function withoutLoneCharacters(columns: readonly ColumnTexts[], levels: readonly number[][], shared: readonly number[]): number[] {
  const cells = columns.map((column) => column.cells.map(pieces));
  const widths = [...shared];
  widths.forEach((width, column) => {
    const room = (other: number) => columnRoom(cells[other]!, levels[other]!, widths[other]!);
    const own = room(column);
    if (own.good) return;
    const others = widths.map((_, other) => (other === column ? undefined : room(other)));
    const wider = lineChanges(width, levels[column]!.at(-1)!).find((point) => setsWithoutLoneCharacter(cells[column]!, point + WIDTH_MARGIN_CHARS));
    const widerBy = (wider ?? levels[column]!.at(-1)!) + WIDTH_MARGIN_CHARS - width;
    const given = shares(others.map((other, i) => (other ? widths[i]! - other.lowest : 0)), widerBy);
    if (given) {
      given.forEach((amount, i) => (widths[i]! -= amount));
      widths[column] = width + widerBy;
      return;
    }
    const narrower = lineChanges(levels[column]![0]!, width)
      .reverse()
      .find((point) => setsWithoutLoneCharacter(cells[column]!, point - WIDTH_MARGIN_CHARS));
    if (narrower === undefined) return;
    const narrowerBy = width - Math.max(levels[column]![0]!, narrower - WIDTH_MARGIN_CHARS);
    const taken = shares(others.map((other, i) => (other ? other.highest - widths[i]! : 0)), narrowerBy);
    if (!taken) return;
    taken.forEach((amount, i) => (widths[i]! += amount));
    widths[column] = width - narrowerBy;
  });
  return widths;
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
  const levels = columns.map(columnLevels);
  const contentWidths = withoutLoneCharacters(columns, levels, sharedWidths(levels, Math.max(0, available)));
  const widths = contentWidths.map((chars) => Math.floor(chars * charTwip + frameTwip));
  // what rounding left over goes to the widest column, so the table spans its width exactly
  const widest = widths.indexOf(Math.max(...widths));
  widths[widest]! += tableWidthTwip - widths.reduce((sum, width) => sum + width, 0);
  return widths;
}
