// `tongbao new` on a copy of the bundled example (where a test reads the units as written, its
// third quarter in the YAML form, every unit in the quarter file): the next quarter's file carries the
// inventory exactly, no result of last quarter, the office's comments, and last quarter's
// failing units for the rectification; once filled in it loads, quarter after quarter.

import { chmodSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { describe, expect, it, onTestFinished } from 'vitest';
import { failingUnitIds } from '../../../src/compute/rules.js';
import { loadQuarter } from '../../../src/load/index.js';
import type { QuarterRecords } from '../../../src/model/records.js';
import { RESULT_FIELDS } from '../../../src/new/carry-inventory.js';
import { newQuarter } from '../../../src/new/index.js';
import { newQuarterReport } from '../../../src/new/report.js';
import { ISSUER_YAML, tempProject } from '../load/temp-project.js';
import { failure, fillIn, listedForRectification, officeCopy } from './office-copy.js';

const IDENTITY_FIELDS = ['id', 'name', 'platform', 'owner', 'kind', 'level', 'region', 'status', 'opened'];

type Unit = Record<string, unknown>;

/** The identity fields a unit was written with in the file. */
const identity = (unit: Unit) => Object.fromEntries(Object.entries(unit).filter(([key]) => IDENTITY_FIELDS.includes(key)));

/** Lines that are a comment and nothing else, trimmed (a Markdown heading in a block of text is none). */
const commentLines = (text: string) => text.split('\n').map((line) => line.trim()).filter((line) => /^#(?!#)/.test(line));

/** Whether `items` occur in `within` in the same order, others between them allowed. */
function inOrder(items: readonly string[], within: readonly string[]): boolean {
  let at = 0;
  for (const line of within) if (line === items[at]) at++;
  return at === items.length;
}

describe('tongbao new on the bundled example', () => {
  it('carries every unit that was not closed, with exactly the fields it was written with, and no result', async () => {
    const { folder } = officeCopy(onTestFinished, { recordsInYaml: true });
    const before = parse(readFileSync(join(folder, '2025-q3.yaml'), 'utf8')) as { websites: Unit[]; accounts: Unit[] };
    const made = await newQuarter({ folder });
    expect(made.file).toBe(join(folder, '2025-q4.yaml'));
    const after = parse(readFileSync(made.file, 'utf8')) as { websites: Unit[]; accounts: Unit[] };
    for (const channel of ['websites', 'accounts'] as const) {
      const open = before[channel].filter((unit) => unit.status !== '关停');
      expect(after[channel]).toEqual(open.map(identity));
      expect(after[channel].flatMap((unit) => Object.keys(unit)).filter((key) => (RESULT_FIELDS as readonly string[]).includes(key))).toEqual([]);
    }
    // the example closed one account last quarter: left out, and said so
    expect(made.carried.map((c) => [c.channel, c.carried, c.leftOut])).toEqual([
      ['websites', 24, []],
      ['accounts', before.accounts.length - 1, [{ id: 'a034', name: '示例商务' }]],
    ]);
  });

  it('sets the period and previous, leaves the dates to fill in and clears the quarter’s own facts', async () => {
    const { folder } = officeCopy();
    const made = await newQuarter({ folder });
    const written = parse(readFileSync(made.file, 'utf8')) as Record<string, unknown>;
    expect(written).toMatchObject({
      period: { year: 2025, quarter: 4 },
      previous: '2025-q3.yaml',
      date: '待填写',
      docNumber: null,
      window: { start: '待填写', end: '待填写' },
      monitoringPoint: '待填写',
      deadline: '待填写',
      narrative: {},
      messages: [{ name: '我为政府网站找错', received: null, finished: null }],
      rectification: { fixed: [], stillFailing: [], notReported: [] },
    });
    expect(made.cleared.dates).toEqual(['date', 'monitoringPoint', 'deadline', 'window.start', 'window.end']);
  });

  it('keeps every comment line of the last quarter’s file, in order, with the title said of the new quarter', async () => {
    const { folder } = officeCopy(onTestFinished, { recordsInYaml: true });
    const source = readFileSync(join(folder, '2025-q3.yaml'), 'utf8');
    const written = readFileSync((await newQuarter({ folder })).file, 'utf8');
    const expected = commentLines(source).map((line) => line.replace('2025 年第三季度', '2025 年第四季度'));
    expect(expected.length).toBeGreaterThan(60);
    expect(inOrder(expected, commentLines(written))).toBe(true);
    expect(inOrder(['# 示例市 2025 年第三季度政府网站和政务新媒体检查记录（虚构示例）'], commentLines(written))).toBe(false);
    // inline comments on carried fields too (the yaml library writes one space before them)
    expect(written).toContain('  - id: w01 # 编号：本季度内唯一，网站和账号都不能重复\n    name: 示例市人民政府门户网站 # 网站名称\n');
  });

  it('lists under rectification exactly the units that failed last quarter, which the check then asks about', async () => {
    const { folder } = officeCopy();
    const latest = await loadQuarter({ file: join(folder, '2025-q3.yaml') });
    const made = await newQuarter({ folder });
    const failing = failingUnitIds(latest);
    expect(failing).toEqual(['w20', 'w22', 'a012', 'a054', 'a065', 'a071', 'a077']);
    expect(made.rectification.map((unit) => unit.id)).toEqual(failing);
    const text = readFileSync(made.file, 'utf8');
    expect(listedForRectification(text)).toEqual(failing);
    // unfilled, the check names what to fill in: the dates, the rectification, the message counts
    const problems = await failure(() => loadQuarter({ file: made.file }));
    expect(problems.map((d) => `${d.code} ${d.field}`)).toEqual([
      'TB209 date',
      'TB209 window.start',
      'TB209 window.end',
      'TB209 monitoringPoint',
      'TB209 deadline',
      'TB221 rectification',
      'TB105 messages[0].received',
      'TB105 messages[0].finished',
    ]);
    expect(problems.find((d) => d.code === 'TB221')?.message).toBe(`上季度不合格的 ${failing.join('、')} 没有写整改结果`);
  });

  it('writes a file that loads once filled in, quarter after quarter through Q4 into the next year', async () => {
    const { folder } = officeCopy();
    const loaded: QuarterRecords[] = [];
    for (const expected of ['2025-q4.yaml', '2026-q1.yaml', '2026-q2.yaml']) {
      const made = await newQuarter({ folder });
      expect(made.file).toBe(join(folder, expected));
      writeFileSync(made.file, fillIn(readFileSync(made.file, 'utf8'), made.period));
      loaded.push(await loadQuarter({ file: made.file }));
    }
    expect(loaded.map((q) => q.period)).toEqual([
      { year: 2025, quarter: 4 },
      { year: 2026, quarter: 1 },
      { year: 2026, quarter: 2 },
    ]);
    const [, q1] = loaded;
    expect((q1!.previous as QuarterRecords).period).toEqual({ year: 2025, quarter: 4 });
    expect(q1!.accounts.map((a) => a.id)).not.toContain('a034');
    expect(q1!.websites).toHaveLength(24);
    // last quarter had no failing unit once all results were cleared: nothing to rectify
    expect(q1!.rectification).toBeUndefined();
  });

  it('refuses to overwrite the next quarter’s file, leaving it and the folder as they were', async () => {
    const { folder } = officeCopy();
    const mine = join(folder, '2025-q4.yaml');
    writeFileSync(mine, '# 我自己写了一半\nperiod: { year: 2025, quarter: 3 }\n');
    const bytes = readFileSync(mine);
    const listing = readdirSync(folder).sort();
    // the half-written file says Q3 too, so it is not taken for the latest quarter: two files of Q3
    expect((await failure(() => newQuarter({ folder }))).map((d) => d.code)).toEqual(['TB655']);
    writeFileSync(mine, bytes.toString().replace('quarter: 3', 'quarter: 1'));
    const ownBytes = readFileSync(mine);
    const [problem, ...more] = await failure(() => newQuarter({ folder }));
    expect(more).toEqual([]);
    expect(problem).toMatchObject({ code: 'TB653', message: expect.stringContaining('2025-q4.yaml”已经存在') });
    expect(readFileSync(mine).equals(ownBytes)).toBe(true);
    expect(readdirSync(folder).sort()).toEqual(listing);
  });

  it('makes nothing from a latest quarter with errors, and says why', async () => {
    const { folder } = officeCopy(onTestFinished, { recordsInYaml: true });
    const file = join(folder, '2025-q3.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('veto: [首页不更新]', 'veto: [首页不跟新]'));
    const problems = await failure(() => newQuarter({ folder }));
    expect(problems.map((d) => d.code)).toEqual(['TB202', 'TB657']);
    expect(readdirSync(folder)).not.toContain('2025-q4.yaml');
  });

  it.skipIf(process.getuid?.() === 0)('says when the folder cannot be written, leaving nothing behind', async () => {
    const { folder } = officeCopy();
    const listing = readdirSync(folder).sort();
    chmodSync(folder, 0o555);
    try {
      expect((await failure(() => newQuarter({ folder }))).map((d) => d.code)).toEqual(['TB654']);
    } finally {
      chmodSync(folder, 0o755);
    }
    expect(readdirSync(folder).sort()).toEqual(listing);
  });

  it('keeps Windows line endings', async () => {
    const { folder } = officeCopy();
    const file = join(folder, '2025-q3.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n/g, '\r\n'));
    const written = readFileSync((await newQuarter({ folder })).file, 'utf8');
    expect(written.split('\r\n').length).toBe(written.split('\n').length);
  });

  it('copies the shipped workbook once, emptying the results and the columns that showed them (是否合格, 总分)', async () => {
    const { folder } = officeCopy();
    const made = await newQuarter({ folder });
    expect(parse(readFileSync(made.file, 'utf8'))).toMatchObject({
      websites: { file: '检查记录-2025-q4.xlsx', sheet: '网站' },
      accounts: { file: '检查记录-2025-q4.xlsx', sheet: '政务新媒体' },
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(folder, '检查记录-2025-q4.xlsx'));
    const sites = workbook.getWorksheet('网站')!;
    const headers = (sites.getRow(1).values as unknown[]).slice(1);
    const resultsFrom = headers.indexOf('是否检查');
    expect(resultsFrom).toBeGreaterThan(0);
    expect(headers.slice(resultsFrom)).toEqual(['是否检查', '单项否决', '发布解读', '办事服务', '互动交流', '功能设计', '加分', '问题', '复检结果', '是否合格', '扣分指标得分', '总分']);
    const left: unknown[] = [];
    sites.eachRow((row, number) => {
      if (number > 1) left.push(...(row.values as unknown[]).slice(1 + resultsFrom).filter((cell) => cell !== undefined && cell !== null));
    });
    expect(sites.rowCount).toBe(25);
    expect(left).toEqual([]);
    // one workbook, one line: what each of its sheets had emptied
    const copied = newQuarterReport(made).filter((line) => line.startsWith('表格 '));
    expect(copied).toHaveLength(1);
    expect(copied[0]).toContain('网站表清空了“是否检查”“单项否决”“发布解读”“办事服务”“互动交流”“功能设计”“加分”“问题”“复检结果”“是否合格”“扣分指标得分”“总分”列；账号表清空了');
  });
});

describe('tongbao new on a quarter of its own shape', () => {
  const ISSUER = `${ISSUER_YAML}facts: [{ name: 提醒次数, of: quarter, unit: 次 }, { name: 发布信息, of: accounts, unit: 条 }]\n`;
  const Q4 = `period: { year: 2025, quarter: 4 }
date: 2026-01-15
yearAgo: { published: { period: { year: 2024, quarter: 4 }, accounts: { passRate: 93.5 } } }
facts: { 提醒次数: 12 }
accounts:
  - { id: a01, name: 测试发布, platform: 微信公众号, owner: 市政府办公室, region: 市本级, facts: { 发布信息: 120 } }
  - { id: a02, name: 测试二, platform: 微信公众号, owner: 市政府办公室, region: 市本级, status: 建设中, opened: 2025-11-02 }
  - { id: a03, name: 测试三, platform: 微信公众号, owner: 市政府办公室, region: 市本级, status: 关停 }
`;

  it('carries units being built, leaves the closed one out, clears the facts, drops the year-ago figures and adds previous', async () => {
    const project = tempProject({ '城/_issuer.yaml': ISSUER, '城/2025-q4.yaml': Q4 });
    const made = await newQuarter({ folder: join(project.root, '城') });
    const text = readFileSync(made.file, 'utf8');
    expect(made.file).toBe(join(project.root, '城', '2026-q1.yaml'));
    expect(text).toBe(`# 本文件由 tongbao new 根据 2025-q4.yaml 生成：写着“待填写”的日期和各单位本季度的检查结果要按本季度填写。

period: { year: 2026, quarter: 1 }
date: 待填写 # 成文日期（通报落款日期），写成 年-月-日
# 上一季度：上一季度文件的路径（相对于本文件），由 tongbao new 填写
previous: 2025-q4.yaml
# 本季度的统计事项，按名称填数
facts:
  提醒次数:
accounts:
  - { id: a01, name: 测试发布, platform: 微信公众号, owner: 市政府办公室, region: 市本级 }
  - { id: a02, name: 测试二, platform: 微信公众号, owner: 市政府办公室, region: 市本级, status: 建设中, opened: 2025-11-02 }
`);
    expect(made.cleared).toMatchObject({ facts: ['提醒次数'], yearAgo: true, messages: [], narrative: false });
    expect(made.rectification).toEqual([]);
    const problems = await failure(() => project.load('城/2026-q1.yaml'));
    expect(problems.map((d) => `${d.code} ${d.field}`)).toEqual(['TB209 date', 'TB103 facts.提醒次数']);
  });
});
