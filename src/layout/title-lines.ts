// Where a 标题 (and an attachment's title) breaks into lines. GB/T 9704 7.3.1: 回行时要做到词意
// 完整，排列对称，长短适宜，间距恰当；标题排列应当使用梯形或菱形. Breaks fall only between words
// (Intl.Segmenter, with rules for what its dictionary splits that a reader keeps together), no line
// is a single character, and of the ways to set the title in the fewest lines the most even one
// whose line lengths rise and then fall (梯形, 菱形) wins. Computed once, in compose, so every
// writer prints the same lines.

import { ELEMENT, PAGE } from './gbt9704.js';
import { widthInChars } from './text-width.js';

const MM_PER_PT = 25.4 / 72;

/** 2号 characters on a line of the 版心: 156 mm / 22 pt ≈ 20. */
export const TITLE_CHARS_PER_LINE = Math.floor(PAGE.textWidthMm / (ELEMENT.title.sizePt * MM_PER_PT));

const words = new Intl.Segmenter('zh', { granularity: 'word' });

/** Marks that may not open a line (避头) and that may not close one (避尾). */
const NO_LINE_START = /^[，。、；：？！）》」』〕】〉…—’”％%·.,;:!?)\]]/u;
const NO_LINE_END = /[（《「『〔【〈‘“([]$/u;
const LATIN_OR_DIGIT_END = /[0-9A-Za-z]$/;

/**
 * Single characters the segmenter leaves alone although a reader reads them with a neighbour:
 * prefixes go with the word after them (全市, 新媒体, 各区), suffixes with the word before (示例市,
 * 2020年, 情况的). Conjunctions may start or end a line. Any other lone character keeps both
 * neighbours, since the dictionary did not know the word it belongs to.
 */
const PREFIXES = new Set('全各本新该原总副非第每这那其首'.split(''));
const SUFFIXES = new Set('市省县区州盟旗镇乡村局厅委办部处室站所院会性化率等的们年月日号季者家个类级期批'.split(''));
const CONJUNCTIONS = new Set('和与及或并'.split(''));

type Side = 'before' | 'after';

/** Whether a one-character word lets a line end right after it ('after') or start right before it ('before'). */
function loneCharacterAllows(char: string, side: Side): boolean {
  if (CONJUNCTIONS.has(char)) return true;
  if (PREFIXES.has(char)) return side === 'before';
  if (SUFFIXES.has(char)) return side === 'after';
  return false;
}

const isLoneHan = (word: string) => [...word].length === 1 && /\p{Script=Han}/u.test(word);

/** Terms of these notices that the segmenter cuts in two (政务/新媒体, 政府/网站). */
const TERMS = ['政务新媒体', '政府网站', '门户网站', '人民政府', '政府系统'];

const splitsTerm = (before: string, after: string) =>
  TERMS.some((term) => [...term].some((_, k) => k > 0 && before.endsWith(term.slice(0, k)) && after.startsWith(term.slice(k))));

/**
 * Whether a line may end between two neighbouring words; `before` is all the text since the last
 * place a line could end (a rule sees 2025年 where the segmenter gave 2025 and 年), `after` all
 * the text from `next` on.
 */
function breakable(options: { before: string; previous: string; next: string; after: string }): boolean {
  const { before, previous, next, after } = options;
  if (NO_LINE_START.test(next) || NO_LINE_END.test(previous)) return false;
  if (splitsTerm(before, after)) return false;
  // a number with its unit (2020年, 18号) and a Latin word with what follows it
  if (LATIN_OR_DIGIT_END.test(previous)) return false;
  // an ordinal with what it counts (第一/季度), a year with what it dates (2025年/第三季度)
  if (previous.startsWith('第') || /\d年$/.test(before)) return false;
  if (isLoneHan(previous) && !loneCharacterAllows(previous, 'after')) return false;
  if (isLoneHan(next) && !loneCharacterAllows(next, 'before')) return false;
  return true;
}

/**
 * Where a title's phrases meet: around 关于 (between the issuer and the subject), around a
 * conjunction, after 的, before 暨 and before a date. A break there keeps whole phrases on each
 * line; a break between two words of one phrase (政府/网站) costs as much as lines two
 * characters less even.
 */
const PHRASE_END = /(?:关于|的|[和与及或并])$/u;
const PHRASE_START = /^(?:关于|对|暨|[和与及或并]|\d)/u;
const INSIDE_PHRASE_COST = 4;

function breakCost(previous: string, next: string): number {
  return PHRASE_END.test(previous) || PHRASE_START.test(next) ? 0 : INSIDE_PHRASE_COST;
}

/** The text cut into the pieces no line break may fall inside, in order. */
export function unbreakablePieces(text: string): string[] {
  const pieces: string[] = [];
  let previous: string | undefined;
  for (const { segment, index } of words.segment(text)) {
    const joined = previous !== undefined && !breakable({ before: pieces[pieces.length - 1]!, previous, next: segment, after: text.slice(index) });
    if (joined) pieces[pieces.length - 1] += segment;
    else pieces.push(segment);
    previous = segment;
  }
  return pieces;
}

interface Piece {
  readonly text: string;
  readonly width: number;
  /** what a line break right before this piece costs */
  readonly breakCost: number;
}

interface Setting {
  readonly cost: number;
  /** indexes of the pieces that start a new line */
  readonly starts: readonly number[];
}

/**
 * The best way to set pieces[from..] in `lines` lines after a line `previousWidth` wide, given
 * whether the lines have already started getting shorter (a 梯形 or 菱形 never widens again).
 */
function bestSetting(options: {
  pieces: readonly Piece[];
  maxWidth: number;
  mean: number;
  memo: Map<string, Setting | undefined>;
  from: number;
  lines: number;
  previousWidth: number;
  narrowing: boolean;
}): Setting | undefined {
  const { pieces, maxWidth, mean, memo, from, lines, previousWidth, narrowing } = options;
  const key = `${from}/${lines}/${previousWidth}/${narrowing}`;
  if (memo.has(key)) return memo.get(key);
  let best: Setting | undefined;
  let width = 0;
  for (let end = from + 1; end <= pieces.length; end += 1) {
    width += pieces[end - 1]!.width;
    if (width > maxWidth) break;
    const last = lines === 1;
    if (last !== (end === pieces.length)) continue;
    // never a line of one character; a line that differs by a character or less keeps the shape
    if (width <= 1) continue;
    const widens = width > previousWidth + 1;
    const narrows = width < previousWidth - 1;
    if (narrowing && widens) continue;
    // the first line may be the longest (正梯形) or not; a tie-break prefers a longer first line
    const here = (width - mean) ** 2 + (from === 0 ? 0 : pieces[from]!.breakCost + (widens ? 0.01 : 0));
    const rest = last
      ? { cost: 0, starts: [] }
      : bestSetting({ ...options, from: end, lines: lines - 1, previousWidth: width, narrowing: narrowing || (from > 0 && narrows) });
    if (!rest) continue;
    const cost = here + rest.cost;
    if (!best || cost < best.cost) best = { cost, starts: last ? [] : [end, ...rest.starts] };
  }
  memo.set(key, best);
  return best;
}

/** The lines of pieces set in as few lines as fit, balanced; undefined when no setting fits. */
function balancedLines(texts: readonly string[], maxWidth: number): string[] | undefined {
  const pieces = texts.map((text, i): Piece => ({ text, width: widthInChars(text), breakCost: i === 0 ? 0 : breakCost(texts[i - 1]!, text) }));
  const total = pieces.reduce((sum, piece) => sum + piece.width, 0);
  for (let lines = Math.max(1, Math.ceil(total / maxWidth)); lines <= pieces.length; lines += 1) {
    const setting = bestSetting({ pieces, maxWidth, mean: total / lines, memo: new Map(), from: 0, lines, previousWidth: Infinity, narrowing: false });
    if (!setting) continue;
    const bounds = [0, ...setting.starts, texts.length];
    return bounds.slice(1).map((end, i) => texts.slice(bounds[i], end).join(''));
  }
  return undefined;
}

/**
 * A title's text (without manual breaks) as lines of at most `maxChars` 2号 characters. Breaks
 * fall between unbreakable pieces; a piece too long for a line (a long name the dictionary does
 * not know) is opened up into the segmenter's words, and as a last resort into characters.
 */
export function titleLines(text: string, maxChars: number = TITLE_CHARS_PER_LINE): string[] {
  if (widthInChars(text) <= maxChars) return [text];
  const attempts = [unbreakablePieces(text), [...words.segment(text)].map((s) => s.segment), [...text]];
  for (const pieces of attempts) {
    const lines = balancedLines(pieces, maxChars);
    if (lines) return lines;
  }
  return [text];
}
