// Records read from sheets named in the quarter file: an XLSX worksheet under a title row and
// a two-row header with a merged group cell, a CSV, each read into the same records as the
// YAML they stand for, with problems named at their workbook, sheet, cell and header.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../src/diagnostics/report.js';
import { ISSUER_YAML, tempProject } from './temp-project.js';

const HEAD = `period: { year: 2025, quarter: 3 }
date: 2025-10-15
window: { start: 2025-07-01, end: 2025-09-20 }
deadline: 2025-10-31
`;

/** 网站 worksheet: a title row, a header whose 扣分指标 cell is merged over the four groups, a blank row. */
async function writeWebsites(file: string, rows: readonly (readonly unknown[])[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('网站');
  sheet.addRow(['2025年第三季度政府网站检查结果']);
  sheet.mergeCells('A1:L1');
  sheet.addRow(['序号', '网站名称', '网站标识码', '主办单位', '网站类型', '层级', '所属地区', '扣分指标', '', '', '', '单项否决']);
  sheet.addRow(['', '', '', '', '', '', '', '发布解读', '办事服务', '互动交流', '功能设计', '']);
  sheet.mergeCells('H2:K2');
  for (const column of ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'L']) sheet.mergeCells(`${column}2:${column}3`);
  for (const row of rows) sheet.addRow([...row]);
  await workbook.xlsx.writeFile(file);
}

describe('records from sheets', () => {
  it('reads a worksheet under a title row and a merged two-row header into the records YAML would give', async () => {
    const project = tempProject({ '城/_issuer.yaml': ISSUER_YAML });
    await writeWebsites(join(project.root, '城/网站.xlsx'), [
      [1, '测试市人民政府门户网站 ', '3301000001', '市政府办公室', '门户网站', '市级', '市本级', '27.5', 22, '１８', 21, ''],
      [],
      [2, '测试市教育局网站', '3301000002', '市教育局', '部门网站', '市级', '市本级', 30, 25, 20, 25, '首页不更新；安全、泄密事故等严重问题'],
    ]);
    project.write('城/账号.csv', '\uFEFF账号名称,平台,开办主体,所属地区,是否检查\n测试发布,微信订阅号,市政府办公室,市本级,是\n测试教育,新浪微博,市教育局,市本级,否\n');
    project.write('城/2025-q3.yaml', `${HEAD}websites: { file: 网站.xlsx, sheet: 网站 }\naccounts:\n  - { file: 账号.csv }\n  - { id: a09, name: 测试文旅, platform: 抖音, owner: 市文旅局, region: 市本级 }\n`);

    const records = await project.load('城/2025-q3.yaml');

    expect(records.websites.map(({ place, ...unit }) => unit)).toEqual([
      {
        id: '3301000001',
        code: '3301000001',
        name: '测试市人民政府门户网站',
        owner: '市政府办公室',
        kind: '门户网站',
        level: '市级',
        region: '市本级',
        scores: { 发布解读: '27.5', 办事服务: '22', 互动交流: '18', 功能设计: '21' },
        status: '运行',
        checked: true,
        veto: [],
      },
      {
        id: '3301000002',
        code: '3301000002',
        name: '测试市教育局网站',
        owner: '市教育局',
        kind: '部门网站',
        level: '市级',
        region: '市本级',
        scores: { 发布解读: '30', 办事服务: '25', 互动交流: '20', 功能设计: '25' },
        status: '运行',
        checked: true,
        veto: ['首页不更新', '安全、泄密事故等严重问题'],
      },
    ]);
    expect(records.websites[1]?.place).toMatchObject({ sheet: '网站', cell: 'B6', header: '网站名称', line: 6 });
    expect(records.accounts.map(({ id, platform, checked }) => ({ id, platform, checked }))).toEqual([
      { id: '测试发布（微信公众号，市政府办公室）', platform: '微信公众号', checked: true },
      { id: '测试教育（新浪微博，市教育局）', platform: '新浪微博', checked: false },
      { id: 'a09', platform: '抖音', checked: true },
    ]);
  });

  it('names a problem in a sheet by workbook, sheet, cell and header', async () => {
    const project = tempProject({ '城/_issuer.yaml': ISSUER_YAML });
    await writeWebsites(join(project.root, '城/网站.xlsx'), [
      [1, '测试市人民政府门户网站', '3301000001', '市政府办公室', '门户网站', '市级', '市本级', '27.5分', 22, 18, 21, ''],
    ]);
    project.write('城/2025-q3.yaml', `${HEAD}websites: { file: 网站.xlsx, sheet: 网站 }\n`);

    const problems = await project.problems('城/2025-q3.yaml');

    expect(problems.map((d) => formatDiagnostic(d).split('\n')[0])).toEqual([expect.stringMatching(/网站\.xlsx 网站!H4 发布解读 — 错误：.*27\.5分.*（TB\d+）$/)]);
  });

  it('says what to change in a unit’s state by the sheet’s own headers and 是/否, not by YAML keys', async () => {
    const project = tempProject({ '城/_issuer.yaml': ISSUER_YAML });
    project.write(
      '城/账号.csv',
      '\uFEFF账号名称,平台,开办主体,所属地区,状态,是否检查,问题\n测试发布,新浪微博,市政府办公室,市本级,关停,是,\n测试教育,新浪微博,市教育局,市本级,运行,否,长期不更新\n',
    );
    project.write('城/2025-q3.yaml', `${HEAD}accounts: { file: 账号.csv }\n`);

    const problems = await project.problems('城/2025-q3.yaml');

    expect(problems.map((d) => [d.code, d.place?.cell, d.hint])).toEqual([
      ['TB203', 'F2', '只有运行中的单位参加检查：把“是否检查”改为“否”，或改正“状态”。'],
      ['TB204', 'G3', '把“是否检查”改为“是”，或删去检查结果。'],
    ]);
  });
});

describe('sheet references and the office’s own headers', () => {
  it('takes headers from columns: in _issuer.yaml, and names a misspelt field with the nearest one', async () => {
    const csv = '\uFEFF站点全称,开办单位,类别,层级,县区\n测试网站,市政府办公室,门户网站,市级,市本级\n';
    const good = tempProject({ '城/_issuer.yaml': `${ISSUER_YAML}columns:\n  websites: { name: 站点全称, region: [县区] }\n`, '城/网站.csv': csv });
    good.write('城/2025-q3.yaml', `${HEAD}websites: { file: 网站.csv }\n`);
    expect((await good.load('城/2025-q3.yaml')).websites.map(({ name, region }) => ({ name, region }))).toEqual([{ name: '测试网站', region: '市本级' }]);

    const misspelt = tempProject({ '城/_issuer.yaml': `${ISSUER_YAML}columns:\n  websites: { nmae: 站点全称 }\n`, '城/2025-q3.yaml': `${HEAD}websites: []\n` });
    const [problem] = await misspelt.problems('城/2025-q3.yaml');
    expect(problem).toMatchObject({ code: 'TB104', field: 'columns.websites.nmae', hint: '是否想写“name”？' });
  });

  it('reads a UTF-16 CSV (Excel’s “Unicode 文本”) and says which sheets a workbook has when the one named is not there', async () => {
    const project = tempProject({ '城/_issuer.yaml': ISSUER_YAML });
    const text = '\uFEFF账号名称\t平台\t开办主体\t所属地区\n测试发布\t微信公众号\t市政府办公室\t市本级\n'.replace(/\t/g, ',');
    writeFileSync(join(project.root, '城/账号.csv'), Buffer.from(text, 'utf16le'));
    await writeWebsites(join(project.root, '城/网站.xlsx'), []);
    project.write('城/2025-q3.yaml', `${HEAD}websites: { file: 网站.xlsx, sheet: 网站2 }\naccounts: { file: 账号.csv }\n`);

    const problems = await project.problems('城/2025-q3.yaml');

    expect(problems.map((d) => [d.code, d.field, d.message, d.hint])).toEqual([
      ['TB152', 'websites.file', `工作簿“${join(project.root, '城/网站.xlsx')}”里没有名为“网站2”的工作表`, '工作簿里的工作表：网站；把 sheet 写成其中之一。'],
    ]);
  });

  it('says a unit entered twice once: in one sheet as its rows, across sheet and YAML at the cell of the first', async () => {
    const project = tempProject({ '城/_issuer.yaml': ISSUER_YAML });
    const rows = ['账号名称,平台,开办主体,所属地区', '测试发布,微信订阅号,市政府办公室,市本级', '测试发布,公众号,市政府办公室,市本级', '测试二,抖音,市政府办公室,市本级'];
    project.write('城/账号.csv', `${rows.join('\n')}\n`);
    project.write('城/2025-q3.yaml', `${HEAD}accounts:\n  - { file: 账号.csv }\n  - { id: 测试二（抖音，市政府办公室）, name: 测试三, platform: 抖音, owner: 市政府办公室, region: 市本级 }\n`);

    const problems = await project.problems('城/2025-q3.yaml');

    expect(problems.map((d) => formatDiagnostic(d).split('\n')[0]?.replaceAll(`${project.root}/城/`, ''))).toEqual([
      '账号.csv A3 账号名称 — 错误：这一行与第 2 行的名称、平台和开办主体都相同，是同一个账号录入了两次（TB159）',
      '2025-q3.yaml:7:11 accounts[3].id — 错误：编号“测试二（抖音，市政府办公室）”重复，账号.csv A4 已经用过（TB201）',
    ]);
  });
});

describe('sheets that cannot be read', () => {
  it('are said at the quarter file’s line that names them, in words an office can act on', async () => {
    const project = tempProject({ '城/_issuer.yaml': ISSUER_YAML, '城/网站.xlsx': '这不是工作簿', '城/账号.csv': '账号名称,平台\n"测试,微信\n', '城/旧表.xls': 'x' });
    project.write('城/2025-q3.yaml', `${HEAD}websites:\n  - { file: 网站.xlsx }\n  - { file: 旧表.xls }\naccounts: { file: 账号.csv }\n`);

    const problems = await project.problems('城/2025-q3.yaml');

    expect(problems.map((d) => [d.code, d.place?.line, d.field, d.message.replaceAll(`${project.root}/城/`, '')])).toEqual([
      ['TB151', 6, 'websites[0].file', '无法读取表格文件“网站.xlsx”：它不是有效的 Excel 工作簿（.xlsx），或已损坏、加了密码'],
      ['TB150', 7, 'websites[1].file', '“旧表.xls”是 .xls 文件，检查记录只能从 .xlsx 或 .csv 文件读取'],
      ['TB151', 8, 'accounts.file', '无法读取 CSV 文件“账号.csv”：格式有误（如引号不成对）'],
    ]);
  });
});

describe('workbooks written by other tools', () => {
  it('finds a worksheet by name when the workbook names its part from the root, as openpyxl writes it', async () => {
    const project = tempProject({ '城/_issuer.yaml': ISSUER_YAML });
    const file = join(project.root, '城/网站.xlsx');
    await writeWebsites(file, [[1, '测试市人民政府门户网站', '3301000001', '市政府办公室', '门户网站', '市级', '市本级', 27.5, 22, 18, 21, '']]);
    const parts = unzipSync(readFileSync(file));
    const relations = strFromU8(parts['xl/_rels/workbook.xml.rels'] ?? new Uint8Array());
    expect(relations).toContain('Target="worksheets/sheet1.xml"');
    parts['xl/_rels/workbook.xml.rels'] = strToU8(relations.replace('Target="worksheets/sheet1.xml"', 'Target="/xl/worksheets/sheet1.xml"'));
    writeFileSync(file, zipSync(parts));
    project.write('城/2025-q3.yaml', `${HEAD}websites: { file: 网站.xlsx, sheet: 网站 }\n`);

    const records = await project.load('城/2025-q3.yaml');

    expect(records.websites.map(({ name, place }) => [name, place.sheet, place.cell])).toEqual([['测试市人民政府门户网站', '网站', 'B4']]);
  });
});

describe('the same problem on many rows', () => {
  it('is said once, at its first cell, with the count and the rows', async () => {
    const rows = ['账号名称,平台,开办主体,所属地区', ...Array.from({ length: 8 }, (_, index) => `账号${index},推特,市政府办公室,市本级`)];
    const project = tempProject({ '城/_issuer.yaml': ISSUER_YAML, '城/账号.csv': `${rows.join('\n')}\n` });
    project.write('城/2025-q3.yaml', `${HEAD}accounts: { file: 账号.csv }\n`);

    const problems = await project.problems('城/2025-q3.yaml');

    expect(problems.map((d) => [d.code, d.place?.cell, d.message])).toEqual([['TB205', 'B2', '平台“推特”不在平台列表中（共 8 个账号，首个在第 2 行；另见第 3、4、5、6、7 行…）']]);
  });
});
