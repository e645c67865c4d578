// The shared column-width decision on its own: whole twips that fill the table, short cells and
// headers never narrower than their text, the rest shared as HTML's auto layout shares it or, when not all fits, where it saves the most lines.

import { describe, expect, it } from 'vitest';
import { ELEMENT } from '../../../src/layout/gbt9704.js';
import { TABLE, tableColumnWidthsTwip, type ColumnTexts } from '../../../src/layout/table-columns.js';
import { widthInChars } from '../../../src/layout/text-width.js';

const WIDTH = 8845;
const CHAR_TWIP = ELEMENT.table.sizePt * 20;
const FRAME_TWIP = (2 * TABLE.cellPaddingPt + TABLE.rulePt) * 20;
/** the narrowest column that sets `text` on one line */
const fits = (text: string) => (widthInChars(text) + TABLE.measureSlackChars) * CHAR_TWIP + FRAME_TWIP;
const sum = (widths: number[]) => widths.reduce((total, width) => total + width, 0);

const ACCOUNTS: ColumnTexts[] = [
  { header: '序号', cells: Array.from({ length: 120 }, (_, i) => String(i + 1)) },
  { header: '区/部门', cells: ['贺州市', '自治区党委网络安全和信息化委员会办公', '梧州市'] },
  { header: '账号类型', cells: ['微信', '头条号'] },
  { header: '账号名称', cells: ['贺州发布', '广西壮族自治区人力资源和社会保障厅官方微信公众号'] },
  { header: '问题', cells: ['内容不更新', '监测时间点前两周未更新，未提供有效互动功能'] },
];

describe('table column widths', () => {
  it('are whole twips that fill the table', () => {
    const widths = tableColumnWidthsTwip(ACCOUNTS, WIDTH);
    expect(widths.every(Number.isInteger)).toBe(true);
    expect(sum(widths)).toBe(WIDTH);
  });

  it('set every header and every cell of up to four characters on one line', () => {
    const widths = tableColumnWidthsTwip(ACCOUNTS, WIDTH);
    ACCOUNTS.forEach((column, i) => {
      const short = [column.header, ...column.cells.filter((cell) => [...cell].length <= TABLE.shortCellChars)];
      for (const text of short) expect(widths[i]).toBeGreaterThanOrEqual(Math.floor(fits(text)));
    });
  });

  it('share what is left so that the body has as few lines as it can when the longest cells do not all fit', () => {
    // a failing-accounts attachment like the synthetic 2,000-account city's: owners of 4 to 14
    // characters, names up to 18, problems of 9 or 12; HTML's proportional share gave the
    // problems column 4 characters and most rows 3 or 4 lines
    const districts = ['北安区', '宝安区', '青溪县', '南湖区', '东城区'];
    const offices = ['人民政府', '住房和城乡建设局', '文化广电体育和旅游局', '应急管理局', '市场监督管理局', '农业农村局', '生态环境局'];
    const rows = Array.from({ length: 350 }, (_, i) => {
      const owner = `${districts[i % districts.length]}${offices[(i * 3) % offices.length]}`;
      return [String(i + 1), owner, i % 3 === 0 ? '头条号' : '微信', `${owner.slice(0, 2 + (i % 9))}发布`, i % 2 === 0 ? '监测点前两周未更新' : '未提供有效互动功能且不更新'];
    });
    const headers = ['序号', '区/部门', '账号类型', '账号名称', '问题'];
    const columns: ColumnTexts[] = headers.map((header, i) => ({ header, cells: rows.map((row) => row[i]!) }));
    /** body lines with each column `perLine` characters to a line (cells of Chinese characters only, numbers one line) */
    const bodyLines = (perLine: number[]) => rows.reduce((total, row) => total + Math.max(...row.map((cell, i) => (i === 0 ? 1 : Math.ceil([...cell].length / perLine[i]!)))), 0);
    const perLineIn = (widths: number[]) => widths.map((width) => Math.floor((width - FRAME_TWIP) / CHAR_TWIP - TABLE.measureSlackChars + 1e-9));
    const widths = tableColumnWidthsTwip(columns, WIDTH);
    expect(sum(widths)).toBe(WIDTH);
    // HTML's share: every column its minimum, the rest in proportion to how much more its longest cell wants
    const least = columns.map((column) => Math.max(fits(column.header), ...column.cells.filter((cell) => [...cell].length <= TABLE.shortCellChars).map(fits), FRAME_TWIP + 1.3 * CHAR_TWIP));
    const most = columns.map((column) => Math.max(fits(column.header), ...column.cells.map(fits)));
    const rest = WIDTH - sum(least);
    const proportional = least.map((width, i) => width + (rest * (most[i]! - width)) / (sum(most) - sum(least)));
    expect(bodyLines(perLineIn(widths))).toBeLessThan(bodyLines(perLineIn(proportional)));
    // and within a few lines of the fewest any whole numbers of characters to a line that fit give
    const room = Math.floor((WIDTH - widths[0]! - widths[2]! - 3 * FRAME_TWIP) / CHAR_TWIP - 3 * TABLE.measureSlackChars);
    let fewest = Number.POSITIVE_INFINITY;
    for (let owner = 1; owner < room; owner += 1) {
      for (let name = 1; owner + name < room; name += 1) fewest = Math.min(fewest, bodyLines([1, owner, 4, name, room - owner - name]));
    }
    expect(bodyLines(perLineIn(widths))).toBeLessThanOrEqual(fewest * 1.05);
  });

  it('leave no cell with one character alone on its last line, in any font within the measuring slack', () => {
    // the bundled example's failing accounts ("南湖区文化和旅游/局"), and a 19-character owner that
    // the shares alone set six to a line ("…委员会办公/室")
    const example: ColumnTexts[] = [
      { header: '序号', cells: ['1', '2', '3', '4', '5'] },
      { header: '区/部门', cells: ['市科技局', '东城区民政局', '南湖区文化和旅游局', '北山区应急管理局', '青溪县农业农村局'] },
      { header: '账号类型', cells: ['微信', '微信', '微博', '头条号', '抖音'] },
      { header: '账号名称', cells: ['示例市R&D服务', '东城社区通', '南湖文旅', '北山应急', '青溪农业'] },
      { header: '问题', cells: ['监测点前两周未更新', '监测点前两周未更新', '未提供有效互动功能'] },
    ];
    const owners = ACCOUNTS.map((column, i) => (i === 1 ? { ...column, cells: [...column.cells, '自治区党委网络安全和信息化委员会办公室'] } : column));
    for (const columns of [example, owners]) {
      const widths = tableColumnWidthsTwip(columns, WIDTH);
      expect(sum(widths)).toBe(WIDTH);
      columns.forEach((column, i) => {
        const content = (widths[i]! - FRAME_TWIP) / CHAR_TWIP;
        for (const perLine of [Math.floor(content), Math.floor(content - TABLE.measureSlackChars)]) {
          // cells of Chinese characters only: n characters at perLine to a line leave n mod perLine on the last
          for (const cell of column.cells.filter((text) => /^\p{Script=Han}+$/u.test(text))) {
            const length = [...cell].length;
            if (length > perLine) expect(length % perLine, `${cell} at ${perLine} a line`).not.toBe(1);
          }
        }
        for (const short of column.cells.filter((cell) => [...cell].length <= TABLE.shortCellChars)) {
          expect(widths[i]).toBeGreaterThanOrEqual(Math.floor(fits(short)));
        }
      });
    }
  });

  it('set every cell on one line when all fit, and give the rest by the longest cells', () => {
    const columns: ColumnTexts[] = [
      { header: '序号', cells: ['1'] },
      { header: '问题', cells: ['内容不更新'] },
      { header: '说明', cells: ['二'.repeat(20)] },
    ];
    const [number, problem, note] = tableColumnWidthsTwip(columns, WIDTH);
    expect(problem!).toBeGreaterThanOrEqual(Math.floor(fits('内容不更新')));
    // all fit on one line: the rest in proportion to the longest cells
    expect((note! - FRAME_TWIP) / (problem! - FRAME_TWIP)).toBeCloseTo((fits('二'.repeat(20)) - FRAME_TWIP) / (fits('内容不更新') - FRAME_TWIP), 2);
    expect(sum([number!, problem!, note!])).toBe(WIDTH);
  });

  it('let a long Latin word break rather than widen its column beyond eight characters', () => {
    const url = 'https://www.example.gov.cn/zwgk/tzgg/index.html';
    const [, address] = tableColumnWidthsTwip(
      [
        { header: '说明', cells: ['二'.repeat(60)] },
        { header: '网址', cells: [url] },
      ],
      WIDTH,
    );
    expect(address!).toBeLessThan(fits(url));
  });

  it('shrink alike when even the headers do not fit', () => {
    const columns = [...'甲乙丙丁戊己庚辛壬癸子丑'].map((name) => ({ header: `${name}列的表头`, cells: [] }));
    const widths = tableColumnWidthsTwip(columns, WIDTH);
    expect(sum(widths)).toBe(WIDTH);
    // equal but for the rounding remainder, which the first of the widest takes
    expect(Math.max(...widths) - Math.min(...widths)).toBeLessThan(widths.length);
  });
});
