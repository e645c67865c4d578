// Exports real quarters and opens the written workbook with ExcelJS: the headers are ones the
// sheet reader maps back to the same fields, every cell is the record's value, the computed
// columns equal compute's own figures, scores are exact, and the bytes never vary.

import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { computeFigures } from '../../../src/compute/index.js';
import { decimalCell, exactDecimalText } from '../../../src/export/cells.js';
import { COMPUTED_HEADERS } from '../../../src/export/columns.js';
import { defaultWorkbookPath, exportQuarter } from '../../../src/export/index.js';
import { SHEET_NAMES } from '../../../src/export/workbook.js';
import { loadQuarter } from '../../../src/load/index.js';
import { columnsFor, headerKey, IGNORED_HEADERS } from '../../../src/load/sheets/columns.js';
import { ITEMS_ISSUER_YAML, QUARTER_YAML, tempProject } from '../load/temp-project.js';
import { rejectedWith } from '../io/rejected-with.js';
import { LOCKING_WORKS, lockAgainstWrites } from '../robust/locking.js';

const EXAMPLE = resolve(import.meta.dirname, '../../../data/示例市/2025-q3.yaml');

async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  return workbook;
}

/** Header → cell value, one object per data row. */
function rowsOf(sheet: ExcelJS.Worksheet): Array<Record<string, unknown>> {
  const headers = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
  const rows: Array<Record<string, unknown>> = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const values = row.values as unknown[];
    rows.push(Object.fromEntries(headers.map((header, index) => [header, values[index + 1] ?? null])));
  });
  return rows;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('exporting the bundled example', () => {
  it('writes one sheet per kind whose headers the sheet reader maps back, computed columns aside', async () => {
    const project = tempProject();
    const out = join(project.root, 'review.xlsx');
    const result = await exportQuarter({ file: EXAMPLE, out });
    expect(result.workbook).toBe(out);
    const workbook = await readWorkbook(out);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([SHEET_NAMES.websites, SHEET_NAMES.accounts]);
    const records = await loadQuarter({ file: EXAMPLE });
    for (const kind of ['websites', 'accounts'] as const) {
      const sheet = workbook.getWorksheet(SHEET_NAMES[kind])!;
      const headers = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
      const columns = columnsFor(kind, records.issuer);
      const read = headers.filter((header) => !IGNORED_HEADERS.includes(header));
      // every header but the computed ones names a field when read back, and no two the same field
      expect(read.filter((header) => !columns.has(headerKey(header)))).toEqual([]);
      expect(new Set(read.map((header) => JSON.stringify(columns.get(headerKey(header))))).size).toBe(read.length);
      expect(sheet.getRow(1).font?.bold).toBe(true);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.rowCount).toBe(records[kind].length + 1);
    }
    const websiteHeaders = (workbook.getWorksheet('网站')!.getRow(1).values as unknown[]).slice(1);
    expect(websiteHeaders).toEqual([
      '编号', '网站名称', '主办单位', '网站类别', '层级', '所属地区', '运行状态', '是否检查', '单项否决',
      '发布解读', '办事服务', '互动交流', '功能设计', '加分', '问题', '复检结果', '是否合格', '扣分指标得分', '总分',
    ]);
  });

  it('writes each record as typed and 是否合格 and the scores as compute has them', async () => {
    const project = tempProject();
    const out = join(project.root, 'review.xlsx');
    await exportQuarter({ file: EXAMPLE, out });
    const records = await loadQuarter({ file: EXAMPLE });
    const figures = computeFigures(records);
    const sites = rowsOf((await readWorkbook(out)).getWorksheet('网站')!);
    expect(sites.map((row) => row['编号'])).toEqual(records.websites.map((site) => site.id));
    for (const [index, site] of records.websites.entries()) {
      const row = sites[index]!;
      const unit = figures.websites.unit[site.id]!;
      expect(row['网站名称']).toBe(site.name);
      expect(row['主办单位']).toBe(site.owner);
      expect(row['是否检查']).toBe(site.checked ? '是' : '否');
      expect(row['单项否决']).toBe(site.veto.length > 0 ? site.veto.join('、') : null);
      expect(row['是否合格']).toBe(unit.checked ? (unit.passing ? '是' : '否') : null);
      expect(row['扣分指标得分']).toBe(unit.score ? Number(exactDecimalText(unit.score.value)) : null);
      expect(row['总分']).toBe(unit.finalScore ? Number(exactDecimalText(unit.finalScore.value)) : null);
      for (const [group, score] of Object.entries(site.scores ?? {})) expect(row[group]).toBe(Number(score));
    }
    // by hand: w01 28 + 23.5 + 18 + 23 = 92.5 > 80, so its 12.5 bonus counts: 105
    expect(sites[0]).toMatchObject({ 扣分指标得分: 92.5, 总分: 105, 加分: 12.5, 是否合格: '是' });
    // w20 fails on a veto item and was re-checked
    expect(sites.find((row) => row['编号'] === 'w20')).toMatchObject({ 单项否决: '首页不更新', 是否合格: '否', 复检结果: '合格' });
    expect(sites.find((row) => row['编号'] === 'w13')).toMatchObject({ 是否检查: '否', 是否合格: null });
    const accounts = rowsOf((await readWorkbook(out)).getWorksheet('政务新媒体')!);
    expect(accounts.filter((row) => row['是否合格'] === '否').map((row) => row['编号'])).toEqual(figures.accounts.failingUnits.map((unit) => unit.id));
    expect(accounts.find((row) => row['编号'] === 'a034')).toMatchObject({ 平台: '微信公众号', 运行状态: '关停', 是否检查: '否' });
  });

  it('gives the same bytes on every run, whatever the time', async () => {
    const project = tempProject();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-01-02T03:04:05Z'));
    await exportQuarter({ file: EXAMPLE, out: join(project.root, 'a.xlsx') });
    vi.setSystemTime(new Date('2031-06-07T08:09:10Z'));
    await exportQuarter({ file: EXAMPLE, out: join(project.root, 'b.xlsx') });
    const [a, b] = [readFileSync(join(project.root, 'a.xlsx')), readFileSync(join(project.root, 'b.xlsx'))];
    expect(a.length).toBeGreaterThan(1000);
    expect(Buffer.compare(a, b)).toBe(0);
  });
});

describe('exact scores', () => {
  it('writes a decimal as a number only when the number reads back as the same digits', () => {
    expect(decimalCell('27.5')).toBe(27.5);
    expect(decimalCell('0.1')).toBe(0.1);
    expect(decimalCell('30')).toBe(30);
    expect(decimalCell('27.50')).toBe('27.50');
    expect(decimalCell('1234567890.1234567')).toBe('1234567890.1234567');
    expect(decimalCell('0.12345678901234567')).toBe('0.12345678901234567');
  });

  it('writes computed sums with every digit', () => {
    expect(exactDecimalText({ num: 1613n, den: 20n })).toBe('80.65');
    expect(exactDecimalText({ num: 3n, den: 1n })).toBe('3');
    expect(() => exactDecimalText({ num: 1n, den: 3n })).toThrow(RangeError);
  });

  it('exports item scores under the indicators and text scores as text', async () => {
    const quarter = QUARTER_YAML.replace('办事服务: 22,', '办事服务: { 事项公开: 8.25, 在线办理: 13.5 },');
    const project = tempProject({ '城/_issuer.yaml': ITEMS_ISSUER_YAML, '城/2025-q3.yaml': quarter });
    const out = join(project.root, 'out.xlsx');
    await exportQuarter({ file: join(project.root, '城/2025-q3.yaml'), out });
    const sheet = (await readWorkbook(out)).getWorksheet('网站')!;
    const [row] = rowsOf(sheet);
    // 27.50 keeps its trailing zero as text; 27.5 + 8.25 + 13.5 + 18 + 21 = 88.25
    expect(row).toMatchObject({ 发布解读: '27.50', 办事服务: null, 事项公开: 8.25, 在线办理: 13.5, 扣分指标得分: 88.25, 是否合格: '是' });
  });
});

describe('where the workbook goes', () => {
  it('defaults to the quarter file’s name beside it', () => {
    expect(defaultWorkbookPath('/x/示例市/2025-q3.yaml')).toBe('/x/示例市/2025-q3.xlsx');
  });

  it('refuses to replace a workbook already there unless forced, and leaves it as it was', async () => {
    const project = tempProject({ '城/_issuer.yaml': ITEMS_ISSUER_YAML, '城/2025-q3.yaml': QUARTER_YAML });
    const quarter = join(project.root, '城/2025-q3.yaml');
    const target = project.write('城/2025-q3.xlsx', 'the office’s own workbook');
    const problems = await rejectedWith(exportQuarter({ file: quarter }));
    expect(problems.map((d) => d.code)).toEqual(['TB621']);
    expect(problems[0]!.message).toContain('2025-q3.xlsx');
    expect(readFileSync(target, 'utf8')).toBe('the office’s own workbook');
    await exportQuarter({ file: quarter, force: true });
    expect(statSync(target).size).toBeGreaterThan(1000);
    expect(readdirSync(join(project.root, '城')).sort()).toEqual(['2025-q3.xlsx', '2025-q3.yaml', '_issuer.yaml']);
  });

  it.skipIf(!LOCKING_WORKS)('says in Chinese that a folder refuses the workbook, and writes nothing', async () => {
    const project = tempProject({ '城/_issuer.yaml': ITEMS_ISSUER_YAML, '城/2025-q3.yaml': QUARTER_YAML });
    const folder = join(project.root, '城');
    const unlock = lockAgainstWrites(folder);
    try {
      const problems = await rejectedWith(exportQuarter({ file: join(folder, '2025-q3.yaml') }));
      expect(problems.map((d) => d.code)).toEqual(['TB603']);
      expect(problems[0]!.message).toMatch(/[\u4e00-\u9fff]/);
    } finally {
      unlock();
    }
    expect(readdirSync(folder).sort()).toEqual(['2025-q3.yaml', '_issuer.yaml']);
  });

  it('reports a bad quarter file and a blocked target together, writing nothing', async () => {
    const project = tempProject({ '城/_issuer.yaml': ITEMS_ISSUER_YAML, '城/2025-q3.yaml': QUARTER_YAML.replace('level: 市级', 'level: [市级') });
    writeFileSync(join(project.root, 'blocker'), 'a file where a folder should be');
    const problems = await rejectedWith(exportQuarter({ file: join(project.root, '城/2025-q3.yaml'), out: join(project.root, 'blocker/out.xlsx') }));
    expect(problems.map((d) => d.code)).toEqual(['TB101', 'TB602']);
    expect(readdirSync(project.root).sort()).toEqual(['blocker', '城']);
  });
});

it('names computed columns only by headers the sheet reader ignores', () => {
  expect(Object.values(COMPUTED_HEADERS).every((header) => IGNORED_HEADERS.includes(header))).toBe(true);
});
