// The 国办秘函〔2019〕19号 rules as the issuer configures them: veto → 不合格; 扣分 below the pass
// score → 不合格; above the bonus threshold the 加分 counts; new media pass without a veto item.

import { describe, expect, it } from 'vitest';
import { fromDecimal } from '../../../src/compute/exact.js';
import { computeFigures } from '../../../src/compute/index.js';
import { accountFails, countedBonus, deductionScore, finalScore, siteFails } from '../../../src/compute/rules.js';
import { DEFAULT_RULES } from '../../../src/config/defaults.js';
import type { IndicatorRules } from '../../../src/model/records.js';
import { account, issuerWith, quarter, scores, website } from './build-records.js';

const FULL = scores('30', '25', '20', '25');

describe('websites under the default rules', () => {
  it('fails a site on any veto item, whatever its scores', () => {
    expect(siteFails(website({ id: 'v', veto: ['服务不实用'], scores: FULL, bonus: '30' }), DEFAULT_RULES)).toBe(true);
  });

  it('fails a site whose 扣分 score is below 60, and passes one at exactly 60', () => {
    expect(siteFails(website({ id: 'low', scores: scores('20', '15', '10', '14.5') }), DEFAULT_RULES)).toBe(true);
    expect(siteFails(website({ id: 'pass', scores: scores('20', '15', '10', '15') }), DEFAULT_RULES)).toBe(false);
  });

  it('passes a checked site that was not scored and has no veto item', () => {
    expect(siteFails(website({ id: 'qualitative' }), DEFAULT_RULES)).toBe(false);
  });

  it('never fails a site that was not checked or is not running', () => {
    expect(siteFails(website({ id: 'u', checked: false, veto: ['首页不更新'] }), DEFAULT_RULES)).toBe(false);
    expect(siteFails(website({ id: 'c', status: '关停', checked: false, veto: ['首页不更新'] }), DEFAULT_RULES)).toBe(false);
  });

  it('counts the 加分 only above 80 (80 itself does not), up to 130 in all', () => {
    const at80 = website({ id: 'a', scores: scores('24', '20', '16', '20'), bonus: '10' });
    const above = website({ id: 'b', scores: scores('24', '20', '16', '20.5'), bonus: '10' });
    const best = website({ id: 'c', scores: FULL, bonus: '30' });
    expect(countedBonus(at80, DEFAULT_RULES)).toEqual(fromDecimal('0'));
    expect(finalScore(at80, DEFAULT_RULES)).toEqual(fromDecimal('80'));
    expect(finalScore(above, DEFAULT_RULES)).toEqual(fromDecimal('90.5'));
    expect(finalScore(best, DEFAULT_RULES)).toEqual(fromDecimal('130'));
  });

  it('sums a group given item by item', () => {
    const site = website({ id: 'items', scores: { ...FULL, 发布解读: { 概况信息: '2.5', 政策文件: '8', 其他: '17' } } });
    expect(deductionScore(site)).toEqual(fromDecimal('97.5'));
  });
});

describe('websites under re-scaled rules', () => {
  // a local variant: a 20-point 加分 part, pass at 60, bonus above 85
  const rules: IndicatorRules = { ...DEFAULT_RULES, bonusPoints: '20', bonusThreshold: '85' };

  it('takes the thresholds from the configuration', () => {
    const site = website({ id: 's', scores: scores('26', '21', '17', '21'), bonus: '12' });
    expect(finalScore(site, rules)).toEqual(fromDecimal('85'));
    expect(finalScore(site, DEFAULT_RULES)).toEqual(fromDecimal('97'));
  });

  it('reaches the figures: the ranking orders by the final score of the configured rules', () => {
    const records = quarter({
      issuer: issuerWith({ rules }),
      websites: [
        website({ id: 'x', scores: scores('26', '21', '17', '21'), bonus: '12' }),
        website({ id: 'y', scores: scores('26', '21', '17', '21.5'), bonus: '1' }),
      ],
    });
    expect(computeFigures(records).websites.ranking.map((site) => [site.id, site.finalScore!.value])).toEqual([
      ['y', fromDecimal('86.5')],
      ['x', fromDecimal('85')],
    ]);
  });
});

describe('new media', () => {
  it('fail on a veto item and pass otherwise; they are never scored', () => {
    expect(accountFails(account({ id: 'a', veto: ['内容不更新'] }))).toBe(true);
    expect(accountFails(account({ id: 'b' }))).toBe(false);
    expect(accountFails(account({ id: 'c', checked: false }))).toBe(false);
  });
});
