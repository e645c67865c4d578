// Cell values the way sheets really hold them, as the values a YAML record would hold: text
// trimmed, numbers typed as text or in full-width digits read as numbers (keeping their exact
// digits), 是/否/✓/× as booleans, dates as ISO days, veto lists split at their separators,
// platform and status spellings as the configured names. A value that cannot be read is kept
// as the text it is, so the record decoders report it in their own words.

import { DEFAULT_STATUS } from '../../config/defaults.js';
import type { IssuerProfile, UnitStatus } from '../../model/records.js';
import type { PlainScalar } from '../located.js';
import { platformNamed } from './columns.js';
import type { CellValue } from './grid.js';

/** A scalar as the record decoders expect it: the resolved value and the exact text. */
export type ScalarValue = PlainScalar;

/** A cell's text, trimmed; '' for a blank cell. */
export function cellText(cell: CellValue): string {
  // a text first, and trimmed only when an end needs it: each of a national sheet's million
  // cells is read here several times, and hardly one has a space around it
  if (typeof cell === 'string') return mayBeSpace(cell.charCodeAt(0)) || mayBeSpace(cell.charCodeAt(cell.length - 1)) ? cell.trim() : cell;
  if (cell === undefined) return '';
  if (cell instanceof Date) return isoDay(cell);
  if (typeof cell === 'number') return numberText(cell);
  return String(cell).trim();
}

/**
 * Whether a code unit may be one that String.prototype.trim removes (ECMAScript's white space
 * and line terminators; NaN, the end of an empty text, counts too): every other one is not.
 */
function mayBeSpace(code: number): boolean {
  return !(code > 0x20 && code < 0xa0) && !(code > 0xa0 && code < 0x1680) && !(code > 0x3000 && code !== 0xfeff);
}

/** A number's shortest exact decimal text, without an exponent: 12.5, 0.0000001. */
export function numberText(value: number): string {
  const shortest = String(value);
  if (!/e/i.test(shortest)) return shortest;
  return value.toFixed(20).replace(/\.?0+$/, '');
}

/** A date cell as the day it shows: the workbook reader (grid.ts) gives a date's midnight in UTC. */
function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

const FULL_WIDTH_DIGITS = /[０-９．－＋]/gu;

/** Full-width digits, points and signs as ASCII; everything else kept. */
function halfWidthDigits(text: string): string {
  // looked for before replacing: nearly every cell has none, and a test makes no new string
  FULL_WIDTH_DIGITS.lastIndex = 0;
  return FULL_WIDTH_DIGITS.test(text) ? text.replace(FULL_WIDTH_DIGITS, (character) => character.normalize('NFKC')) : text;
}

/** A number written as a number or as text (12.5, ＂１２．５＂, " 12.5 "); other text as it is. */
export function numberValue(cell: CellValue): ScalarValue {
  if (typeof cell === 'number') return { value: cell, source: numberText(cell) };
  const text = halfWidthDigits(cellText(cell));
  return PLAIN_NUMBER.test(text) ? { value: Number(text), source: text } : { value: text, source: text };
}

const TRUE_WORDS = new Set(['是', '✓', '√', '✔', '☑', 'y', 'yes', '1', 'true', '已检查', '检查']);
const FALSE_WORDS = new Set(['否', '×', '✗', '✘', 'x', 'n', 'no', '0', 'false', '未检查', '不检查']);

/** 是/否, ✓/×, Y/N, 1/0 as a boolean; other text as it is. */
export function booleanValue(cell: CellValue): ScalarValue {
  if (typeof cell === 'boolean') return { value: cell, source: cell ? '是' : '否' };
  const text = cellText(cell);
  // the words as offices nearly always write them (是, 否) need no normalising
  const word = TRUE_WORDS.has(text) || FALSE_WORDS.has(text) ? text : halfWidthDigits(text).toLowerCase();
  if (TRUE_WORDS.has(word)) return { value: true, source: text };
  if (FALSE_WORDS.has(word)) return { value: false, source: text };
  return { value: text, source: text };
}

const STATUS_WORDS: ReadonlyArray<readonly [UnitStatus, readonly string[]]> = [
  [DEFAULT_STATUS, ['运行', '正常', '正常运行', '运行中', '在运行', '开通', '正常开通', '在用']],
  ['关停', ['关停', '已关停', '关闭', '已关闭', '停运', '已停运', '注销', '已注销', '下线', '已下线']],
  ['建设中', ['建设中', '在建', '建设', '筹建']],
];

/** 正常/正常运行 → 运行, 已关停/关闭 → 关停 …; other text as it is. */
export function statusValue(cell: CellValue): ScalarValue {
  const text = cellText(cell);
  // nearly every cell is a word as written: spaces inside (正常 运行) are taken out only when it is not
  const status = STATUS_BY_WORD.get(text) ?? STATUS_BY_WORD.get(text.replace(/\s+/gu, ''));
  return { value: status ?? text, source: status ?? text };
}

/** Each status word → its status: looked up once for each of a country's cells. */
const STATUS_BY_WORD: ReadonlyMap<string, UnitStatus> = new Map(STATUS_WORDS.flatMap(([status, words]) => words.map((word) => [word, status] as const)));

const DAY = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/u;

/** A day as 2025-03-01, from a date cell or text such as 2025/3/1, 2025.3.1, 2025年3月1日; other text as it is. */
export function dateValue(cell: CellValue): ScalarValue {
  const text = halfWidthDigits(cellText(cell));
  const match = DAY.exec(text);
  const day = match ? `${match[1]}-${match[2]?.padStart(2, '0')}-${match[3]?.padStart(2, '0')}` : text;
  return { value: day, source: day };
}

const SEPARATORS = /^[、，,；;\s]+/u;
const UNTIL_SEPARATOR = /^[^、，,；;\r\n]+/u;

/**
 * Veto items written in one cell, separated by 、，,；; or line breaks. The issuer's own item
 * names are taken whole first, as one of them may hold a separator (安全、泄密事故等严重问题).
 */
export function listItems(cell: CellValue, known: readonly string[]): string[] {
  const longestFirst = [...known].sort((a, b) => b.length - a.length);
  const items: string[] = [];
  for (let rest = cellText(cell).replace(SEPARATORS, ''); rest !== ''; rest = rest.replace(SEPARATORS, '')) {
    const item = longestFirst.find((name) => rest.startsWith(name)) ?? UNTIL_SEPARATOR.exec(rest)?.[0] ?? rest;
    rest = rest.slice(item.length);
    if (!NOTHING_WORDS.has(item.trim())) items.push(item.trim());
  }
  return items;
}

/** What offices write in a cell for “none”. */
const NOTHING_WORDS = new Set(['无', '—', '-', '－', '/', '／', '——']);

/**
 * A platform as the issuer names it (微信订阅号 → 微信公众号); an unknown spelling as written,
 * for the platform check to name. Each spelling is looked up once per sheet.
 */
export function platformReader(platforms: IssuerProfile['platforms']): (cell: CellValue) => ScalarValue {
  const known = new Map<string, ScalarValue>();
  return (cell) => {
    const text = cellText(cell);
    let value = known.get(text);
    if (!value) {
      const name = platformNamed(text, platforms) ?? text;
      value = { value: name, source: name };
      known.set(text, value);
    }
    return value;
  };
}

/**
 * Text as written (see textValue), one value for each text: the cells of a column such as
 * 所属地区 repeat a few names over a country's rows, and their records then share them rather
 * than each keeping a copy for the rest of the build.
 */
export function sharedTextReader(): (cell: CellValue) => ScalarValue {
  const known = new Map<string, ScalarValue>();
  return (cell) => {
    const text = cellText(cell);
    let value = known.get(text);
    if (!value) {
      value = { value: text, source: text };
      known.set(text, value);
    }
    return value;
  };
}

/** Text as written, trimmed; a number cell as its shortest digits. */
export function textValue(cell: CellValue): ScalarValue {
  const text = cellText(cell);
  return { value: text, source: text };
}
