// Break opportunities the print article adds for Chinese typesetting: between quotations, inside
// e-mail addresses and URLs; figures and bracketed document numbers untouched.

import { toString as hastText } from 'hast-util-to-string';
import { selectAll } from 'hast-util-select';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { breakOpportunities, withBreakOpportunities } from '../../../src/write/pdf/break-opportunities.js';

/** The text with "|" at each break opportunity. */
function marked(text: string): string {
  const offsets = breakOpportunities(text);
  return [0, ...offsets].map((start, i) => text.slice(start, offsets[i] ?? text.length)).join('|');
}

describe('breakOpportunities', () => {
  it('lets a line end between a closing and an opening quotation mark, each still with its word (避头尾)', () => {
    expect(marked('按照“谁开设、谁主办”“谁管理、谁负责”的原则')).toBe('按照“谁开设、谁主办”|“谁管理、谁负责”的原则');
    expect(marked('如“西盟住建”‘西盟’')).toBe('如“西盟住建”|‘西盟’');
  });

  it('breaks an e-mail address before @ and dots, a URL after // and before / . ? & = _', () => {
    expect(marked('邮箱pexxgk@163.com）。')).toBe('邮箱pexxgk|@163|.com）。');
    expect(marked('见https://www.gov.cn/zhengce/index.htm?id=5&t=content_1。')).toBe(
      '见https://|www|.gov|.cn|/zhengce|/index|.htm|?id|=5|&t|=content|_1。',
    );
  });

  it('keeps figures, dates and document numbers as Chromium sets them', () => {
    for (const text of ['（国办秘函〔2019〕19号）、', '合格率为93.2%，共1234567次', '2025年7月1日至9月20日', '“示例市R&D服务”微信公众号']) {
      expect(breakOpportunities(text), text).toEqual([]);
    }
  });
});

describe('withBreakOpportunities', () => {
  it('puts <wbr> at each opportunity, keeping the text, and leaves charts alone', () => {
    const text = (value: string) => ({ type: 'text' as const, value });
    const svg: Element = { type: 'element', tagName: 'svg', properties: {}, children: [{ type: 'element', tagName: 'text', properties: {}, children: [text('“甲”“乙”')] }] };
    const p: Element = { type: 'element', tagName: 'p', properties: {}, children: [text('发送至a@b.cn，按“甲”“乙”'), svg] };
    const article = withBreakOpportunities({ type: 'element', tagName: 'article', properties: {}, children: [p] });
    expect(hastText(article)).toBe(hastText({ type: 'element', tagName: 'article', properties: {}, children: [p] }));
    expect(selectAll('p > wbr', article)).toHaveLength(3);
    expect(selectAll('svg wbr', article)).toHaveLength(0);
  });
});
