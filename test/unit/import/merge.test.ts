// Merging a sheet's units into a quarter file's text: the units it names are found by
// 网站标识码, id, or name and owner; only the fields the sheet carries change; everything
// else in the file — comments, hand-written fields, other units — stays byte for byte.

import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { isTongbaoError } from '../../../src/diagnostics/diagnostic.js';
import { mergeUnits } from '../../../src/import/merge.js';
import type { SheetRows, SheetUnit, UnitKey } from '../../../src/import/sheet-unit.js';

const QUARTER = `period: { year: 2025, quarter: 3 }
date: 2025-10-15
# 网站：手写的说明
websites:
  - id: w01  # 门户
    code: "1100000001"
    name: 甲市人民政府门户网站
    owner: 市政府办公室
    kind: 门户网站
    level: 市级
    region: 市本级
    scores: { 发布解读: 27.50, 办事服务: 22, 互动交流: 18, 功能设计: 21 }
    bonus: 6  # 加分
    problem: 手写的问题说明
  # 以下是部门网站
  - id: w02
    name: 甲市教育局网站
    owner: 市教育局
    kind: 部门网站
    level: 市级
    region: 市本级
    checked: false  # 未抽查
accounts:
  - { id: a01, name: 甲市发布, platform: 微信公众号, owner: 市政府办公室, region: 市本级 }  # 主账号
`;

const site = (fields: Partial<SheetUnit> = {}): SheetUnit => ({ name: '甲市人民政府门户网站', owner: '市政府办公室', kind: '门户网站', level: '市级', region: '市本级', ...fields });

function sheet(kind: SheetRows['kind'], units: readonly SheetUnit[], carried: readonly UnitKey[]): SheetRows {
  return { kind, carried: new Set(carried), rows: units.map((unit, index) => ({ unit, where: { place: { file: 't.xlsx', line: index + 2, column: 1, sheet: '网站', cell: `A${index + 2}` } } })), problems: [] };
}

const IDENTITY: UnitKey[] = ['code', 'name', 'owner', 'kind', 'level', 'region'];

/** The lines of `after` that are not in `before`, and the reverse. */
function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const [a, b] = [before.split('\n'), after.split('\n')];
  return { removed: a.filter((line) => !b.includes(line)), added: b.filter((line) => !a.includes(line)) };
}

describe('merging into units the file has', () => {
  it('changes only the carried fields of the unit matched by code, keeping comments and hand-written fields', () => {
    const rows = sheet('websites', [site({ code: '1100000001', name: '甲市政府门户网站', bonus: '8' })], [...IDENTITY, 'bonus']);
    const merged = mergeUnits({ text: QUARTER, file: 'q.yaml', sheet: rows });
    expect(merged.counts).toEqual({ updated: 1, added: 0, unchanged: 0 });
    const data = parseDocument(merged.text).toJS();
    expect(data.websites[0]).toMatchObject({ id: 'w01', name: '甲市政府门户网站', bonus: 8, problem: '手写的问题说明', scores: { 发布解读: 27.5 } });
    // only the two values change; the comment after one of them stays as typed
    const { removed, added } = changedLines(QUARTER, merged.text);
    expect(removed).toEqual(['    name: 甲市人民政府门户网站', '    bonus: 6  # 加分']);
    expect(added).toEqual(['    name: 甲市政府门户网站', '    bonus: 8  # 加分']);
    expect(merged.text).toContain('# 网站：手写的说明\nwebsites:\n');
    expect(merged.text).toContain('scores: { 发布解读: 27.50, 办事服务: 22, 互动交流: 18, 功能设计: 21 }');
    expect(merged.text.slice(merged.text.indexOf('  # 以下是部门网站'))).toBe(QUARTER.slice(QUARTER.indexOf('  # 以下是部门网站')));
  });

  it('adds a field on its own line after the one before it, and takes a removed field’s line out', () => {
    const rows = sheet('websites', [site({ code: '1100000001', veto: ['首页不更新'], recheck: '合格' })], [...IDENTITY, 'veto', 'problem', 'recheck']);
    const merged = mergeUnits({ text: QUARTER, file: 'q.yaml', sheet: rows });
    expect(merged.text).toBe(
      QUARTER.replace('    kind: 门户网站\n    level: 市级\n    region: 市本级\n', '    kind: 门户网站\n    level: 市级\n    region: 市本级\n    veto: [ 首页不更新 ]\n')
        .replace('    problem: 手写的问题说明\n', '    recheck: 合格\n'),
    );
  });

  it('matches a row without a code by name and owner, and leaves a unit with another code alone', () => {
    const byName = site({ bonus: '6' });
    const otherCode = site({ code: '1100000999', bonus: '6' });
    const merged = mergeUnits({ text: QUARTER, file: 'q.yaml', sheet: sheet('websites', [byName, otherCode], [...IDENTITY, 'bonus']) });
    expect(merged.counts).toEqual({ updated: 0, added: 1, unchanged: 1 });
    const added = parseDocument(merged.text).toJS().websites[2];
    // a new unit without an id in the sheet gets its 网站标识码 as id (derivedId)
    expect(added).toMatchObject({ id: '1100000999', code: '1100000999', name: '甲市人民政府门户网站', bonus: 6 });
  });

  it('never lists a unit twice: a second row of the same unit is reported at its row, a second import changes nothing', () => {
    const rows = sheet('websites', [site({ name: '甲市文旅局网站', owner: '市文旅局', kind: '部门网站' }), site({ name: '甲市文旅局网站', owner: '市文旅局', kind: '部门网站' })], IDENTITY);
    const once = mergeUnits({ text: QUARTER, file: 'q.yaml', sheet: rows });
    expect(once.counts).toEqual({ updated: 0, added: 1, unchanged: 0 });
    expect(once.problems.map((d) => [d.code, d.place?.cell])).toEqual([['TB623', 'A3']]);
    expect(once.problems[0]!.message).toContain('第2行');
    const twice = mergeUnits({ text: once.text, file: 'q.yaml', sheet: rows });
    expect(twice.counts).toEqual({ updated: 0, added: 0, unchanged: 1 });
    expect(twice.text).toBe(once.text);
    expect(parseDocument(twice.text).toJS().websites.filter((unit: { name: string }) => unit.name === '甲市文旅局网站')).toHaveLength(1);
  });

  it('follows a renamed unit by its id, and refuses a new unit whose id a unit with another code has', () => {
    const renamed = mergeUnits({ text: QUARTER, file: 'q.yaml', sheet: sheet('websites', [site({ id: 'w02', name: '甲市教育局门户', owner: '市教育局', kind: '部门网站' })], ['id', ...IDENTITY]) });
    expect(renamed.counts).toEqual({ updated: 1, added: 0, unchanged: 0 });
    expect(parseDocument(renamed.text).toJS().websites[1]).toMatchObject({ id: 'w02', name: '甲市教育局门户' });
    const rows = sheet('websites', [site({ id: 'w01', code: '1100000999', name: '甲市卫健委网站', owner: '市卫健委' })], ['id', ...IDENTITY]);
    const merged = mergeUnits({ text: QUARTER, file: 'q.yaml', sheet: rows });
    expect(merged.problems.map((d) => d.code)).toEqual(['TB624']);
    expect(merged.text).toBe(QUARTER);
  });
});

describe('values', () => {
  it('compares decimals exactly and writes new ones with every digit', () => {
    const same = mergeUnits({ text: QUARTER, file: 'q.yaml', sheet: sheet('websites', [site({ scores: { 发布解读: '27.5', 办事服务: '22.0', 互动交流: '18', 功能设计: '21' } })], [...IDENTITY, 'scores']) });
    expect(same.counts.unchanged).toBe(1);
    expect(same.text).toBe(QUARTER);
    const long = '27.123456789012345678';
    const changed = mergeUnits({ text: QUARTER, file: 'q.yaml', sheet: sheet('websites', [site({ scores: { 发布解读: long, 办事服务: '22', 互动交流: '18', 功能设计: '21' } })], [...IDENTITY, 'scores']) });
    expect(changed.text).toContain(`scores: { 发布解读: ${long}, 办事服务: 22, 互动交流: 18, 功能设计: 21 }`);
  });

  it('leaves defaults out: 运行 and 是 add nothing, 否 is written, and a blank optional cell removes the field', () => {
    const carried: UnitKey[] = [...IDENTITY, 'status', 'checked', 'veto', 'problem'];
    const w02 = { name: '甲市教育局网站', owner: '市教育局', kind: '部门网站' };
    const rows = sheet('websites', [site({ status: '运行', checked: true, veto: [], problem: '手写的问题说明' }), site({ ...w02, status: '运行', checked: true })], carried);
    const merged = mergeUnits({ text: QUARTER, file: 'q.yaml', sheet: rows });
    expect(merged.counts).toEqual({ updated: 1, added: 0, unchanged: 1 });
    const [w01, second] = parseDocument(merged.text).toJS().websites;
    expect(w01).not.toHaveProperty('status');
    expect(w01).not.toHaveProperty('checked');
    expect(second).not.toHaveProperty('checked');
    const blankProblem = mergeUnits({ text: QUARTER, file: 'q.yaml', sheet: sheet('websites', [site({ checked: false })], carried) });
    const [changed] = parseDocument(blankProblem.text).toJS().websites;
    expect(changed).toMatchObject({ checked: false });
    expect(changed).not.toHaveProperty('problem');
    expect(changed.name).toBe('甲市人民政府门户网站');
  });
});

describe('the list the units go in', () => {
  it('appends accounts one line each, as the list writes them', () => {
    const account: SheetUnit = { name: '甲市教育', platform: '新浪微博', owner: '市教育局', region: '市本级', veto: ['内容不更新'] };
    const merged = mergeUnits({ text: QUARTER, file: 'q.yaml', sheet: sheet('accounts', [account], ['name', 'platform', 'owner', 'region', 'veto']) });
    expect(merged.text).toBe(`${QUARTER}  - { id: 甲市教育（新浪微博，市教育局）, name: 甲市教育, platform: 新浪微博, owner: 市教育局, region: 市本级, veto: [ 内容不更新 ] }\n`);
  });

  it('keeps the CRLF line ends of a file saved on Windows', () => {
    const crlf = QUARTER.replaceAll('\n', '\r\n');
    const rows = sheet('websites', [site({ code: '1100000001', bonus: '8', recheck: '合格' }), site({ name: '甲市卫健委网站', owner: '市卫健委' })], [...IDENTITY, 'bonus', 'recheck']);
    const merged = mergeUnits({ text: crlf, file: 'q.yaml', sheet: rows });
    expect(merged.counts).toEqual({ updated: 1, added: 1, unchanged: 0 });
    expect(merged.text.replaceAll('\r\n', '')).not.toContain('\n');
    expect(merged.text).toContain('    bonus: 8  # 加分\r\n    problem: 手写的问题说明\r\n    recheck: 合格\r\n');
  });

  it('starts a list a field a line where the file has none', () => {
    const text = 'period: { year: 2025, quarter: 3 }\ndate: 2025-10-15\nwebsites: []\n';
    const merged = mergeUnits({ text, file: 'q.yaml', sheet: sheet('websites', [site({ id: 'w01' })], ['id', ...IDENTITY]) });
    expect(merged.text).toBe(`period: { year: 2025, quarter: 3 }\ndate: 2025-10-15\nwebsites:\n  - id: w01\n    name: 甲市人民政府门户网站\n    owner: 市政府办公室\n    kind: 门户网站\n    level: 市级\n    region: 市本级\n`);
  });

  it('refuses a list that names a sheet, or mixes units with one, at its line', () => {
    const named = 'period: { year: 2025, quarter: 3 }\ndate: 2025-10-15\nwebsites: { file: 网站.xlsx }\n';
    const mixed = 'period: { year: 2025, quarter: 3 }\ndate: 2025-10-15\nwebsites:\n  - { file: 网站.xlsx }\n';
    for (const [text, line, column] of [[named, 3, 11], [mixed, 4, 3]] as const) {
      try {
        mergeUnits({ text, file: 'q.yaml', sheet: sheet('websites', [site()], IDENTITY) });
        expect.unreachable();
      } catch (error) {
        if (!isTongbaoError(error)) throw error;
        expect(error.diagnostics.map((d) => [d.code, d.place?.line, d.place?.column, d.message.includes('引用表格文件')])).toEqual([['TB622', line, column, true]]);
      }
    }
  });
});
