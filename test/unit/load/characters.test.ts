// Characters one cannot see, named: what the loader refuses after parsing, how a message
// quotes a value that holds them, and numbers typed the way a sentence writes them.

import { describe, expect, it } from 'vitest';
import { UNPUBLISHABLE, describeOddCharacters, oddCharacters, quoted } from '../../../src/diagnostics/characters.js';
import { numberSlip } from '../../../src/load/number-slips.js';

describe('odd characters', () => {
  it('finds controls, direction marks, broken surrogates and noncharacters, which no notice may publish', () => {
    const kinds = (text: string) => oddCharacters(text).map(({ kind }) => kind);
    expect(kinds('a\u0007b\u001bc')).toEqual(['control', 'control']);
    expect(kinds('\u202e\u2066\u200e\u061c')).toEqual(['direction', 'direction', 'direction', 'direction']);
    expect(kinds('\ud800x\udc00')).toEqual(['broken', 'broken']);
    expect(kinds('\ufffe\uffff\ufdd0\u{1fffe}')).toEqual(['nonCharacter', 'nonCharacter', 'nonCharacter', 'nonCharacter']);
    expect(oddCharacters('a\u0007\u202e\ud800\uffff').every(({ kind }) => UNPUBLISHABLE.has(kind))).toBe(true);
  });

  it('finds zero-width characters and odd spaces, which matter only where text identifies something', () => {
    const found = oddCharacters('w\u200b\u00a0\u3000\u2009\t\n');
    expect(found.map(({ kind }) => kind)).toEqual(['zeroWidth', 'space', 'space', 'space', 'space', 'lineBreak']);
    expect(found.some(({ kind }) => UNPUBLISHABLE.has(kind))).toBe(false);
  });

  it('leaves ordinary Chinese text, emoji pairs and ordinary spaces alone', () => {
    expect(oddCharacters('测试市 人民政府（网站）😀《通知》')).toEqual([]);
  });

  it('says where each one stands by the visible text around it', () => {
    expect(describeOddCharacters('w05\u200b')).toEqual(['“w05” 后面有一个看不见的零宽空格（U+200B）']);
    expect(describeOddCharacters('\ufeffw05')).toEqual(['“w05” 前面有一个看不见的零宽不换行空格（U+FEFF）']);
    expect(describeOddCharacters('测试\u3000网站')).toEqual(['“测试”和“网站”之间有一个全角空格（U+3000）']);
    expect(describeOddCharacters('\u200b')).toEqual(['这里只有一个看不见的零宽空格（U+200B）']);
  });

  it('quotes user text plainly, or with its invisible characters named', () => {
    expect(quoted('w05')).toBe('“w05”');
    expect(quoted('w05\u200b')).toBe('“w05”（后面有一个看不见的零宽空格，U+200B）');
    expect(quoted('东城\u202e发布')).toBe('“东城发布”（在“东城”后面有一个看不见的控制字符“从右到左覆盖”，U+202E）');
  });
});

describe('numbers written as text', () => {
  it('names full-width digits, a classifier or unit, and thousands separators, with the digits to write', () => {
    expect(numberSlip('３７')).toEqual({ problems: ['用了全角数字'], digits: '37' });
    expect(numberSlip('37条')).toEqual({ problems: ['后面带了“条”'], digits: '37' });
    expect(numberSlip('1,234')).toEqual({ problems: ['加了千位分隔符'], digits: '1234' });
    expect(numberSlip('２８．５分')).toEqual({ problems: ['用了全角数字', '后面带了“分”'], digits: '28.5' });
  });

  it('leaves text that is no number to the type message', () => {
    for (const text of ['37', '三十七', 'abc', '12,34', '2025-10-15', '37 个被检查的单位']) expect(numberSlip(text)).toBeUndefined();
  });
});
