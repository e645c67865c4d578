// The summary document kind (seed 000: six provinces' 2022 Q3 notices compared in one table).
// The seed data gives each province's published counts; tongbao computes the rates. Where
// the built table differs from the seed's text, the difference is deliberate:
//
// | the seed prints      | tongbao prints           | why                                                    |
// |----------------------|--------------------------|--------------------------------------------------------|
// | 广西省               | 广西壮族自治区           | the region's name                                      |
// | 30.7%(新媒体)        | 30.7%（新媒体）          | full-width brackets in Chinese text                    |
// | 调研省份 (heading)   | 调研地区                 | the bundled template's wording, for any kind of region |
//
// Pass rates keep the decimals each province printed (浙江 99.6% websites, 99.94% accounts)
// through the source's `passRateDecimals`.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { buildSummary } from '../../src/build-summary.js';
import { main } from '../../src/cli.js';
import { computeFigures } from '../../src/compute/index.js';
import { computeSummary } from '../../src/compute/summary.js';
import { isTongbaoError } from '../../src/diagnostics/diagnostic.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { SliceFigures } from '../../src/model/figures.js';
import { DEFAULT_PRECISION } from '../../src/config/defaults.js';
import { printStat } from '../../src/format/number.js';
import { loadQuarter } from '../../src/load/index.js';
import { loadSummary } from '../../src/load/summary.js';
import { ISSUER_YAML, QUARTER_YAML, tempProject } from '../unit/load/temp-project.js';
import { readerText } from './reader-text.js';

const PROJECT_ROOT = join(import.meta.dirname, '..', '..');
const SEED = join(PROJECT_ROOT, 'data/seeds/000-调研/summary.yaml');
const MIXED = join(PROJECT_ROOT, 'test/seeds/fixtures/records-and-published.yaml');
const EXAMPLE_Q3 = join(PROJECT_ROOT, 'data/示例市/2025-q3.yaml');
const outDir = mkdtempSync(join(tmpdir(), 'tongbao-summary-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** The built summary's fragment: its text and its table rows, cell by cell. */
async function builtSummary(file: string): Promise<{ text: string; rows: string[][]; files: readonly string[] }> {
  const built = await buildSummary({ file, formats: ['html'], outDir, log: () => {} });
  const html = readFileSync(join(built.folder, '汇总.fragment.html'), 'utf8');
  const rows = [...html.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map(([, row]) => [...row!.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map(([, cell]) => readerText(cell!).trim()));
  return { text: readerText(html), rows, files: built.files };
}

describe('seed 000 调研报告: six provinces, 2022 Q3', () => {
  it('prints the seed table, every figure computed from the published counts', async () => {
    const { rows, text, files } = await builtSummary(SEED);
    expect(files.map((f) => f.slice(outDir.length))).toEqual(['/000-调研/summary/汇总.html', '/000-调研/summary/汇总.fragment.html']);
    expect(rows).toEqual([
      ['调研地区', '网站数', '合格率', '新媒体数', '合格率', '抽查比例'],
      ['浙江省', '547', '99.6%', '3120', '99.94%', '100%'],
      ['四川省', '813', '99.38%', '3600', '98.86%', '100%'],
      ['贵州省', '436', '99.77%', '466', '93.13%', '100%'],
      ['广西壮族自治区', '537', '96.6%', '2382', '99.1%', '100%'],
      ['山西省', '421', '99.5%', '1584', '99.8%', '100%'],
      ['海南省', '120', '95.8%', '1037', '94.7%', '30.7%（新媒体）'],
    ]);
    expect(text).toContain('2022年第三季度政府网站检查情况调研报告');
    expect(text).toContain('六个地区2022年第三季度的检查情况，现将情况汇报如下：');
    expect(text).toContain('二、共同存在的问题');
    expect(text).toContain('（一）网站');
    expect(text).toContain('三、工作建议');
    expect(text).toContain('2022年11月15日');
  });
});

describe('a summary mixing records and published figures', () => {
  it('computes a region given by records exactly as the notice built from those records', async () => {
    const notice = computeFigures(await loadQuarter({ file: EXAMPLE_Q3 }));
    const [fromRecords, fromPublished] = computeSummary(await loadSummary({ file: MIXED })).rows;
    // the counts and rates the table prints, from the same slices the notice reads
    const countsOf = (slice: SliceFigures | null) =>
      slice && { running: slice.running, checked: slice.checked, failing: slice.failing, passing: slice.passing, samplingRatio: slice.samplingRatio, passRate: slice.passRate, fullCoverage: slice.fullCoverage };
    expect({ ...fromRecords, websites: countsOf(fromRecords!.websites), accounts: countsOf(fromRecords!.accounts) }).toEqual({
      region: '示例市',
      websites: countsOf(notice.websites),
      accounts: countsOf(notice.accounts),
    });
    expect(fromPublished?.websites).toMatchObject({ running: 60, checked: 30, failing: 1, passing: 29 });

    const [built] = await build({ files: [EXAMPLE_Q3], formats: ['html'], outDir, projectRoot: PROJECT_ROOT, log: () => {} });
    const noticeText = readerText(readFileSync(join(built!.folder, '通报.fragment.html'), 'utf8'));
    // every channel of the example checked something, so its rates apply
    const printed = (stat: Parameters<typeof printStat>[0] | null) => printStat(stat!, DEFAULT_PRECISION);
    const { rows } = await builtSummary(MIXED);
    expect(rows[1]).toEqual([
      '示例市',
      String(notice.websites.running),
      printed(notice.websites.passRate),
      String(notice.accounts.running),
      printed(notice.accounts.passRate),
      `${printed(notice.websites.samplingRatio)}（网站），${printed(notice.accounts.samplingRatio)}（新媒体）`,
    ]);
    // the summary prints the same rates as the region's own notice
    for (const rate of [notice.websites.passRate, notice.accounts.passRate, notice.websites.samplingRatio]) expect(noticeText).toContain(printed(rate));
    // 29 of 30: 96.67% with the two decimals that region printed
    expect(rows[2]).toEqual(['邻市', '60', '96.67%', '200', '96.3%', '50%（网站），40%（新媒体）']);
  });
});

describe('bad summary data', () => {
  async function problems(load: () => Promise<unknown>): Promise<readonly Diagnostic[]> {
    try {
      await load();
    } catch (error) {
      if (isTongbaoError(error)) return error.diagnostics;
      throw error;
    }
    throw new Error('loaded without problems');
  }

  const HEAD = `title: 汇总
issuer: 测试省人民政府办公厅
date: 2025-10-32
period: { year: 2025, quarter: 3 }
basis: [《检查指标》]
sources:
`;

  it('reports every problem in Chinese at file:line:col with its field', async () => {
    const project = tempProject({ '城/_issuer.yaml': ISSUER_YAML, '城/2025-q2.yaml': QUARTER_YAML.replace('quarter: 3', 'quarter: 2') });
    const file = project.write(
      '汇总/summary.yaml',
      `${HEAD}  - region: 甲市
    quarter:
      published:
        period: { year: 2025, quarter: 3 }
        websites: { running: 10, checked: 12, failing: 1 }
  - region: 乙市
    quarter: ../城/2025-q2.yaml
  - region: 丙市
    qarter: ../城/2025-q3.yaml
  - region: 丁市
    quarter: ../城/没有这个文件.yaml
`,
    );
    const found = (await problems(() => loadSummary({ file, projectRoot: project.root }))).map((d) => ({
      code: d.code,
      at: `${d.place?.line}:${d.place?.column}`,
      field: d.field,
      message: d.message,
    }));
    expect(found).toEqual([
      { code: 'TB209', at: '3:7', field: 'date', message: '“2025-10-32”不是有效的日期' },
      { code: 'TB213', at: '11:43', field: 'sources[0].quarter.published.websites.checked', message: '甲市公布数前后矛盾：检查数 12 大于运行数 10' },
      { code: 'TB222', at: '13:14', field: 'sources[1].quarter', message: '“乙市”的数据是2025年第二季度的，汇总的是2025年第三季度' },
      // the region's table is where the required quarter is missing; the misspelt name is suggested right after
      { code: 'TB105', at: '14:5', field: 'sources[2].quarter', message: '缺少必填字段“quarter”' },
      expect.objectContaining({ code: 'TB104', at: '15:5', field: 'sources[2].qarter' }),
      expect.objectContaining({ code: 'TB106', at: '17:14', field: 'sources[3].quarter' }),
    ]);
    expect(found.every(({ message }) => /[\u4e00-\u9fff]/.test(message))).toBe(true);
  });

  it('passes on the problems of a region’s quarter file, at their place in that file', async () => {
    const project = tempProject({ '城/_issuer.yaml': ISSUER_YAML, '城/2025-q3.yaml': QUARTER_YAML.replace('platform: 微信公众号', 'platform: 微信号') });
    const file = project.write('汇总/summary.yaml', `${HEAD.replace('10-32', '10-20')}  - region: 城\n    quarter: ../城/2025-q3.yaml\n`);
    const [problem, ...rest] = await problems(() => loadSummary({ file, projectRoot: project.root }));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ code: 'TB205', field: 'accounts[0].platform', place: { line: 14 } });
    expect(problem?.place?.file).toMatch(/城\/2025-q3\.yaml$/);
  });

  it('compares no region with a summary period that did not decode', async () => {
    const project = tempProject({ '城/_issuer.yaml': ISSUER_YAML, '城/2025-q3.yaml': QUARTER_YAML });
    const head = HEAD.replace('10-32', '10-20').replace('quarter: 3 }', 'quarter: 三 }');
    const file = project.write('汇总/summary.yaml', `${head}  - region: 城\n    quarter: ../城/2025-q3.yaml\n`);
    expect((await problems(() => loadSummary({ file, projectRoot: project.root }))).map((d) => [d.code, d.field])).toEqual([['TB103', 'period.quarter']]);
  });

  it('makes the summary command exit 1 on bad data and 2 without a file', async () => {
    expect(await main(['summary'])).toBe(2);
    const project = tempProject();
    const file = project.write('汇总/summary.yaml', `${HEAD}  - region: 甲市\n    quarter: { published: { period: { year: 2025, quarter: 2 } } }\n`);
    expect(await main(['summary', file, '--format', 'html', '--out', join(outDir, 'bad')])).toBe(1);
  });
});
