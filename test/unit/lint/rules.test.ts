// The lint rules on text as it will be published: what each flags, what it must leave alone.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docNumbers } from '../../../src/lint/doc-numbers.js';
import type { TextRule } from '../../../src/lint/finding.js';
import { hasValidCheckDigit, idNumbers, mobileNumbers } from '../../../src/lint/personal-data.js';
import { dateForms, halfWidthPunctuation } from '../../../src/lint/typography.js';
import { loadQuarter } from '../../../src/load/index.js';
import type { QuarterRecords } from '../../../src/model/records.js';
import { GOOD_FOLDER } from '../robust/corpus.js';

const records = await loadQuarter({ file: join(GOOD_FOLDER, '2025-q3.yaml') });

/** code, the flagged text and the message of every finding of `rule` in `text` */
function findings(rule: TextRule, text: string, withRecords: QuarterRecords = records) {
  return rule({ text, records: withRecords }).map((finding) => {
    const diagnostic = finding.report({});
    return { code: diagnostic.code, flagged: text.slice(finding.start, finding.end), message: diagnostic.message, severity: diagnostic.severity };
  });
}

describe('personal data', () => {
  it('knows a valid 身份证号 by its GB 11643 check digit', async () => {
    expect(hasValidCheckDigit('11010519491231002X')).toBe(true);
    expect(hasValidCheckDigit('110105194912310021')).toBe(false);
    expect(hasValidCheckDigit('440524188001010014')).toBe(true);
  });

  it('flags a valid 身份证号, masked in the message, and not 18 digits that fail the check or longer runs', async () => {
    expect(findings(idNumbers, '管理员11010519491231002x的账号')).toEqual([
      { code: 'TB301', flagged: '11010519491231002x', message: '公开发布的内容里有身份证号 110105********002x', severity: 'error' },
    ]);
    expect(findings(idNumbers, '编号110105194912310021、4405241880010100140')).toEqual([]);
  });

  it('flags mobile numbers, also with separators, but not inside longer numbers or office lines', async () => {
    expect(findings(mobileNumbers, '请联系13912345678或139-1234-5678、139 1234 5678').map((f) => f.flagged)).toEqual([
      '13912345678',
      '139-1234-5678',
      '139 1234 5678',
    ]);
    expect(findings(mobileNumbers, '电话0571-87654321，编号2013912345678，12345678901')).toEqual([]);
  });

  it('allows the office contact number the issuer settings mark as such', async () => {
    const withMobileContact = { ...records, issuer: { ...records.issuer, contact: { ...records.issuer.contact, phone: '138-0013-8000' } } };
    expect(findings(mobileNumbers, '联系电话：13800138000', withMobileContact)).toEqual([]);
    expect(findings(mobileNumbers, '联系电话：13800138001', withMobileContact).map((f) => f.code)).toEqual(['TB302']);
  });
});

describe('文号', () => {
  it('leaves a well-formed 文号 alone, also inside a citation', async () => {
    expect(findings(docNumbers, '《检查指标》（国办秘函〔2019〕19号）和测政办函〔2025〕8号')).toEqual([]);
  });

  it('flags other brackets, a leading zero and 第, each with the corrected form', async () => {
    const flagged = findings(docNumbers, '国办秘函[2019]19号、国办秘函（2019）19号、测政办函【2025】第018号');
    expect(flagged.map((f) => [f.code, f.flagged])).toEqual([
      ['TB303', '国办秘函[2019]19号'],
      ['TB303', '国办秘函（2019）19号'],
      ['TB303', '测政办函【2025】第018号'],
      ['TB304', '测政办函【2025】第018号'],
      ['TB305', '测政办函【2025】第018号'],
    ]);
    expect(flagged.at(-1)?.message).toContain('测政办函〔2025〕18号');
  });
});

describe('typography (warnings)', () => {
  it('flags half-width punctuation between Chinese characters and quotes, not in Latin text or times', async () => {
    const flagged = findings(halfWidthPunctuation, '重视不够,首页(含要闻)更新;“甲”,“乙”。Hello, world (ok). 10:30');
    expect(flagged.map((f) => f.flagged)).toEqual([',', '(', ')', ';', ',']);
    expect(flagged.every((f) => f.severity === 'warning')).toBe(true);
    expect(flagged[0]?.message).toContain('应为全角“，”');
  });

  it('flags dates not written 2025年9月28日, with the form to use, and leaves addresses and numbers alone', async () => {
    const flagged = findings(dateForms, '自2025-09-01起，2025/9/2、2025.9.3、2025年09月08日、25年9月28日；2025年9月28日');
    expect(flagged.map((f) => [f.flagged, f.message])).toEqual([
      ['2025-09-01', '日期“2025-09-01”应写作“2025年9月1日”'],
      ['2025/9/2', '日期“2025/9/2”应写作“2025年9月2日”'],
      ['2025.9.3', '日期“2025.9.3”应写作“2025年9月3日”'],
      ['2025年09月08日', '日期“2025年09月08日”应写作“2025年9月8日”'],
      ['25年9月28日', '日期“25年9月28日”应写作“2025年9月28日”'],
    ]);
    expect(findings(dateForms, 'www.gov.cn/2025/09/28/a.html、版本1.2025.9.3、2025-13-01、0571-2025-1234')).toEqual([]);
  });
});
