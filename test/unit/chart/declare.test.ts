// {{#chart}} in a template: the data printed with the issuer's precision, 图N numbered in
// document order, and a misspelt statistic or an unknown kind stops with the template's place.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/compose/engine.js';
import { parseNotice } from '../../../src/compose/parse.js';
import { ratio } from '../../../src/compute/exact.js';
import { DEFAULT_CLASSIFIERS, DEFAULT_PRECISION } from '../../../src/config/defaults.js';
import { TongbaoError } from '../../../src/diagnostics/diagnostic.js';
import type { GongwenChart } from '../../../src/model/document.js';

const settings = { precision: DEFAULT_PRECISION, classifiers: DEFAULT_CLASSIFIERS, flatThresholds: {}, arabicNumeralsFrom: 11, denseRanking: false };
const index = (num: number, den: number) => ({ kind: 'index', value: ratio(num, den) });
const passRate = (num: number, den: number) => ({ kind: 'passRate', value: ratio(num, den) });

const context = {
  period: { year: 2020, quarter: 1 },
  previous: { period: { year: 2019, quarter: 4 } },
  websites: {
    groupIndices: [
      { group: '发布解读', index: index(87, 100), previous: index(2, 3) },
      { group: '功能设计', index: index(37, 50), previous: null },
    ],
    byRegion: [{ name: '东城区', passRate: passRate(2, 3) }, { name: '西城区', passRate: passRate(1, 1) }],
  },
};

function templateFolder(template: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'tongbao-chart-'));
  mkdirSync(join(folder, 'partials'));
  writeFileSync(join(folder, 'notice.hbs'), template);
  return folder;
}

function charts(template: string): GongwenChart[] {
  const { markdown, charts: declarations, origins } = renderMarkdown({ templates: { bundled: templateFolder(template) }, context, settings });
  const tree = parseNotice(markdown, { charts: declarations, origins });
  return tree.children.filter((node): node is GongwenChart => node.type === 'gongwenChart');
}

function failure(template: string) {
  try {
    charts(template);
  } catch (error) {
    if (error instanceof TongbaoError) return error.diagnostics[0]!;
    throw error;
  }
  throw new Error('no error');
}

describe('{{#chart}}', () => {
  const [compare, regions] = charts(
    '正文。\n\n{{#chart websites.groupIndices kind="bar-compare" note="（注：平均得分指数=该项平均得分/该项分值）"}}一级指标{{period period}}与{{period previous.period}}对比{{/chart}}\n\n' +
      '{{#chart websites.byRegion}}各区合格率{{/chart}}\n',
  );

  it('numbers the charts 图1, 图2 in document order, with the title and note as text', () => {
    expect([compare?.number, regions?.number]).toEqual([1, 2]);
    expect([compare?.id, regions?.id]).toEqual(['figure-1', 'figure-2']);
    expect(compare?.title).toMatchObject([{ type: 'text', value: '一级指标2020年第一季度与2019年第四季度对比', position: expect.anything() }]);
    expect(compare?.note).toEqual([{ type: 'text', value: '（注：平均得分指数=该项平均得分/该项分值）' }]);
  });

  it('prints the values as the sentences do and keeps the exact number for the axis', () => {
    expect(compare?.categories).toEqual(['发布解读', '功能设计']);
    expect(compare?.series.map((s) => s.name)).toEqual(['2020年第一季度', '2019年第四季度']);
    expect(compare?.series[0]?.values).toEqual([{ printed: '0.87', value: 0.87 }, { printed: '0.74', value: 0.74 }]);
    // 2/3 prints 0.67; no earlier value is no bar
    expect(compare?.series[1]?.values).toEqual([{ printed: '0.67', value: 2 / 3 }, { printed: '—', value: null }]);
    expect(compare).toMatchObject({ measure: '平均得分指数', unit: '', axisMax: 1, kind: 'bar-compare' });
    expect(regions?.series).toEqual([{ name: '合格率', values: [{ printed: '66.7%', value: 200 / 3 }, { printed: '100%', value: 100 }] }]);
    expect(regions).toMatchObject({ unit: '%', axisMax: 100, kind: 'bar' });
  });

  it('stops at a misspelt statistic with the template file and line (TB402)', () => {
    const error = failure('第一行\n\n{{#chart websites.groupIndice}}标题{{/chart}}\n');
    expect(error.code).toBe('TB402');
    expect(error.message).toContain('websites.groupIndice');
    expect(error.place).toMatchObject({ line: 3 });
    expect(error.place?.file).toMatch(/notice\.hbs$/);
  });

  it('stops at an unknown chart kind, naming the kinds there are (TB402)', () => {
    const error = failure('\n{{#chart websites.byRegion kind="pie"}}标题{{/chart}}\n');
    expect(error.code).toBe('TB402');
    expect(error.message).toContain('“pie”');
    expect(error.message).toContain('bar-compare');
    expect(error.place).toMatchObject({ line: 2 });
  });

  it('stops at a statistic no chart can draw, a comparison without an earlier quarter, and a missing title', () => {
    expect(failure('{{#chart period}}标题{{/chart}}').message).toContain('websites.groupIndices');
    expect(failure('{{#chart websites.byRegion kind="bar-compare"}}标题{{/chart}}').message).toContain('上季度');
    expect(failure('{{#chart websites.byRegion}}{{/chart}}').message).toContain('标题');
  });

  it('refuses a ::chart line written by hand (TB405)', () => {
    expect(failure('::chart[标题]{ref=0}\n').code).toBe('TB405');
  });
});
