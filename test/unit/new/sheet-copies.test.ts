// A quarter whose records are sheets: `tongbao new` copies each sheet for the next quarter,
// named after it, with closed units' rows left out and result cells emptied, the office's
// layout and encoding kept, and the new quarter file pointing at the copies.

import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { copyWorkbook } from '../../../src/new/xlsx-copy.js';
import { encodeGb18030 } from '../../../src/new/gb18030.js';
import { newQuarter } from '../../../src/new/index.js';
import { newQuarterReport } from '../../../src/new/report.js';
import { ISSUER_YAML, tempProject } from '../load/temp-project.js';
import { failure, fillIn } from './office-copy.js';

const HEAD = `period: { year: 2025, quarter: 3 }
date: 2025-10-15
window: { start: 2025-07-01, end: 2025-09-20 }
`;

const RED = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } } as const;

/** 网站 worksheet: a title row, a two-row header with 扣分指标 merged over its groups, then the rows. */
async function websitesWorkbook(rows: readonly (readonly unknown[])[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('网站');
  workbook.addWorksheet('说明').addRow(['本表由检查组填写']);
  sheet.addRow(['2025年第三季度政府网站检查结果']);
  sheet.mergeCells('A1:L1');
  sheet.addRow(['网站名称', '网站标识码', '主办单位', '网站类型', '层级', '所属地区', '运行状态', '扣分指标', '', '', '', '单项否决']);
  sheet.addRow(['', '', '', '', '', '', '', '发布解读', '办事服务', '互动交流', '功能设计', '']);
  sheet.mergeCells('H2:K2');
  sheet.getColumn(1).width = 40;
  for (const row of rows) sheet.addRow([...row]);
  sheet.getCell('L5').fill = RED;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const SITES = [
  ['测试市人民政府门户网站', '3301000001', '市政府办公室', '门户网站', '市级', '市本级', '运行', 27.5, 22, 18, 21, ''],
  ['测试市教育局网站', '3301000002', '市教育局', '部门网站', '市级', '市本级', '运行', '', '', '', '', '首页不更新'],
  ['测试市商务局网站', '3301000003', '市商务局', '部门网站', '市级', '市本级', '关停', '', '', '', '', ''],
  ['测试市民政局网站', '3301000004', '市民政局', '部门网站', '市级', '市本级', '', 25, 20, 15, 20, ''],
];

const ACCOUNTS_CSV = '\uFEFF2025年第三季度政务新媒体检查结果,,,,,,\r\n账号名称,平台,开办主体,所属地区,运行状态,单项否决,问题\r\n测试发布,微信订阅号,市政府办公室,市本级,正常运行,,\r\n"测试教育,官方",新浪微博,市教育局,市本级,,内容不更新,监测点前两周未更新\r\n测试旧号,抖音,市教育局,市本级,关停,,\r\n';

async function sheetProject(accounts: { name: string; bytes: Uint8Array }) {
  const project = tempProject({ '城/_issuer.yaml': ISSUER_YAML });
  project.write('城/网站检查结果.xlsx', await websitesWorkbook(SITES));
  project.write(`城/${accounts.name}`, accounts.bytes);
  project.write('城/2025-q3.yaml', `${HEAD}websites: { file: 网站检查结果.xlsx, sheet: 网站 }\naccounts:\n  - { file: ${accounts.name} }\n  - { id: a09, name: 测试文旅, platform: 抖音, owner: 市文旅局, region: 市本级 }\n`);
  return project;
}

async function cellsOf(file: string, sheet: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const rows: unknown[][] = [];
  workbook.getWorksheet(sheet)!.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('tongbao new on a quarter of sheets', () => {
  it('copies the workbook under the new quarter’s name: closed rows out, results emptied, titles, headers and formatting kept', async () => {
    const project = await sheetProject({ name: '账号-2025-q3.csv', bytes: Buffer.from(ACCOUNTS_CSV) });
    const folder = join(project.root, '城');
    const original = readFileSync(join(folder, '网站检查结果.xlsx'));
    const made = await newQuarter({ folder });

    const written = parse(readFileSync(made.file, 'utf8')) as Record<string, unknown>;
    expect(written.websites).toEqual({ file: '网站检查结果-2025-q4.xlsx', sheet: '网站' });
    expect(written.accounts).toEqual([{ file: '账号-2025-q4.csv' }, { id: 'a09', name: '测试文旅', platform: '抖音', owner: '市文旅局', region: '市本级' }]);
    expect(readFileSync(join(folder, '网站检查结果.xlsx')).equals(original)).toBe(true);

    const copy = join(folder, '网站检查结果-2025-q4.xlsx');
    const rows = await cellsOf(copy, '网站');
    // the title names the new quarter; the header rows are as they were
    expect(rows[0]?.[0]).toBe('2025年第四季度政府网站检查结果');
    expect(rows.slice(1, 3)).toEqual((await cellsOf(join(folder, '网站检查结果.xlsx'), '网站')).slice(1, 3));
    expect(rows.slice(3).map((row) => row.slice(0, 7))).toEqual([SITES[0]!.slice(0, 7), SITES[1]!.slice(0, 7), SITES[3]!.slice(0, 7)]);
    expect(rows.slice(3).flatMap((row) => row.slice(7).filter((cell) => cell !== undefined && cell !== null))).toEqual([]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(copy);
    const sheet = workbook.getWorksheet('网站')!;
    expect((sheet.model as unknown as { merges: string[] }).merges.sort()).toEqual(['A1:L1', 'H2:K2']);
    expect(sheet.getCell('L5').fill).toEqual(RED);
    expect(sheet.getColumn(1).width).toBe(40);
    expect(workbook.getWorksheet('说明')!.getCell('A1').value).toBe('本表由检查组填写');

    expect(made.copies.map((c) => [c.channel, c.carried, c.leftOut.map((u) => u.name), c.emptied])).toEqual([
      ['websites', 3, ['测试市商务局网站'], ['发布解读', '办事服务', '互动交流', '功能设计', '单项否决']],
      ['accounts', 2, ['测试旧号'], ['单项否决', '问题']],
    ]);
    expect(made.carried.map((c) => [c.channel, c.carried, c.leftOut.length])).toEqual([
      ['websites', 3, 1],
      ['accounts', 3, 1],
    ]);
    // last quarter's failing units are the sheets' rows that failed
    expect(made.rectification.map((unit) => unit.name)).toEqual(['测试市教育局网站', '测试教育,官方']);
    const report = newQuarterReport(made);
    expect(report).toContain(`表格 ${relative(process.cwd(), join(folder, '网站检查结果.xlsx'))} 复制为 ${relative(process.cwd(), copy)}，清空了“发布解读”“办事服务”“互动交流”“功能设计”“单项否决”列；本季度的检查结果填在复制出的表格里。`);
    expect(report).toContain('带入本季度：网站 3 家、账号 3 个，各项检查结果已清空。');
    expect(report).toContain('     "测试教育,官方（新浪微博，市教育局）"  测试教育,官方（市教育局）：监测点前两周未更新');
  });

  it('keeps the CSV’s byte-order mark, line breaks and untouched rows byte for byte', async () => {
    const project = await sheetProject({ name: '账号.csv', bytes: Buffer.from(ACCOUNTS_CSV) });
    await newQuarter({ folder: join(project.root, '城') });
    const copy = readFileSync(join(project.root, '城', '账号-2025-q4.csv'), 'utf8');
    expect(copy).toBe('\uFEFF2025年第四季度政务新媒体检查结果,,,,,,\r\n账号名称,平台,开办主体,所属地区,运行状态,单项否决,问题\r\n测试发布,微信订阅号,市政府办公室,市本级,正常运行,,\r\n"测试教育,官方",新浪微博,市教育局,市本级,,,\r\n');
  });

  it('writes a GBK CSV back in GBK', async () => {
    const gbk = encodeGb18030(ACCOUNTS_CSV.slice(1))!;
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk)).toThrow();
    const project = await sheetProject({ name: '账号.csv', bytes: gbk });
    await newQuarter({ folder: join(project.root, '城') });
    const copy = readFileSync(join(project.root, '城', '账号-2025-q4.csv'));
    expect(new TextDecoder('gb18030').decode(copy).split('\r\n')[3]).toBe('"测试教育,官方",新浪微博,市教育局,市本级,,,');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(copy)).toThrow();
  });

  it('gives a new quarter that loads from the copies once filled in, and the same bytes from the same workbook', async () => {
    const first = await sheetProject({ name: '账号.csv', bytes: Buffer.from(ACCOUNTS_CSV) });
    const second = await sheetProject({ name: '账号.csv', bytes: Buffer.from(ACCOUNTS_CSV) });
    const made = await newQuarter({ folder: join(first.root, '城') });
    await newQuarter({ folder: join(second.root, '城') });
    const copyOf = (root: string) => readFileSync(join(root, '城', '网站检查结果-2025-q4.xlsx'));
    expect(copyOf(first.root).equals(copyOf(second.root))).toBe(true);

    first.write('城/2025-q4.yaml', fillIn(readFileSync(made.file, 'utf8'), made.period));
    const records = await first.load('城/2025-q4.yaml');
    expect(records.websites.map((site) => [site.name, site.status, site.checked, site.veto, site.scores])).toEqual([
      ['测试市人民政府门户网站', '运行', true, [], undefined],
      ['测试市教育局网站', '运行', true, [], undefined],
      ['测试市民政局网站', '运行', true, [], undefined],
    ]);
    expect(records.accounts.map((account) => account.name)).toEqual(['测试发布', '测试教育,官方', '测试文旅']);
    expect(records.rectification?.fixed).toEqual(made.rectification.map((unit) => unit.id));
    expect(readdirSync(join(first.root, '城')).sort()).toEqual(['2025-q3.yaml', '2025-q4.yaml', '_issuer.yaml', '网站检查结果-2025-q4.xlsx', '网站检查结果.xlsx', '账号-2025-q4.csv', '账号.csv']);
  });
});

describe('a refused new quarter of sheets', () => {
  it('leaves no copy behind when the quarter file cannot be written', async () => {
    const project = await sheetProject({ name: '账号.csv', bytes: Buffer.from(ACCOUNTS_CSV) });
    const folder = join(project.root, '城');
    project.write('城/2025-q4.yaml', '# 已经开始写的\n');
    const listing = readdirSync(folder).sort();
    // the copies are made before the quarter file, which is refused: they go again
    expect((await failure(() => newQuarter({ folder }))).map((d) => d.code)).toEqual(['TB653']);
    expect(readdirSync(folder).sort()).toEqual(listing);
  });
});

describe('one workbook for both channels', () => {
  it('is copied once, both worksheets edited, both references pointing at the copy', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await websitesWorkbook(SITES)).buffer as ArrayBuffer);
    const accounts = workbook.addWorksheet('账号');
    accounts.addRow(['账号名称', '平台', '开办主体', '所属地区', '运行状态', '单项否决']);
    accounts.addRow(['测试发布', '微信订阅号', '市政府办公室', '市本级', '正常运行', '']);
    accounts.addRow(['测试旧号', '抖音', '市教育局', '市本级', '关停', '']);
    accounts.addRow(['测试教育', '新浪微博', '市教育局', '市本级', '', '内容不更新']);
    const project = tempProject({ '城/_issuer.yaml': ISSUER_YAML });
    project.write('城/检查结果.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    project.write('城/2025-q3.yaml', `${HEAD}websites: { file: 检查结果.xlsx, sheet: 网站 }\naccounts: { file: 检查结果.xlsx, sheet: 账号 }\n`);
    const made = await newQuarter({ folder: join(project.root, '城') });
    const written = parse(readFileSync(made.file, 'utf8')) as Record<string, unknown>;
    expect([written.websites, written.accounts]).toEqual([
      { file: '检查结果-2025-q4.xlsx', sheet: '网站' },
      { file: '检查结果-2025-q4.xlsx', sheet: '账号' },
    ]);
    const copy = join(project.root, '城', '检查结果-2025-q4.xlsx');
    expect((await cellsOf(copy, '账号')).map((row) => row.slice(0, 6))).toEqual([
      ['账号名称', '平台', '开办主体', '所属地区', '运行状态', '单项否决'],
      ['测试发布', '微信订阅号', '市政府办公室', '市本级', '正常运行'],
      ['测试教育', '新浪微博', '市教育局', '市本级', ''],
    ]);
    expect((await cellsOf(copy, '网站')).length).toBe(6);
    expect(made.carried.map((c) => [c.channel, c.carried])).toEqual([['websites', 3], ['accounts', 2]]);
  });
});

describe('copying a workbook', () => {
  it('moves merged ranges below a removed row with their cells', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('表');
    for (const row of [['标题'], ['名称', '问题'], ['甲', 'x'], ['乙', 'y'], ['丙', 'z'], ['注：', '']]) sheet.addRow(row);
    sheet.mergeCells('A6:B6');
    sheet.mergeCells('A4:A5');
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const edit = { dropRows: new Set([3]), clearRows: new Set([4, 5]), resultColumns: [1], titleRows: new Set([1]), retitle: (text: string) => `新${text}` };
    const copy = await copyWorkbook({ bytes, edits: new Map([['表', edit]]), isoDate: '2025-10-01' });
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(copy!.buffer as ArrayBuffer);
    const copied = read.getWorksheet('表')!;
    expect((copied.model as unknown as { merges: string[] }).merges.sort()).toEqual(['A3:A4', 'A5:B5']);
    expect(copied.getCell('A1').value).toBe('新标题');
    expect([3, 4, 5].map((row) => [copied.getCell(`A${row}`).value, copied.getCell(`B${row}`).value])).toEqual([
      ['乙', null],
      ['乙', null],
      ['注：', '注：'],
    ]);
  });
});
