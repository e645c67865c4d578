// How sheet cells are read: the header found under title rows and merged group cells, and
// values as offices type them (是/否 and ticks, dates in several spellings, full-width digits,
// veto lists whose item names hold a separator, platform and status spellings).

import { describe, expect, it } from 'vitest';
import { DEFAULT_PLATFORMS, DEFAULT_RULES } from '../../../src/config/defaults.js';
import { columnsFor } from '../../../src/load/sheets/columns.js';
import { findHeader } from '../../../src/load/sheets/header.js';
import type { GridRow } from '../../../src/load/sheets/grid.js';
import { booleanValue, cellText, dateValue, listItems, numberText, numberValue, platformReader, statusValue } from '../../../src/load/sheets/values.js';

const columns = columnsFor('websites', { rules: DEFAULT_RULES, facts: [] });
const grid = (...rows: (string | undefined)[][]): GridRow[] => rows.map((cells, index) => ({ number: index + 1, cells }));

describe('the header of a sheet', () => {
  it('is found under a title row, its merged group cell combined with the cells below', () => {
    const header = findHeader(
      grid(
        ['2025年第三季度检查结果'],
        ['网站名称', '主办单位', '扣分指标', undefined, '单项否决', '联系人'],
        [undefined, undefined, '发布解读', '办事服务', undefined, undefined],
        ['测试网站', '市政府办公室', '30', '25', undefined, '张三'],
      ),
      columns,
    );
    expect(header?.rows).toEqual([2, 3]);
    expect(header?.dataFrom).toBe(3);
    expect(header?.columns.map(({ letter, header: text, field }) => [letter, text, field])).toEqual([
      ['A', '网站名称', { kind: 'field', field: 'name' }],
      ['B', '主办单位', { kind: 'field', field: 'owner' }],
      ['C', '发布解读', { kind: 'score', group: '发布解读' }],
      ['D', '办事服务', { kind: 'score', group: '办事服务' }],
      ['E', '单项否决', { kind: 'field', field: 'veto' }],
    ]);
    expect(header?.unknown).toEqual([{ letter: 'F', header: '联系人' }]);
  });

  it('takes a first record row for a record, not for a second header row', () => {
    const header = findHeader(grid(['网站名称', '主办单位', '状态'], ['测试网站', '市政府办公室', '运行']), columns);
    expect(header).toMatchObject({ rows: [1], dataFrom: 1 });
  });

  it('is not found when no row among the first ten names two known columns', () => {
    expect(findHeader(grid(['标题'], ['网站名称', '联系人']), columns)).toBeUndefined();
  });
});

describe('values as sheets hold them', () => {
  it('reads a cell without the spaces and line breaks around it, whichever ones trim takes', () => {
    // the cell's text is trimmed only when an end may be one of them: each of them at either end
    const spaces = [...Array(0x10000).keys()].map((code) => String.fromCharCode(code)).filter((character) => character.trim() === '');
    expect(spaces).toContain('\u3000');
    for (const space of spaces) expect([cellText(`${space}网站`), cellText(`网站${space}`), cellText(space)]).toEqual(['网站', '网站', '']);
    expect(cellText('\u200b网站')).toBe('\u200b网站');
    expect([cellText(undefined), cellText(12.5)]).toEqual(['', '12.5']);
  });

  it('reads numbers typed as text or in full-width digits with their exact digits', () => {
    expect(numberValue('１２．５')).toEqual({ value: 12.5, source: '12.5' });
    expect(numberValue(' 30 ')).toEqual({ value: 30, source: '30' });
    expect(numberValue(27.5)).toEqual({ value: 27.5, source: '27.5' });
    expect(numberValue('27.5分')).toEqual({ value: '27.5分', source: '27.5分' });
    expect(numberText(1e-7)).toBe('0.0000001');
  });

  it('reads 是/否, ticks and crosses, and leaves other text for the decoder to name', () => {
    expect(['是', '✓', '√', '✔', 'Y', '1'].map((text) => booleanValue(text).value)).toEqual([true, true, true, true, true, true]);
    expect(['否', '×', '✗', 'N', '0'].map((text) => booleanValue(text).value)).toEqual([false, false, false, false, false]);
    expect(booleanValue('也许')).toEqual({ value: '也许', source: '也许' });
  });

  it('reads days from date cells and from the ways they are typed', () => {
    expect(dateValue(new Date('2025-08-01T00:00:00Z')).value).toBe('2025-08-01');
    expect(['2025/8/1', '2025.8.1', '2025年8月1日', '２０２５-８-１'].map((text) => dateValue(text).value)).toEqual(['2025-08-01', '2025-08-01', '2025-08-01', '2025-08-01']);
  });

  it('splits veto items at 、，,；; and line breaks, keeping the issuer’s names whole', () => {
    expect(listItems('首页不更新；安全、泄密事故等严重问题\n栏目不更新', DEFAULT_RULES.websiteVetoItems)).toEqual(['首页不更新', '安全、泄密事故等严重问题', '栏目不更新']);
    expect(listItems('无', DEFAULT_RULES.websiteVetoItems)).toEqual([]);
  });

  it('maps status and platform spellings to the configured names', () => {
    expect(['正常', '正常运行', '已关停', '关闭', '在建'].map((text) => statusValue(text).value)).toEqual(['运行', '运行', '关停', '关停', '建设中']);
    // spaces inside a word are taken out; a word that is none stays as written, for the check to name
    expect(['正常 运行', '已 关停', '运 转'].map((text) => statusValue(text).value)).toEqual(['运行', '关停', '运 转']);
    const platform = platformReader(DEFAULT_PLATFORMS);
    expect(['微信订阅号', '微信服务号', '公众号', '新浪微博', '抖音号', '头条号', '推特'].map((text) => platform(text).value)).toEqual([
      '微信公众号',
      '微信公众号',
      '微信公众号',
      '新浪微博',
      '抖音',
      '今日头条',
      '推特',
    ]);
  });
});

describe('two columns for one field', () => {
  it('are both found, the second reported with the first', () => {
    const header = findHeader(grid(['网站名称', '主办单位', '名称'], ['测试网站', '市政府办公室', '测试']), columns);
    expect(header?.columns.map(({ letter }) => letter)).toEqual(['A', 'B']);
    expect(header?.repeated.map(({ column, first }) => [column.letter, column.header, first.letter])).toEqual([['C', '名称', 'A']]);
  });
});
