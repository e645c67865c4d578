// Importing real CSV sheets into a quarter file through the sheet reader: the kind from the
// headers, rows that cannot be read reported at their cells and left out, a sheet that
// cannot be read at all changing nothing, and the merged file loading as a quarter.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSheet } from '../../../src/import/index.js';
import { ISSUER_YAML, QUARTER_YAML, tempProject } from '../load/temp-project.js';
import { rejectedWith } from '../io/rejected-with.js';
import { LOCKING_WORKS, lockAgainstWrites } from '../robust/locking.js';

const SITES_CSV = `示例市网站检查结果（第三季度）
网站名称,网站标识码,主办单位,网站类型,层级,所属地区,发布解读,办事服务,互动交流,功能设计,是否合格
测试市人民政府门户网站,,市政府办公室,门户网站,市级,市本级,28,22,18,21,是
测试市教育局网站,1100000002,市教育局,部门网站,市级,市本级,２６,20.5 ,16,abc,
测试市卫健委网站,1100000003,市卫健委,部门网站,市级,市本级,25,20,15,20,是
`;

describe('importing a CSV of websites', () => {
  it('updates the unit the file has, adds the readable new ones and reports the unreadable row at its cell', async () => {
    const project = tempProject({ '城/_issuer.yaml': ISSUER_YAML, '城/2025-q3.yaml': QUARTER_YAML, '城/网站.csv': SITES_CSV });
    const quarter = join(project.root, '城/2025-q3.yaml');
    const result = await importSheet({ sheetFile: join(project.root, '城/网站.csv'), into: quarter });
    expect(result.kind).toBe('websites');
    expect(result.counts).toEqual({ updated: 1, added: 1, unchanged: 0 });
    const errors = result.problems.filter((d) => d.severity === 'error');
    expect(errors.map((d) => [d.place?.cell, d.place?.header])).toEqual([['J4', '功能设计']]);
    const records = await project.load('城/2025-q3.yaml');
    expect(records.websites.map((site) => [site.id, site.code ?? null, site.scores])).toEqual([
      // w01 matched by name and owner: its scores are the sheet's now, 27.50 → 28
      ['w01', null, { 发布解读: '28', 办事服务: '22', 互动交流: '18', 功能设计: '21' }],
      ['1100000003', '1100000003', { 发布解读: '25', 办事服务: '20', 互动交流: '15', 功能设计: '20' }],
    ]);
    // the accounts, the other fields and the file's head are as they were
    const text = readFileSync(quarter, 'utf8');
    expect(text.startsWith(QUARTER_YAML.slice(0, QUARTER_YAML.indexOf('websites:')))).toBe(true);
    expect(text).toContain(QUARTER_YAML.slice(QUARTER_YAML.indexOf('accounts:')));
  });

  it('changes nothing when the sheet cannot be read at all', async () => {
    const project = tempProject({ '城/_issuer.yaml': ISSUER_YAML, '城/2025-q3.yaml': QUARTER_YAML, '城/空.csv': '甲,乙\n1,2\n' });
    const quarter = join(project.root, '城/2025-q3.yaml');
    const problems = await rejectedWith(importSheet({ sheetFile: join(project.root, '城/空.csv'), into: quarter, kind: 'websites' }));
    expect(problems.map((d) => d.code)).toEqual(['TB154']);
    expect(readFileSync(quarter, 'utf8')).toBe(QUARTER_YAML);
  });

  it('asks for --kind when the headers fit both kinds', async () => {
    const project = tempProject({ '城/_issuer.yaml': ISSUER_YAML, '城/2025-q3.yaml': QUARTER_YAML, '城/单位.csv': '名称,主办单位,所属地区\n甲,乙,丙\n' });
    const problems = await rejectedWith(importSheet({ sheetFile: join(project.root, '城/单位.csv'), into: join(project.root, '城/2025-q3.yaml') }));
    expect(problems.map((d) => d.code)).toEqual(['TB625']);
  });

  it.skipIf(!LOCKING_WORKS)('says in Chinese that the quarter file cannot be replaced, and changes nothing', async () => {
    const project = tempProject({ '城/_issuer.yaml': ISSUER_YAML, '城/2025-q3.yaml': QUARTER_YAML, '城/网站.csv': SITES_CSV });
    const quarter = join(project.root, '城/2025-q3.yaml');
    const unlock = lockAgainstWrites(quarter);
    try {
      const problems = await rejectedWith(importSheet({ sheetFile: join(project.root, '城/网站.csv'), into: quarter }));
      expect(problems.map((d) => d.code)).toEqual(['TB604']);
    } finally {
      unlock();
    }
    expect(readFileSync(quarter, 'utf8')).toBe(QUARTER_YAML);
    expect(readdirSync(join(project.root, '城')).sort()).toEqual(['2025-q3.yaml', '_issuer.yaml', '网站.csv']);
  });

  it('checks the merged quarter before writing it: a score over its points stops the import, named at its cell', async () => {
    const project = tempProject({
      '城/_issuer.yaml': ISSUER_YAML,
      '城/2025-q3.yaml': QUARTER_YAML,
      '城/网站.csv': '网站名称,主办单位,网站类型,层级,所属地区,发布解读,办事服务,互动交流,功能设计\n测试市人民政府门户网站,市政府办公室,门户网站,市级,市本级,35,22,18,21\n',
    });
    const quarter = join(project.root, '城/2025-q3.yaml');
    const problems = await rejectedWith(importSheet({ sheetFile: join(project.root, '城/网站.csv'), into: quarter }));
    // named at the sheet's cell that holds the score, as the office sees it
    expect(problems.map((d) => [d.code, d.place?.file.endsWith('网站.csv'), d.place?.cell, d.place?.header])).toEqual([['TB208', true, 'F2', '发布解读']]);
    expect(readFileSync(quarter, 'utf8')).toBe(QUARTER_YAML);
  });
});

describe('importing a CSV of accounts', () => {
  it('knows accounts by their platform column and spells platforms as the issuer does', async () => {
    const csv = '账号名称,账号类型,开办主体,所属地区,单项否决\n测试发布,微信订阅号,市政府办公室,市本级,\n测试教育,新浪微博,市教育局,市本级,内容不更新\n';
    const project = tempProject({ '城/_issuer.yaml': ISSUER_YAML, '城/2025-q3.yaml': QUARTER_YAML, '城/账号.csv': csv });
    const result = await importSheet({ sheetFile: join(project.root, '城/账号.csv'), into: join(project.root, '城/2025-q3.yaml') });
    expect(result).toMatchObject({ kind: 'accounts', counts: { updated: 0, added: 1, unchanged: 1 }, written: true });
    const records = await project.load('城/2025-q3.yaml');
    expect(records.accounts.map((account) => [account.id, account.platform, account.veto])).toEqual([
      ['a01', '微信公众号', []],
      ['测试教育（新浪微博，市教育局）', '新浪微博', ['内容不更新']],
    ]);
  });
});
