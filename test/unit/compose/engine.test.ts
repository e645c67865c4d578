import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/compose/engine.js';
import { TongbaoError } from '../../../src/diagnostics/diagnostic.js';

const settings = {
  precision: { passRate: 1, samplingRatio: 1, share: 1, completionRate: 1, growth: 1, score: 2, scoreChange: 2, index: 2, amount: 2 },
  classifiers: { website: '家', account: '个' },
  flatThresholds: {},
  arabicNumeralsFrom: 11,
  denseRanking: false,
};

function templateFolder(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'tongbao-templates-'));
  mkdirSync(join(folder, 'partials'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  return folder;
}

function renderError(run: () => unknown): TongbaoError {
  try {
    run();
  } catch (error) {
    if (error instanceof TongbaoError) return error;
    throw error;
  }
  throw new Error('expected a TongbaoError');
}

const passRate = { kind: 'passRate', value: { num: 267n, den: 279n } };

describe('renderMarkdown', () => {
  it('escapes data for Markdown, not HTML, in the main template and in partials', () => {
    const bundled = templateFolder({ 'notice.hbs': '名称：{{name}}\n{{> row}}\n', 'partials/row.hbs': '| {{name}} |\n' });
    const { markdown } = renderMarkdown({ templates: { bundled }, context: { name: '*甲* | <b>&' }, settings });
    expect(markdown).toBe('名称：\\*甲\\* \\| \\<b\\>\\&\n| \\*甲\\* \\| \\<b\\>\\& |\n');
  });

  it('prints statistics with the issuer precision and Chinese wording helpers', () => {
    const bundled = templateFolder({ 'notice.hbs': '{{stat rate}}，{{date day}}，{{period p}}，{{join names}}，{{cls "website"}}' });
    const { markdown } = renderMarkdown({
      templates: { bundled },
      context: { rate: passRate, day: '2025-10-05', p: { year: 2025, quarter: 3 }, names: ['甲', '乙'] },
      settings,
    });
    expect(markdown).toBe('95\\.7\\%，2025年10月5日，2025年第三季度，甲、乙，家');
  });

  it('lets the issuer folder override a partial by name', () => {
    const bundled = templateFolder({ 'notice.hbs': '{{> part}}', 'partials/part.hbs': '默认' });
    const override = templateFolder({ 'partials/part.hbs': '本单位' });
    expect(renderMarkdown({ templates: { bundled, override }, context: {}, settings }).markdown).toBe('本单位');
  });

  it('fails on an unknown statistic, naming the template file, line and column', () => {
    const bundled = templateFolder({ 'notice.hbs': '第一行\n{{> part}}', 'partials/part.hbs': '一\n二\n合格率{{websites.pasRate}}' });
    const error = renderError(() => renderMarkdown({ templates: { bundled }, context: { websites: {} }, settings }));
    const [d] = error.diagnostics;
    expect(d?.code).toBe('TB402');
    expect(d?.place?.file).toMatch(/partials\/part\.hbs$/);
    expect(d?.place?.line).toBe(3);
    // the column of the misspelt name itself
    expect(d?.place?.column).toBe(6);
    expect(d?.message).toContain('pasRate');
  });

  it('fails when a helper is given something that is not a statistic', () => {
    const bundled = templateFolder({ 'notice.hbs': '\n  {{stat websites.passRat}}' });
    const error = renderError(() => renderMarkdown({ templates: { bundled }, context: { websites: { passRate } }, settings }));
    // at the misspelt path itself, with the name meant
    expect(error.diagnostics[0]).toMatchObject({ code: 'TB402', place: { line: 2, column: 10 } });
    expect(error.diagnostics[0]?.message).toBe('模板引用了不存在的数据“websites.passRat”：这里没有“passRat”，是否想写“passRate”？');
  });

  it('reports a syntax error and a missing partial with the file', () => {
    const broken = templateFolder({ 'notice.hbs': '{{#if x}}未闭合' });
    expect(renderError(() => renderMarkdown({ templates: { bundled: broken }, context: { x: 1 }, settings })).diagnostics[0]?.code).toBe('TB404');
    const missing = templateFolder({ 'notice.hbs': '{{> nowhere}}' });
    expect(renderError(() => renderMarkdown({ templates: { bundled: missing }, context: {}, settings })).diagnostics[0]?.code).toBe('TB403');
  });
});

describe('the office narrative', () => {
  it('is kept aside by {{markdown}}, which leaves a line standing for it, while plain values stay escaped', () => {
    const bundled = templateFolder({ 'notice.hbs': '{{markdown text}}\n{{text}}' });
    const rendered = renderMarkdown({ templates: { bundled }, context: { text: '## 小标题\n\n正文' }, settings });
    expect(rendered.markdown).toBe('\n\n::narrative{ref=0}\n\n\n\\#\\# 小标题&#10;&#10;正文');
    expect(rendered.narratives).toMatchObject([{ markdown: '## 小标题\n\n正文', usedAt: { line: 1, column: 1 } }]);
  });

  it('prints nothing for a narrative the quarter does not have', () => {
    const bundled = templateFolder({ 'notice.hbs': '甲{{markdown text}}乙' });
    const rendered = renderMarkdown({ templates: { bundled }, context: { text: null }, settings });
    expect([rendered.markdown, rendered.narratives]).toEqual(['甲乙', []]);
  });
});

describe('a statistic missing in this quarter', () => {
  it('is false in {{#if}}, however deep the path goes past the missing part', () => {
    const bundled = templateFolder({ 'notice.hbs': '{{#if previous.websites.averageScore}}较上季度{{else}}首次{{/if}}' });
    expect(renderMarkdown({ templates: { bundled }, context: { previous: null }, settings }).markdown).toBe('首次');
  });

  it('printed without {{#if}}, fails at its place with a Chinese hint, not a JavaScript message', () => {
    const bundled = templateFolder({ 'notice.hbs': '上季度\n  {{previous.websites.running}}家' });
    const error = renderError(() => renderMarkdown({ templates: { bundled }, context: { previous: null }, settings }));
    expect(error.diagnostics[0]).toMatchObject({ code: 'TB402', place: { line: 2, column: 3 }, hint: expect.stringContaining('{{#if previous.websites.running}}') });
    expect(error.diagnostics[0]?.message).toContain('“previous.websites.running”，但它在本季度没有数据');
  });

  it('reports every misspelt name at once, each at its place, and not what a slip merely caused', () => {
    const bundled = templateFolder({ 'notice.hbs': '{{#if websites.pasRate}}x{{/if}}\n{{stat websites.avrageScore}}{{websites.runing}}' });
    const error = renderError(() => renderMarkdown({ templates: { bundled }, context: { websites: { passRate, averageScore: passRate, running: 3 } }, settings }));
    expect(error.diagnostics.map((d) => [d.place?.line, d.place?.column, d.message])).toEqual([
      [1, 7, '模板引用了不存在的数据“websites.pasRate”：这里没有“pasRate”，是否想写“passRate”？'],
      [2, 8, '模板引用了不存在的数据“websites.avrageScore”：这里没有“avrageScore”，是否想写“averageScore”？'],
      [2, 32, '模板引用了不存在的数据“websites.runing”：这里没有“runing”，是否想写“running”？'],
    ]);
  });

  it('a misspelt name inside {{#if}} or a helper is not quietly false: it fails at its place', () => {
    const bundled = templateFolder({ 'notice.hbs': '{{#each list}}\n{{#if (gt ../lmit 1)}}x{{/if}}{{/each}}' });
    const error = renderError(() => renderMarkdown({ templates: { bundled }, context: { list: [1], limit: 2 }, settings }));
    expect(error.diagnostics[0]).toMatchObject({ code: 'TB402', place: { line: 2, column: 11 } });
    expect(error.diagnostics[0]?.message).toContain('“../lmit”：这里没有“lmit”，是否想写“limit”？');
    expect(error.diagnostics[0]?.hint).toContain('检查它的层数');
  });
});

describe('templates are read like data files', () => {
  const codes = (folder: string) => renderError(() => renderMarkdown({ templates: { bundled: folder }, context: {}, settings })).diagnostics.map((d) => d.code);

  it('drops a byte-order mark', () => {
    const bundled = templateFolder({ 'notice.hbs': '\uFEFF正文' });
    expect(renderMarkdown({ templates: { bundled }, context: {}, settings }).markdown).toBe('正文');
  });

  it('refuses a folder named like a template, the main one or a partial, without crashing', () => {
    const partialFolder = templateFolder({ 'notice.hbs': '{{> body}}' });
    mkdirSync(join(partialFolder, 'partials', 'body.hbs'));
    expect(codes(partialFolder)).toEqual(['TB410']);
    const mainFolder = templateFolder({});
    mkdirSync(join(mainFolder, 'notice.hbs'));
    expect(codes(mainFolder)).toEqual(['TB410']);
  });

  it('refuses a template too large, one saved as GBK, and a link out of the templates folder', () => {
    expect(codes(templateFolder({ 'notice.hbs': '字'.repeat(200_000) }))).toEqual(['TB412']);
    const gbk = templateFolder({});
    writeFileSync(join(gbk, 'notice.hbs'), Buffer.from([0xd5, 0xfd, 0xce, 0xc4]));
    expect(codes(gbk)).toEqual(['TB114']);
    const outside = templateFolder({ 'notice.hbs': '{{> body}}' });
    const elsewhere = templateFolder({ 'secret.hbs': '别处的文字' });
    symlinkSync(join(elsewhere, 'secret.hbs'), join(outside, 'partials', 'body.hbs'));
    expect(codes(outside)).toEqual(['TB411']);
  });
});

describe('template syntax, said in Chinese at the slip', () => {
  const first = (template: string) => renderError(() => renderMarkdown({ templates: { bundled: templateFolder({ 'notice.hbs': template }) }, context: { x: 1, xs: [] }, settings })).diagnostics[0];

  it.each([
    ['一\n{{#if x}}\n二\n', 2, 1, '{{#if}} 没有结束：缺少 {{/if}}'],
    ['{{#each xs}}\n{{#if x}}\n{{/each}}', 3, 1, '{{/each}} 与第 2 行的 {{#if}} 不配对'],
    ['一\n{{/if}}', 2, 1, '{{/if}} 前面没有对应的 {{#if}}'],
    ['甲 {{else}} 乙', 1, 3, '{{else}} 不在任何'],
    ['一 {{x', 1, 3, '“{{”没有对应的“}}”'],
    ['一 {{!-- 说明', 1, 3, '注释没有结束'],
    ['一 {{}}', 1, 5, '缺少数据的名称'],
  ])('%j', (template, line, column, message) => {
    expect(first(template)).toMatchObject({ code: 'TB404', place: { line, column }, message: expect.stringContaining(message) });
  });
});

describe('partials', () => {
  it('finds a call of a partial that does not exist before rendering, even in a branch not taken, and lets inline partials be', () => {
    const missing = templateFolder({ 'notice.hbs': '一\n{{#if x}}\n  {{> nowhere}}\n{{/if}}' });
    expect(renderError(() => renderMarkdown({ templates: { bundled: missing }, context: { x: false }, settings })).diagnostics[0]).toMatchObject({
      code: 'TB403',
      place: { line: 3, column: 3 },
    });
    const inline = templateFolder({ 'notice.hbs': '{{#*inline "row"}}行{{/inline}}{{> row}}' });
    expect(renderMarkdown({ templates: { bundled: inline }, context: {}, settings }).markdown).toBe('行');
  });

  it('stops a partial that includes itself, naming the round and the call', () => {
    const looping = templateFolder({ 'notice.hbs': '{{> a}}', 'partials/a.hbs': '甲\n{{> b}}', 'partials/b.hbs': '乙{{> a}}' });
    expect(renderError(() => renderMarkdown({ templates: { bundled: looping }, context: {}, settings })).diagnostics[0]).toMatchObject({
      code: 'TB409',
      message: expect.stringContaining('notice → a → b → a'),
      place: { file: expect.stringMatching(/partials\/b\.hbs$/), line: 1, column: 2 },
    });
  });
});
