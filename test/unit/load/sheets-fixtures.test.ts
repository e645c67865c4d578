// The sample sheets of test/fixtures/sheets (written by generate.ts): a workbook under a title
// row and a merged two-row header, a GBK CSV and a UTF-8 CSV with an office's own headers,
// read into the very records their YAML form gives, with the same figures; the samples with
// mistakes give each diagnostic at its workbook, sheet, cell and header, all at once.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compose } from '../../../src/compose/index.js';
import { computeFigures } from '../../../src/compute/index.js';
import { isTongbaoError } from '../../../src/diagnostics/diagnostic.js';
import type { Diagnostic } from '../../../src/diagnostics/diagnostic.js';
import { formatDiagnostic } from '../../../src/diagnostics/report.js';
import { loadQuarter } from '../../../src/load/index.js';
import type { QuarterRecords } from '../../../src/model/records.js';
import { sampleFiles } from '../../fixtures/sheets/generate.js';

const PROJECT_ROOT = new URL('../../../', import.meta.url).pathname;
const FOLDER = join(PROJECT_ROOT, 'test/fixtures/sheets');

/** The records without the places they were read from: what the sheet and the YAML must agree on. */
function withoutPlaces(records: QuarterRecords) {
  const units = <T extends { place: unknown }>(list: readonly T[]) => list.map(({ place, ...unit }) => unit);
  return { websites: units(records.websites), accounts: units(records.accounts) };
}

async function problemsOf(file: string): Promise<readonly Diagnostic[]> {
  try {
    await loadQuarter({ file, projectRoot: PROJECT_ROOT });
  } catch (error) {
    if (isTongbaoError(error)) return error.diagnostics;
    throw error;
  }
  throw new Error(`${file} loaded without problems`);
}

describe('the sample sheets', () => {
  it('are what generate.ts writes, byte for byte', async () => {
    for (const [path, bytes] of Object.entries(await sampleFiles())) expect(readFileSync(join(FOLDER, path)), path).toEqual(Buffer.from(bytes));
  });

  it('read into the records of their YAML form: workbook, GBK CSV, UTF-8 CSV and a YAML record in one list', async () => {
    const warnings: Diagnostic[] = [];
    const fromSheets = await loadQuarter({ file: join(FOLDER, '2025-q3.yaml'), projectRoot: PROJECT_ROOT, warnings });
    const fromYaml = await loadQuarter({ file: join(FOLDER, '2025-q3-yaml.yaml'), projectRoot: PROJECT_ROOT });

    expect(withoutPlaces(fromSheets)).toEqual(withoutPlaces(fromYaml));
    // 序号 and 备注 are read past without a word
    expect(warnings).toEqual([]);
    expect(fromSheets.websites).toHaveLength(7);
    expect(fromSheets.accounts.map(({ platform }) => platform)).toEqual([
      '微信公众号',
      '新浪微博',
      '微信公众号',
      '微信公众号',
      '抖音',
      '今日头条',
      '微信公众号',
      '新浪微博',
      '快手',
      '小红书',
    ]);
  });

  it('give the same figures and the same notice as their YAML form', async () => {
    const fromSheets = await loadQuarter({ file: join(FOLDER, '2025-q3.yaml'), projectRoot: PROJECT_ROOT });
    const fromYaml = await loadQuarter({ file: join(FOLDER, '2025-q3-yaml.yaml'), projectRoot: PROJECT_ROOT });
    const [sheetFigures, yamlFigures] = [computeFigures(fromSheets), computeFigures(fromYaml)];

    expect(sheetFigures).toEqual(yamlFigures);
    expect(sheetFigures.websites).toMatchObject({ running: 5, checked: 5, failing: 1 });
    expect(compose({ records: fromSheets, figures: sheetFigures }).markdown).toBe(compose({ records: fromYaml, figures: yamlFigures }).markdown);
  });

  it('place each record at its row: a workbook by sheet and cell, a CSV by cell', async () => {
    const records = await loadQuarter({ file: join(FOLDER, '2025-q3.yaml'), projectRoot: PROJECT_ROOT });

    // rows 4–6 are the first three sites, row 7 is blank
    expect(records.websites.map(({ place }) => place.cell)).toEqual(['B4', 'B5', 'B6', 'B8', 'B9', 'B10', 'B12']);
    expect(records.websites[0]?.place).toEqual({ file: 'test/fixtures/sheets/网站检查结果.xlsx', line: 4, column: 2, sheet: '网站', cell: 'B4', header: '网站名称' });
    expect(records.accounts[0]?.place).toEqual({ file: 'test/fixtures/sheets/账号-市级.csv', line: 2, column: 2, cell: 'B2', header: '账号名称' });
    expect(records.accounts[9]?.place).toMatchObject({ file: 'test/fixtures/sheets/2025-q3.yaml', line: 8 });
  });
});

describe('the sample sheets with mistakes', () => {
  it('name every problem at its workbook, sheet, cell and header, or where the quarter file names the sheet', async () => {
    const problems = await problemsOf(join(FOLDER, '有误/2025-q3.yaml'));

    expect(problems.map((d) => formatDiagnostic(d).split('\n')[0])).toEqual([
      'test/fixtures/sheets/有误/网站-有误.xlsx 网站!A1 — 警告：不认识这些列，不会读取：L 列“联系人”（TB157）',
      'test/fixtures/sheets/有误/网站-有误.xlsx 网站!A3 网站名称 — 错误：这一格是空的，但每一行都必须填写（TB158）',
      'test/fixtures/sheets/有误/网站-有误.xlsx 网站!G4 运行状态 — 错误：“维护中”不是可选的取值（TB111）',
      'test/fixtures/sheets/有误/网站-有误.xlsx 网站!H4 发布解读 — 错误：这里应填写数字（如 27.5，不加引号），实际是文字“二十”（TB103）',
      'test/fixtures/sheets/有误/网站-有误.xlsx 网站!B5 网站标识码 — 错误：这一行与第 2 行的网站标识码都是“4401000002”，是同一家网站录入了两次（TB159）',
      'test/fixtures/sheets/有误/网站-缺列.xlsx Sheet1!A1 — 错误：表格里没有“主办单位”这一列（TB155）',
      'test/fixtures/sheets/有误/2025-q3.yaml:8:13 accounts[0].file — 错误：“test/fixtures/sheets/有误/账号-乱码.csv”既不是 UTF-8、UTF-16，也不是 GBK（GB18030）编码，无法读取其中的文字（TB153）',
      'test/fixtures/sheets/有误/账号-平台.csv B2 平台 — 错误：平台“推特”不在平台列表中（TB205）',
    ]);
    expect(problems.find((d) => d.code === 'TB155')?.hint).toBe(
      '表头里写这一列，列名可以是：主办单位、开办主体、开办单位、主办单位名称；列名不同的，可在发文机关设置（_issuer.yaml）的 columns 里登记。',
    );
    expect(problems.find((d) => d.code === 'TB153')?.hint).toBe('用 Excel 或 WPS 打开该文件，选“另存为”，文件类型选“CSV UTF-8（逗号分隔）（*.csv）”后保存。');
  });
});
