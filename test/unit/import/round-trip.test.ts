// export → import is lossless for every field a unit can have: 网站标识码, 开设日期, scores by
// second-level indicator and scores typed with trailing zeros, the office's own facts, scored
// accounts, units closed or not checked, veto items, problems and re-checks. Importing the
// workbook into an empty quarter gives the same records; importing it again changes no byte.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportQuarter } from '../../../src/export/index.js';
import { importSheet } from '../../../src/import/index.js';
import type { QuarterRecords } from '../../../src/model/records.js';
import { ITEMS_ISSUER_YAML, tempProject } from '../load/temp-project.js';

const ISSUER = `${ITEMS_ISSUER_YAML}  accountScoring:
    deductionGroups: [{ name: 内容更新, points: 60 }, { name: 互动回应, points: 40 }]
    passScore: 60
    bonusPoints: 10
    bonusThreshold: 80
facts:
  - { name: 发布信息, of: accounts, unit: 条 }
  - { name: 错别字, of: websites, unit: 处 }
`;

const HEAD = 'period: { year: 2025, quarter: 3 }\ndate: 2025-10-15\n';

const QUARTER = `${HEAD}websites:
  - id: w01
    code: "1100000001"
    name: 测试市人民政府门户网站
    owner: 市政府办公室
    kind: 门户网站
    level: 市级
    region: 市本级
    opened: 2025-08-01
    scores: { 发布解读: 27.50, 办事服务: { 事项公开: 8.25, 在线办理: 13.5 }, 互动交流: 18, 功能设计: 21 }
    bonus: 0.125
    facts: { 错别字: 3 }
  - id: w02
    name: 测试市教育局网站
    owner: 市教育局
    kind: 部门网站
    level: 市级
    region: 市本级
    veto: [首页不更新, 栏目不更新]
    problem: 首页两周未更新，“通知公告”栏目长期未更新
    recheck: 不合格
  - { id: w03, name: 测试市档案馆网站, owner: 市档案馆, kind: 部门网站, level: 市级, region: 市本级, status: 关停 }
  - { id: w04, name: 测试市科技局网站, owner: 市科技局, kind: 部门网站, level: 市级, region: 市本级, checked: false }
accounts:
  - { id: a01, name: 测试发布, platform: 微信公众号, owner: 市政府办公室, region: 市本级, scores: { 内容更新: 55, 互动回应: 35 }, bonus: 5, facts: { 发布信息: 120.5 } }
  - { id: a02, name: "测试#教育", platform: 新浪微博, owner: 市教育局, region: 市本级, veto: [内容不更新], recheck: 合格 }
`;

function units(records: QuarterRecords) {
  const plain = (list: readonly { place: unknown }[]) => list.map(({ place: _place, ...unit }) => unit);
  return { websites: plain(records.websites), accounts: plain(records.accounts) };
}

describe('export → import', () => {
  it('gives back every field of every unit, and a second import changes nothing', async () => {
    const project = tempProject({ '城/_issuer.yaml': ISSUER, '城/2025-q3.yaml': QUARTER, '城/空.yaml': HEAD });
    const [quarter, empty, workbook] = ['城/2025-q3.yaml', '城/空.yaml', '城/2025-q3.xlsx'].map((path) => join(project.root, path)) as [string, string, string];
    await exportQuarter({ file: quarter });
    for (const sheet of ['网站', '政务新媒体']) {
      const imported = await importSheet({ sheetFile: workbook, sheet, into: empty });
      expect(imported.problems).toEqual([]);
    }
    expect(units(await project.load('城/空.yaml'))).toEqual(units(await project.load('城/2025-q3.yaml')));
    for (const [file, text] of [[empty, readFileSync(empty, 'utf8')], [quarter, QUARTER]] as const) {
      for (const sheet of ['网站', '政务新媒体']) {
        const again = await importSheet({ sheetFile: workbook, sheet, into: file });
        expect(again).toMatchObject({ written: false, counts: { updated: 0, added: 0 } });
      }
      expect(readFileSync(file, 'utf8')).toBe(text);
    }
  });
});
