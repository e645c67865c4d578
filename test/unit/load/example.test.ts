// The bundled example, data/示例市: it loads cleanly with its previous quarter, and its
// hand-worked figures (listed in the report to the lead) hold for the records.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadQuarter } from '../../../src/load/index.js';
import { isPublishedFigures } from '../../../src/model/records.js';
import type { AccountRecord, QuarterRecords, WebsiteRecord } from '../../../src/model/records.js';

const PROJECT_ROOT = new URL('../../../', import.meta.url).pathname;
const load = (quarter: string) => loadQuarter({ file: `${PROJECT_ROOT}data/示例市/${quarter}.yaml`, projectRoot: PROJECT_ROOT });

function counts(units: readonly (WebsiteRecord | AccountRecord)[]) {
  const running = units.filter((unit) => unit.status === '运行');
  const checked = running.filter((unit) => unit.checked);
  const failing = checked.filter((unit) => unit.veto.length > 0);
  return { running: running.length, checked: checked.length, failing: failing.length };
}

function scoreTotals(records: QuarterRecords): number[] {
  // Halves only in the example, so doubling keeps the sums in exact integers.
  return records.websites
    .filter((site) => site.checked && site.veto.length === 0)
    .map((site) => Object.values(site.scores ?? {}).reduce((sum, score) => sum + Number(score) * 2, 0));
}

const q3 = await load('2025-q3');

describe('the bundled example', () => {
  const q2 = q3.previous && !isPublishedFigures(q3.previous) ? q3.previous : undefined;

  it('loads the third quarter with the second as its previous quarter, which has none', async () => {
    expect(q3.period).toEqual({ year: 2025, quarter: 3 });
    expect(q2?.period).toEqual({ year: 2025, quarter: 2 });
    expect(q2?.previous).toBeUndefined();
    expect(q2).toEqual(await load('2025-q2'));
  });

  it('has the counts of the hand-worked figures', async () => {
    expect(counts(q3.websites)).toEqual({ running: 24, checked: 22, failing: 2 });
    expect(counts(q3.accounts)).toEqual({ running: 79, checked: 74, failing: 5 });
    expect(counts(q2?.websites ?? [])).toEqual({ running: 24, checked: 21, failing: 3 });
    expect(counts(q2?.accounts ?? [])).toEqual({ running: 78, checked: 72, failing: 6 });
  });

  it('has the scored sites and score sums of the hand-worked average', async () => {
    const q3Totals = scoreTotals(q3);
    expect(q3Totals).toHaveLength(20);
    expect(q3Totals.reduce((a, b) => a + b, 0)).toBe(1613 * 2); // average 1613/20 = 80.65
    const q2Totals = scoreTotals(q2 as QuarterRecords);
    expect(q2Totals).toHaveLength(18);
    expect(q2Totals.reduce((a, b) => a + b, 0)).toBe(1404.5 * 2); // average 2809/36 ≈ 78.03
    expect(Math.min(...q3Totals, ...q2Totals)).toBeGreaterThanOrEqual(60 * 2);
  });

  it('counts accounts per platform as worked by hand', async () => {
    const byPlatform = (platform: string) => counts(q3.accounts.filter((account) => account.platform === platform));
    expect(byPlatform('微信公众号')).toEqual({ running: 33, checked: 33, failing: 2 });
    expect(byPlatform('新浪微博')).toEqual({ running: 19, checked: 17, failing: 1 });
    expect(byPlatform('今日头条')).toEqual({ running: 7, checked: 7, failing: 1 });
    expect(byPlatform('抖音')).toEqual({ running: 13, checked: 13, failing: 1 });
    expect(byPlatform('澎湃号')).toEqual({ running: 4, checked: 3, failing: 0 });
    expect(byPlatform('快手')).toEqual({ running: 3, checked: 1, failing: 0 });
  });

  it('gives every failing unit a problem text for the attachment tables', async () => {
    for (const records of [q3, q2 as QuarterRecords]) {
      const failing = [...records.websites, ...records.accounts].filter((unit) => unit.checked && unit.veto.length > 0);
      expect(failing.length).toBeGreaterThan(0);
      expect(failing.every((unit) => unit.problem)).toBe(true);
    }
  });

  it('keeps a name with & as text and the issuer profile of the example', async () => {
    expect(q3.accounts.some((account) => account.name === '示例市R&D服务' && account.veto.includes('内容不更新'))).toBe(true);
    expect(q3.issuer).toMatchObject({
      name: '示例市人民政府办公室',
      shortName: '市政府办公室',
      scope: '全市',
      addressees: '各区（县）人民政府，市政府各部门：',
      annotation: '（此件公开发布）',
      seal: { image: `${PROJECT_ROOT}data/示例市/seal.png`, diameterMm: 45 },
    });
    expect(q3.issuer.basis?.map((citation) => /（(国办[^）]+)）$/.exec(citation)?.[1])).toEqual(['国办秘函〔2019〕19号', '国办公开办函〔2021〕31号']);
  });

  it('ships a transparent 600×600 RGBA seal image', async () => {
    const png = readFileSync(`${PROJECT_ROOT}data/示例市/seal.png`);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20), png[25]]).toEqual([600, 600, 6]);
  });
});
