// Typography of Chinese official text (warnings: a human decides): full-width punctuation
// between Chinese characters, and dates written 2025年9月28日, not 2025-09-28 or 2025年09月28日.

import { CODES, diagnose } from '../diagnostics/codes.js';
import { matches, spanOf } from './finding.js';
import type { Finding, TextRule } from './finding.js';

const FULL_WIDTH: Readonly<Record<string, string>> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
/** Chinese characters and the full-width marks around them: “甲”,“乙” is as wrong as 甲,乙. */
const CHINESE = '[\\u3000-\\u303f\\u4e00-\\u9fff\\uff01-\\uff5e“”‘’]';
const HALF_WIDTH_IN_CHINESE = new RegExp(`(?<=${CHINESE})[,;:?!()](?=${CHINESE})`, 'gu');
const EXCERPT_CHARS = 6;

export const halfWidthPunctuation: TextRule = ({ text }) =>
  matches(HALF_WIDTH_IN_CHINESE, text).map((match): Finding => {
    const mark = match[0];
    const excerpt = text.slice(Math.max(0, match.index - EXCERPT_CHARS), match.index + EXCERPT_CHARS + 1);
    const args = { mark, fullWidth: FULL_WIDTH[mark] ?? mark, excerpt };
    return { ...spanOf(match), report: (where) => diagnose(CODES.halfWidthPunctuation, args, where, 'warning') };
  });

/** 2025-09-28, 2025/9/28, 2025.09.28: not inside longer numbers, paths or addresses. */
const NUMERIC_DATE = /(?<![\w./-])(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\w./-])/g;
const CHINESE_DATE = /(?<!\d)(\d{2}|\d{4})年(\d{1,2})月(\d{1,2})日/g;

const isCalendarDate = (month: number, day: number): boolean => month >= 1 && month <= 12 && day >= 1 && day <= 31;

export const dateForms: TextRule = ({ text }) => {
  const flagged = [
    ...matches(NUMERIC_DATE, text).filter((match) => isCalendarDate(Number(match[2]), Number(match[3]))),
    ...matches(CHINESE_DATE, text).filter((match) => match[1]?.length === 2 || match[2]?.startsWith('0') || match[3]?.startsWith('0')),
  ];
  return flagged.map((match): Finding => {
    const [written = '', year = '', month, day] = match;
    const fullYear = year.length === 2 ? `${Number(year) < 50 ? 20 : 19}${year}` : year;
    const args = { written, suggested: `${fullYear}年${Number(month)}月${Number(day)}日` };
    return { ...spanOf(match), proseOnly: true, report: (where) => diagnose(CODES.dateForm, args, where, 'warning') };
  });
};
