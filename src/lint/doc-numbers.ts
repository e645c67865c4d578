// 发文字号 as GB/T 9704-2012 7.2.4 writes them: 机关代字〔年份〕序号号, with the year in
// 六角括号, the number without leading zeros and without 第. Every 文号 in the published
// text is checked: the notice's own and those of the documents it cites.

import { CODES, diagnose } from '../diagnostics/codes.js';
import { matches, spanOf } from './finding.js';
import type { Finding, TextRule } from './finding.js';

/** 代字, a bracketed four-digit year in any bracket people type, an optional 第, the number, 号. */
const DOC_NUMBER = /([\u4e00-\u9fff]{1,10})\s*([〔[【(（［{｛〖])\s*(\d{4})\s*([〕\]】)）］}｝〗])\s*(第?)\s*(\d+)\s*号/gu;

/** What every 文号 ends with: a text without it is not searched (a country's tables are tens of thousands of texts). */
const NUMBER_MARK = '号';

export const docNumbers: TextRule = ({ text }) =>
  (text.includes(NUMBER_MARK) ? matches(DOC_NUMBER, text) : []).flatMap((match) => {
    const [written, organ, open, year, close, ordinal, number] = match as unknown as string[];
    const args = { written: written ?? '', suggested: `${organ}〔${year}〕${Number(number)}号` };
    const codes = [
      ...(open !== '〔' || close !== '〕' ? [CODES.docNumberBrackets] : []),
      ...(number && number.length > 1 && number.startsWith('0') ? [CODES.docNumberLeadingZero] : []),
      ...(ordinal ? [CODES.docNumberOrdinal] : []),
    ];
    return codes.map((code): Finding => ({ ...spanOf(match), report: (where) => diagnose(code, args, where) }));
  });
