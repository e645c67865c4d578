import { describe, expect, it } from 'vitest';
import {
  chineseNumeral,
  classifierNumeral,
  countNumeral,
  formatDate,
  formatDateRange,
  joinList,
  periodLabel,
  quarterName,
  quotedList,
  rankLabel,
} from '../../../src/format/chinese.js';

describe('chineseNumeral', () => {
  it('writes small numbers as 公文 do', () => {
    const expected: Record<number, string> = {
      0: '零',
      1: '一',
      2: '二',
      9: '九',
      10: '十',
      11: '十一',
      20: '二十',
      21: '二十一',
      99: '九十九',
      100: '一百',
      105: '一百零五',
      110: '一百一十',
      1001: '一千零一',
      1010: '一千零一十',
      2300: '二千三百',
      9999: '九千九百九十九',
    };
    for (const [n, text] of Object.entries(expected)) expect(chineseNumeral(Number(n)), n).toBe(text);
  });

  it('refuses what it cannot write', () => {
    for (const n of [-1, 1.5, 10000, Number.NaN]) expect(() => chineseNumeral(n), String(n)).toThrow(RangeError);
  });

  it('uses 两 for 2 before a classifier only', () => {
    expect(classifierNumeral(2)).toBe('两');
    expect(classifierNumeral(4)).toBe('四');
    expect(classifierNumeral(12)).toBe('十二');
    expect(classifierNumeral(22)).toBe('二十二');
  });
});

describe('counts and ranks as the issuer prints them', () => {
  it('writes streak counts in Chinese below the issuer’s threshold, 两 for 2, Arabic from it on', () => {
    expect([2, 4, 10, 11, 12].map((n) => countNumeral(n, 11))).toEqual(['两', '四', '十', '11', '12']);
    expect(countNumeral(4, 3)).toBe('4');
  });

  it('writes a rank as 第N, and 并列第N when another entry shares it; never 第两', () => {
    expect(rankLabel({ rank: 2, tied: false }, 11)).toBe('第二');
    expect(rankLabel({ rank: 3, tied: true }, 11)).toBe('并列第三');
    expect(rankLabel({ rank: 12, tied: true }, 11)).toBe('并列第12');
  });
});

describe('periods and dates', () => {
  it('names quarters and periods', () => {
    expect([1, 2, 3, 4].map((q) => quarterName(q as 1 | 2 | 3 | 4))).toEqual(['第一季度', '第二季度', '第三季度', '第四季度']);
    expect(periodLabel({ year: 2025, quarter: 3 })).toBe('2025年第三季度');
  });

  it('formats dates without leading zeros', () => {
    expect(formatDate('2025-10-05')).toBe('2025年10月5日');
    expect(formatDate('2022-01-01')).toBe('2022年1月1日');
  });

  it('rejects dates that do not exist or are not ISO', () => {
    for (const bad of ['2025-02-30', '2025-13-01', '2025/10/05', '2025-1-5', '']) {
      expect(() => formatDate(bad), bad).toThrow(RangeError);
    }
  });

  it('drops the year of the second date only when both share it', () => {
    expect(formatDateRange('2025-07-01', '2025-09-20')).toBe('2025年7月1日至9月20日');
    expect(formatDateRange('2024-12-20', '2025-01-10')).toBe('2024年12月20日至2025年1月10日');
    expect(formatDateRange('2022-01-01', '2022-03-25', { separator: '—' })).toBe('2022年1月1日—3月25日');
    // within one month the month is not repeated, as notices write it, unless asked
    expect(formatDateRange('2025-09-03', '2025-09-18')).toBe('2025年9月3日至18日');
    expect(formatDateRange('2025-09-03', '2025-09-18', { repeatMonth: true })).toBe('2025年9月3日至9月18日');
    expect(formatDateRange('2025-08-01', '2025-08-14', { year: false, separator: '-', repeatMonth: true })).toBe('8月1日-8月14日');
    expect(formatDate('2025-08-30', { year: false })).toBe('8月30日');
  });
});

describe('lists', () => {
  it('joins with 、 and quotes with “”', () => {
    expect(joinList(['a', 'b', 'c'])).toBe('a、b、c');
    expect(joinList([])).toBe('');
    expect(quotedList(['a', 'b'])).toBe('“a”“b”');
  });
});
