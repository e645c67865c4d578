// Column widths of a table from its content, decided once for both writers (the PDF's print
// page and the DOCX), the way HTML's automatic table layout decides them: each column has a
// minimum (its longest piece that must not break) and a maximum (its longest cell on one line);
// every column gets its minimum; when all maxima fit the rest of the 版心 is shared by how much
// more each wants, and when they do not, it goes where it saves the most lines.
// Content-blind shares wrapped "贺州/市" in every row and set the header "序/号".

import { BODY_CHAR_TWIP, ELEMENT, FONT_SIZE_PT } from './gbt9704.js';
import { characterCount, isSurrogatePair, LATIN_BELOW, LATIN_CHAR_WIDTH, widthInChars } from './text-width.js';

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

/**
 * Whether a UTF-16 unit belongs to a Latin word or number, which breaks only at its ends: letters,
 * digits and marks below U+2000 but spaces and control characters. Every such unit is a character.
 */
const inLatinWord = (unit: number) => (unit >= 0x21 && unit <= 0x7e) || (unit >= 0xa0 && unit < LATIN_BELOW);

/** Where the Latin word at `at` ends: `at` itself when none starts there. */
function latinWordEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && inLatinWord(text.charCodeAt(end))) end += 1;
  return end;
}

/** The widest piece of a cell that must stay on one line, in 字: all of a short cell. */
function unbrokenWidth(text: string): number {
  if (characterCount(text) <= TABLE.shortCellChars) return widthInChars(text);
  let widestWord = 0;
  for (let at = 0; at < text.length; ) {
    const end = latinWordEnd(text, at);
    widestWord = Math.max(widestWord, (end - at) * LATIN_CHAR_WIDTH);
    at = Math.max(end, at + 1);
  }
  // one CJK character is the narrowest any cell can be set
  return Math.max(1, Math.min(widestWord, TABLE.longestUnbrokenWordChars));
}

/**
 * A column's content widths in 字, narrowest first: what it needs (short cells and the header
 * whole, the header being set nowrap), and its longest cell on one line.
 */
function columnLevels(column: ColumnTexts, cells: ColumnCells): number[] {
  const header = widthInChars(column.header);
  const levels = [header, header];
  for (const cell of cells.texts) {
    levels[0] = Math.max(levels[0]!, unbrokenWidth(cell));
    levels[1] = Math.max(levels[1]!, widthInChars(cell));
  }
  // the longest at least what it needs: a long Latin word can need more than the longest cell's width
  levels[1] = Math.max(levels[1]!, levels[0]!);
  return levels.map((width) => width + TABLE.measureSlackChars);
}

/**
 * Content widths in 字 sharing `available` between minimum and maximum widths: when all maxima
 * fit, every column gets its maximum and the rest in proportion to the maxima, as HTML's automatic
 * table layout shares it; when they do not, every column gets its minimum and the rest goes where
 * it saves the most lines (fewestLines) — HTML's proportional share gave a 2,000-row list of
 * failing accounts a problems column of 4 characters and 275 pages. When even the minima do not
 * fit, they shrink alike (nothing else can).
 */
function sharedWidths(cells: readonly ColumnCells[], levels: readonly number[][], available: number): number[] {
  const sums = levels[0]!.map((_, level) => levels.reduce((sum, column) => sum + column[level]!, 0));
  const last = sums.length - 1;
  if (sums[0]! >= available) return levels.map((column) => (column[0]! * available) / sums[0]!);
  if (sums[last]! <= available) return levels.map((column) => column[last]! + ((available - sums[last]!) * column[last]!) / sums[last]!);
  return fewestLines(cells, levels, levels.map((column) => column[0]!), available);
}

/** Marks that may not start a line (避头), set with the character before them. */
const NO_LINE_START = codePoints('，。、；：？！）》」』】〕〉”’…—%·');
/** Marks that may not end a line (避尾), set with the character after them. */
const NO_LINE_END = codePoints('（《「『【〔〈“‘');
/** What /\s/u matches from U+2000 up (spaces below it are measured as Latin): no piece of their own. */
const WIDE_SPACES = new Set([...Array.from({ length: 11 }, (_, i) => 0x2000 + i), 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]);

function codePoints(chars: string): ReadonlySet<number> {
  return new Set(Array.from(chars, (char) => char.codePointAt(0)!));
}

/**
 * A cell's pieces, the parts a line break never splits, in order: each one's width in 字 and how many
 * characters besides marks it holds. Two arrays of numbers rather than an object a piece: a
 * national attachment's cells have hundreds of thousands of pieces.
 */
interface Pieces {
  readonly widths: number[];
  readonly letters: number[];
}

/**
 * A cell's pieces: single Chinese characters, Latin words, marks joined to their neighbour. Read
 * unit by unit rather than with a regular expression, for the same reason.
 */
function pieces(text: string): Pieces {
  const widths: number[] = [];
  const letters: number[] = [];
  // the width of opening marks waiting for the piece they open
  let opening = 0;
  const push = (width: number, count: number) => {
    widths.push(opening + width);
    letters.push(count);
    opening = 0;
  };
  let at = 0;
  while (at < text.length) {
    const end = latinWordEnd(text, at);
    if (end > at) {
      const count = end - at;
      if (count * LATIN_CHAR_WIDTH <= TABLE.longestUnbrokenWordChars) push(count * LATIN_CHAR_WIDTH, count);
      else for (let letter = 0; letter < count; letter += 1) push(LATIN_CHAR_WIDTH, 1);
      at = end;
      continue;
    }
    const char = text.codePointAt(at)!;
    at += isSurrogatePair(text, at) ? 2 : 1;
    // a space or control character below U+2000 is measured like a Latin letter, on its own
    if (char < LATIN_BELOW) push(LATIN_CHAR_WIDTH, 1);
    else if (NO_LINE_END.has(char)) opening += 1;
    else if (NO_LINE_START.has(char) && widths.length > 0) widths[widths.length - 1]! += 1;
    else if (WIDE_SPACES.has(char)) continue;
    else push(1, NO_LINE_START.has(char) ? 0 : 1);
  }
  if (opening > 0) {
    widths.push(opening);
    letters.push(0);
  }
  return { widths, letters };
}

/**
 * A column's body cells, each distinct text measured once: cells repeat ("监测点前两周未更新" in
 * most rows of a problems column, a province's name in a thousand), and a national attachment has
 * thousands of rows. What holds for every cell holds for every distinct text.
 */
interface ColumnCells {
  /** the distinct texts, in the order they first appear */
  readonly texts: readonly string[];
  /** each distinct text's pieces */
  readonly pieces: readonly Pieces[];
  /** each row's text, as its index in `texts` */
  readonly rows: Uint32Array;
}

function columnCells(cells: readonly string[]): ColumnCells {
  const index = new Map<string, number>();
  const rows = new Uint32Array(cells.length);
  cells.forEach((cell, row) => {
    let text = index.get(cell);
    if (text === undefined) {
      text = index.size;
      index.set(cell, text);
    }
    rows[row] = text;
  });
  const texts = [...index.keys()];
  return { texts, pieces: texts.map(pieces), rows };
}

/** A cell set `capacity` 字 wide: how many lines, and how many characters besides marks its last line holds. */
function setLines(cell: Pieces, capacity: number): { lines: number; lastLetters: number } {
  let lines = 1;
  let width = 0;
  let letters = 0;
  for (let piece = 0; piece < cell.widths.length; piece += 1) {
    const pieceWidth = cell.widths[piece]!;
    if (width > 0 && width + pieceWidth > capacity) {
      lines += 1;
      width = 0;
      letters = 0;
    }
    width += pieceWidth;
    letters += cell.letters[piece]!;
  }
  return { lines, lastLetters: letters };
}

/** Whether `text` set `capacity` 字 wide breaks into lines the last of which holds one character alone ("…旅游/局"). */
function leavesOneCharacter(cell: Pieces, capacity: number): boolean {
  const { lines, lastLetters } = setLines(cell, capacity);
  return lines > 1 && lastLetters === 1;
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
function setsWithoutLoneCharacter(cells: readonly Pieces[], width: number): boolean {
  for (const cell of cells) for (const { scale, add } of CAPACITIES) if (leavesOneCharacter(cell, scale * width + add)) return false;
  return true;
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

/**
 * A column's lines by row at a content width: the most any writer sets each cell in, which is what
 * the narrowest capacity sets (a narrower line never holds more). Text widths are whole halves of
 * a 字, so only the capacity's whole halves count; each distinct text is set once per capacity.
 */
function columnLines(cells: ColumnCells): (width: number) => ColumnLines {
  const byHalves = new Map<number, ColumnLines>();
  return (width) => {
    const halves = Math.floor(2 * Math.min(...CAPACITIES.map(({ scale, add }) => scale * width + add)));
    let lines = byHalves.get(halves);
    if (!lines) {
      const textLines = cells.pieces.map((cell) => setLines(cell, halves / 2).lines);
      const rows = new Uint16Array(cells.rows.length);
      let total = 0;
      for (let row = 0; row < rows.length; row += 1) {
        rows[row] = textLines[cells.rows[row]!]!;
        total += rows[row]!;
      }
      lines = { rows, total };
      byHalves.set(halves, lines);
    }
    return lines;
  };
}

/** A column's lines: by row, and over all its cells. */
interface ColumnLines {
  readonly rows: Uint16Array;
  readonly total: number;
}

/**
 * For each column, each row's tallest cell in the other columns. Found from each row's tallest and
 * second tallest cell in one pass over the columns, not a pass over the others for each column:
 * this is asked for each column at every step of fewestLines, over thousands of rows.
 */
function othersTallest(current: readonly ColumnLines[], rowCount: number): Uint16Array[] {
  const tallest = new Uint16Array(rowCount);
  const second = new Uint16Array(rowCount);
  const tallestColumn = new Int32Array(rowCount).fill(-1);
  current.forEach(({ rows }, column) => {
    for (let row = 0; row < rowCount; row += 1) {
      const height = rows[row]!;
      if (height > tallest[row]!) {
        second[row] = tallest[row]!;
        tallest[row] = height;
        tallestColumn[row] = column;
      } else if (height > second[row]!) second[row] = height;
    }
  });
  return current.map((_, column) => {
    const others = new Uint16Array(rowCount);
    for (let row = 0; row < rowCount; row += 1) others[row] = tallestColumn[row] === column ? second[row]! : tallest[row]!;
    return others;
  });
}

/** The body's height in lines: each row as tall as its tallest cell, `column` set as `lines` and the others as `othersTallest`. */
function bodyLines(lines: Uint16Array, othersTallest: Uint16Array): number {
  let total = 0;
  for (let row = 0; row < lines.length; row += 1) total += Math.max(lines[row]!, othersTallest[row]!);
  return total;
}

/**
 * `start` widened to fill `available` so that the body is as short as it can be: while some column
 * can be widened to where a row loses a line, the one that saves the most lines for its width
 * takes it (a 2,000-row list of failing accounts shared by longest cells gave its problems column
 * 4 characters, every row 3 or 4 lines tall). What no line can use is shared in proportion to
 * what each column still wants up to its longest cell.
 */
function fewestLines(cells: readonly ColumnCells[], levels: readonly number[][], start: readonly number[], available: number): number[] {
  const widths = [...start];
  let rest = available - widths.reduce((sum, width) => sum + width, 0);
  // a column that leaves a character alone gets its next good width first when that costs no more
  // than an even share of the room ("第10号账/号"): once the others stop at the widths where their
  // rows lose a line, none has any to give it; a column of many varied cells may have no good
  // width short of its longest cell, and the lines elsewhere matter more
  const evenShare = rest / widths.length;
  widths.forEach((width, column) => {
    if (setsWithoutLoneCharacter(cells[column]!.pieces, width)) return;
    const wider = nextGoodWidth(cells[column]!.pieces, levels[column]!, width);
    if (wider - width > evenShare) return;
    rest -= wider - width;
    widths[column] = wider;
  });
  const linesAt = cells.map(columnLines);
  const current = widths.map((width, column) => linesAt[column]!(width));
  const rowCount = Math.max(0, ...current.map((lines) => lines.rows.length));
  for (;;) {
    let best: { column: number; width: number; savedPerChar: number } | undefined;
    const othersTallestByColumn = othersTallest(current, rowCount);
    widths.forEach((width, column) => {
      const othersTallest = othersTallestByColumn[column]!;
      const now = bodyLines(current[column]!.rows, othersTallest);
      const ownNow = current[column]!.total;
      for (const point of lineChanges(width, levels[column]!.at(-1)!)) {
        const wider = point + WIDTH_MARGIN_CHARS;
        if (wider - width > rest) break;
        const lines = linesAt[column]!(wider);
        // a row as tall in another column loses no line yet, but its cell here is on the way:
        // without counting those, a table whose rows are tall in two columns would never start
        const saved = now - bodyLines(lines.rows, othersTallest) + (ownNow - lines.total) / (cells.length + 1);
        if (saved <= 0) continue;
        const savedPerChar = saved / (wider - width);
        if (!best || savedPerChar > best.savedPerChar) best = { column, width: wider, savedPerChar };
        break;
      }
    });
    if (!best) break;
    rest -= best.width - widths[best.column]!;
    widths[best.column] = best.width;
    current[best.column] = linesAt[best.column]!(best.width);
  }
  const wants = widths.map((width, column) => Math.max(0, levels[column]!.at(-1)! - width));
  const wanted = wants.reduce((sum, want) => sum + want, 0);
  return widths.map((width, column) => width + (wanted > 0 ? (rest * wants[column]!) / wanted : rest / widths.length));
}

/** A column's width with what it may give or take while no cell of it leaves a character alone. */
interface ColumnRoom {
  readonly good: boolean;
  /** narrowest width, no narrower than its first level, with every width up to the current one good */
  readonly lowest: number;
  /** widest width with every width down to the current one good */
  readonly highest: number;
}

function columnRoom(cells: readonly Pieces[], levels: readonly number[], width: number): ColumnRoom {
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

/** The next width above `width` at which a column leaves no character alone (beyond its longest cell, none is). */
function nextGoodWidth(cells: readonly Pieces[], levels: readonly number[], width: number): number {
  const wider = lineChanges(width, levels.at(-1)!).find((point) => setsWithoutLoneCharacter(cells, point + WIDTH_MARGIN_CHARS));
  return (wider ?? levels.at(-1)!) + WIDTH_MARGIN_CHARS;
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
function withoutLoneCharacters(cells: ReadonlyArray<readonly Pieces[]>, levels: readonly number[][], shared: readonly number[]): number[] {
  const widths = [...shared];
  widths.forEach((width, column) => {
    const room = (other: number) => columnRoom(cells[other]!, levels[other]!, widths[other]!);
    const own = room(column);
    if (own.good) return;
    const others = widths.map((_, other) => (other === column ? undefined : room(other)));
    const widerBy = nextGoodWidth(cells[column]!, levels[column]!, width) - width;
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
  const cells = columns.map((column) => columnCells(column.cells));
  const levels = columns.map((column, index) => columnLevels(column, cells[index]!));
  const contentWidths = withoutLoneCharacters(
    cells.map((column) => column.pieces),
    levels,
    sharedWidths(cells, levels, Math.max(0, available)),
  );
  const widths = contentWidths.map((chars) => Math.floor(chars * charTwip + frameTwip));
  // what rounding left over goes to the widest column, so the table spans its width exactly
  const widest = widths.indexOf(Math.max(...widths));
  widths[widest]! += tableWidthTwip - widths.reduce((sum, width) => sum + width, 0);
  return widths;
}
