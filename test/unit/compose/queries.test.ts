// The figures tree and the list helpers as templates use them: groups by any field, nested,
// any earlier quarter of a group, thresholds, streaks, rankings with ties, extremes of score
// parts, groupings of failing units, comparisons of printed statistics, `places=` honoured
// by stat and change alike, and the date forms notices write. Each template renders against
// figures computed from records; the hand-worked arithmetic is in the comments.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { templateContext } from '../../../src/compose/context.js';
import { renderMarkdown } from '../../../src/compose/engine.js';
import { helperSettings } from '../../../src/compose/helpers/index.js';
import { computeFigures } from '../../../src/compute/index.js';
import { TongbaoError } from '../../../src/diagnostics/diagnostic.js';
import type { QuarterRecords } from '../../../src/model/records.js';
import { account, chainOf, issuerWith, quarter, scores, website } from '../compute/build-records.js';

/** Renders a one-file template against the figures of `records`, read back without Markdown escapes. */
function render(template: string, records: QuarterRecords): string {
  const bundled = mkdtempSync(join(tmpdir(), 'tongbao-queries-'));
  mkdirSync(join(bundled, 'partials'));
  writeFileSync(join(bundled, 'notice.hbs'), template);
  const context = templateContext(records, computeFigures(records));
  return renderMarkdown({ templates: { bundled }, context, settings: helperSettings(records.issuer) }).markdown.replace(/\\(.)/g, '$1');
}

function renderError(template: string, records: QuarterRecords): TongbaoError {
  try {
    render(template, records);
  } catch (error) {
    if (error instanceof TongbaoError) return error;
    throw error;
  }
  throw new Error('expected a TongbaoError');
}

const site = (id: string, region: string, kind: string, total: string[], fields: Partial<Parameters<typeof website>[0]> = {}) =>
  website({ id, region, kind, owner: `${region}${kind}`, scores: scores(total[0]!, total[1]!, total[2]!, total[3]!), ...fields });

// 东城区: a 门户 of 90 (27+23+18+22) and a 部门 of 70; 西城区: a 门户 of 80; 南湖区: a 部门 vetoed
const THIS_QUARTER = [
  site('w1', '东城区', '门户网站', ['27', '23', '18', '22'], { bonus: '12' }),
  site('w2', '东城区', '部门网站', ['20', '20', '15', '15']),
  site('w3', '西城区', '门户网站', ['25', '20', '15', '20'], { bonus: '5' }),
  website({ id: 'w4', region: '南湖区', kind: '部门网站', veto: ['首页不更新'] }),
];
// last quarter: 东城区 门户 83.5, 西城区 门户 80, 南湖区 部门 passing 65
const LAST_QUARTER = [
  site('w1', '东城区', '门户网站', ['25', '21', '16', '21.5']),
  site('w3', '西城区', '门户网站', ['25', '20', '15', '20']),
  site('w4', '南湖区', '部门网站', ['20', '15', '15', '15']),
];

describe('groups, nested groups and their earlier quarters', () => {
  const records = chainOf([{ websites: LAST_QUARTER }, { websites: THIS_QUARTER }]);

  it('averages a group and compares it with the same group last quarter', () => {
    // 门户网站 now (90 + 80) / 2 = 85; then (83.5 + 80) / 2 = 81.75 → 提高3.25分
    const text = render(
      '{{#with websites.by.kind.门户网站}}{{name}}平均得分{{stat averageScore}}分，较上季度{{change averageScore previous.averageScore}}{{/with}}',
      records,
    );
    expect(text).toBe('门户网站平均得分85分，较上季度提高3.25分');
  });

  it('reaches a group of a group, and a unit by id with its own history', () => {
    // 东城区 门户: w1, 90 now, 83.5 before → 提升6.5分
    const text = render(
      '{{websites.by.region.东城区.by.kind.门户网站.scored}}；{{#with websites.unit.w1}}{{name}}较上季度{{change score previous.score up="提升"}}{{/with}}',
      records,
    );
    expect(text).toBe('1；w1网站较上季度提升6.5分');
  });

  it('lists groups below a line, compared as printed: 南湖区 from 100% to 0%', () => {
    const text = render(
      '{{#each (where websites.by.region "passRate" "<" 95)}}{{name}}由上季度的{{stat previous.passRate}}下降至{{stat passRate}}{{/each}}',
      records,
    );
    expect(text).toBe('南湖区由上季度的100%下降至0%');
  });

  it('tells new units by their 开设日期 when last quarter is known only from its published notice', () => {
    const published = quarter({
      previous: { period: { year: 2025, quarter: 2 }, accounts: { passRate: '95' } },
      accounts: [account({ id: 'a1', opened: '2025-08-01' }), account({ id: 'a2', opened: '2024-03-01' }), account({ id: 'a3' })],
    });
    expect(render('本季度新增账号{{accounts.added}}个（{{quoted accounts.addedUnits "name"}}）', published)).toBe('本季度新增账号1个（“a1发布”）');
    const unknown = quarter({ previous: { period: { year: 2025, quarter: 2 }, accounts: { passRate: '95' } }, accounts: [account({ id: 'a1' })] });
    expect(render('{{#if accounts.added}}新增{{else}}无从得知{{/if}}', unknown)).toBe('无从得知');
  });

  it('counts new and gone units against last quarter', () => {
    // w2 is new; nothing that ran last quarter stopped
    expect(render('新增{{websites.added}}家（{{#each websites.addedUnits}}{{name}}{{/each}}），减少{{websites.removed}}家', records)).toBe(
      '新增1家（w2网站），减少0家',
    );
  });
});

describe('streaks and history over a chain', () => {
  // 东城区 and 西城区 pass in all three quarters; 南湖区 fails now; w4 failed two quarters ago too
  const records = chainOf([
    { websites: [site('w1', '东城区', '门户网站', ['25', '20', '15', '20']), website({ id: 'w4', region: '南湖区', veto: ['栏目不更新'] })] },
    { websites: LAST_QUARTER },
    { websites: THIS_QUARTER },
  ]);

  it('names groups whose rate held for three quarters in a row', () => {
    const text = render('{{join (where websites.by.region "passRate" "=" 100 quarters=3) "name"}}连续三个季度合格率达100%', records);
    expect(text).toBe('东城区连续三个季度合格率达100%');
  });

  it('counts the streak of a condition and finds units failing again', () => {
    const text = render(
      '{{#each websites.by.region}}{{name}}{{streak this "passRate" "=" 100}}；{{/each}}{{#each websites.failingUnits}}{{name}}在{{#each failedEarlier}}{{period this}}{{/each}}被通报后再次被判定不合格{{/each}}',
      records,
    );
    expect(text).toBe('东城区3；西城区2；南湖区0；w4网站在2025年第一季度被通报后再次被判定不合格');
  });
});

describe('rankings over quarters and the scope of the check', () => {
  // 南湖区 last in both quarters by pass rate; 西城区 second-last now only
  const records = chainOf([{ websites: LAST_QUARTER }, { websites: THIS_QUARTER }]);

  it('ranks from the bottom too, and follows a place back a quarter: 连续两个季度排名居后', () => {
    const text = render(
      '{{#each (rankBy websites.by.region "passRate")}}{{name}}{{rank this}}倒数{{lastRank}}；{{/each}}{{join (where (rankBy websites.by.region "passRate") "lastRank" "=" 1 quarters=2) "name"}}连续两个季度排名居后',
      records,
    );
    // now 东城区 100%, 西城区 100%, 南湖区 0%: from the bottom 南湖区 1, the others tied at 2;
    // before all three at 100%, all tied last: only 南湖区 was last in both quarters
    expect(text).toBe('东城区并列第一倒数2；西城区并列第一倒数2；南湖区第三倒数1；南湖区连续两个季度排名居后');
  });

  it('places a unit in last quarter’s ranking of the whole list, not only of the units still ranked', () => {
    // Q1: A 60, B 70, C 90 — B second from the bottom; Q2: A vetoed (not scored), B 65, C 90 — B last
    const total = (score: string) => scores(score, '0', '0', '0');
    const units = chainOf([
      { websites: [website({ id: 'A', scores: total('60') }), website({ id: 'B', scores: total('70') }), website({ id: 'C', scores: total('90') })] },
      { websites: [website({ id: 'A', veto: ['首页不更新'] }), website({ id: 'B', scores: total('65') }), website({ id: 'C', scores: total('90') })] },
    ]);
    const text = render('{{#each (rankBy websites.scoredUnits "score")}}{{name}}倒数{{lastRank}}（上季度倒数{{previous.lastRank}}）{{/each}}；{{join (where (rankBy websites.scoredUnits "score") "lastRank" "=" 1 quarters=2) "name"}}', units);
    expect(text).toBe('C网站倒数2（上季度倒数3）B网站倒数1（上季度倒数2）；');
  });

  it('asks of now only unless quarters= says more, so a ranking of units filters with a previous quarter there', () => {
    // a unit of websites.ranking has a rank now; a quarter before it is the unit unranked
    expect(render('{{join (where websites.ranking "rank" "<=" 1) "name"}}', records)).toBe('w1网站');
    // and a streak asked of it ends where the rank does
    expect(render('{{#each (where websites.ranking "rank" "<=" 1)}}{{streak this "rank" "<=" 1}}{{/each}}', records)).toBe('1');
  });

  it('adds up points written in the settings', () => {
    expect(render('满分{{stat (sum issuer.rules.deductionGroups "points")}}分', records)).toBe('满分100分');
  });

  it('says whether the same units were checked as the quarter before', () => {
    expect(render('{{#if websites.checkedUnchanged}}检查范围与上季度一致{{else}}检查范围有变化{{/if}}', records)).toBe('检查范围有变化');
    const same = chainOf([{ websites: LAST_QUARTER }, { websites: LAST_QUARTER }]);
    expect(render('{{#if websites.checkedUnchanged}}检查范围与上季度一致{{/if}}', same)).toBe('检查范围与上季度一致');
  });
});

describe('rankings, extremes and sums', () => {
  const records = quarter({ websites: THIS_QUARTER });

  it('ranks groups by any measure, ties sharing a rank', () => {
    // 东城区 (90 + 70) / 2 = 80 and 西城区 80: tied first
    const text = render('{{#each (rankBy websites.by.region "averageScore")}}{{name}}{{rank this}}；{{/each}}', records);
    expect(text).toBe('东城区并列第一；西城区并列第一；');
  });

  it('finds the most bonus with every unit holding it, and the least points lost', () => {
    // bonus counts only above 80: w1 (90) keeps 12, w3 (80) keeps 0, w2 (70) 0
    const text = render(
      '最多加分为{{join websites.scores.bonus.highest.items "name"}}，加{{stat websites.scores.bonus.highest.value}}分；最少扣分{{stat websites.scores.deduction.lowest.value}}分；平均扣分{{stat websites.averageDeduction}}分',
      records,
    );
    // deductions 10, 30, 20 → average 20
    expect(text).toBe('最多加分为w1网站，加12分；最少扣分10分；平均扣分20分');
  });

  it('prints 平均得分 and 平均扣分 that add up to full marks', () => {
    // 80 × 3 + 80.5 = 320.5, ÷ 4 = 80.125 → 80.13; full marks less that printed score: 19.87 (not 19.875 → 19.88)
    const four = quarter({ websites: ['20', '20', '20', '20.5'].map((last, i) => site(`s${i}`, '甲区', '门户网站', ['30', '15', '15', last])) });
    expect(render('平均得分{{stat websites.averageScore}}分，平均扣分{{stat websites.averageDeduction}}分', four)).toBe('平均得分80.13分，平均扣分19.87分');
  });

  it('ties at the extreme keep every unit', () => {
    const tied = quarter({ websites: [site('a', '甲', '门户网站', ['30', '25', '20', '20']), site('b', '乙', '门户网站', ['30', '25', '20', '20'])] });
    expect(render('{{#with (highest websites.scoredUnits "score")}}{{join items "name"}}各{{stat value}}分{{/with}}', tied)).toBe(
      'a网站、b网站各95分',
    );
  });

  it('names deduction groups nobody lost points on', () => {
    const perfect = quarter({ websites: [site('a', '甲', '门户网站', ['30', '20', '20', '20']), site('b', '乙', '门户网站', ['30', '25', '15', '20'])] });
    expect(render('{{join websites.groupsWithoutDeduction}}均未扣分', perfect)).toBe('发布解读均未扣分');
  });

  it('adds up a list and groups failing accounts by platform', () => {
    const withAccounts = quarter({
      accounts: [
        account({ id: 'a1', platform: '微信公众号', veto: ['内容不更新'] }),
        account({ id: 'a2', platform: '新浪微博', veto: ['内容不更新'] }),
        account({ id: 'a3', platform: '微信公众号', veto: ['互动回应差'] }),
      ],
      messages: [
        { name: '找错', received: 10, finished: 9, place: { file: 'x', line: 1, column: 1 } },
        { name: '信箱', received: 5, finished: 5, place: { file: 'x', line: 1, column: 1 } },
      ],
    });
    const text = render('{{#each (groupBy accounts.failingUnits "platform")}}{{name}}{{count}}个（{{quoted items "name"}}）{{/each}}；留言共{{sum messages "received"}}条', withAccounts);
    expect(text).toBe('微信公众号2个（“a1发布”“a3发布”）新浪微博1个（“a2发布”）；留言共15条');
    // by reason: a unit failing on two items counts under each
    const twice = quarter({ accounts: [account({ id: 'a1', veto: ['内容不更新', '互动回应差'] }), account({ id: 'a2', veto: ['内容不更新'] })] });
    expect(render('{{#each (groupBy accounts.failingUnits "veto")}}{{name}}{{count}}个{{#unless @last}}、{{/unless}}{{/each}}', twice)).toBe('内容不更新2个、互动回应差1个');
  });
});

describe('comparisons, places and dates', () => {
  // 5 of 6 checked pass: 83.33…%
  const records = quarter({
    issuer: issuerWith({ precision: { ...issuerWith({}).precision, passRate: 0 } }),
    accounts: [...Array.from({ length: 5 }, (_, i) => account({ id: `a${i}` })), account({ id: 'x', veto: ['内容不更新'] })],
  });

  it('compares a printed rate with a number', () => {
    expect(render('{{#if (lt accounts.passRate 95)}}合格率不足95%{{/if}}{{#if (gte accounts.passRate 83)}}，不低于83%{{/if}}', records)).toBe('合格率不足95%，不低于83%');
  });

  it('honours places= in change as in stat: the change is the difference of the two printed values', () => {
    // 83.3% (places=1) against the issuer's 0 places → 83% and 100%: with places=1 both, 16.7 points
    const chained = chainOf([{ accounts: [account({ id: 'a0' })] }, { issuer: records.issuer, accounts: records.accounts }]);
    expect(render('{{stat accounts.passRate places=1}}，较上季度{{change accounts.passRate previous.accounts.passRate places=1}}', chained)).toBe(
      '83.3%，较上季度下降16.7个百分点',
    );
  });

  it('takes the growth and the change of the office’s own amounts: no 分 after them, the classifier is the template’s', () => {
    const issuer = issuerWith({ facts: [{ name: '发布信息', of: 'accounts', unit: '条' }] });
    const withPosts = (posts: string[]) => ({ issuer, accounts: posts.map((count, i) => account({ id: `a${i}`, facts: { 发布信息: count } })) });
    // 120 + 80 = 200 now, 150 + 10 = 160 before: growth (200 − 160) ÷ 160 = 25%, change +40
    const chained = chainOf([withPosts(['150', '10']), withPosts(['120', '80'])]);
    const text = render('发布信息{{stat accounts.facts.发布信息.sum}}条，较上季度{{growth accounts.facts.发布信息.sum accounts.previous.facts.发布信息.sum}}，{{change accounts.facts.发布信息.sum accounts.previous.facts.发布信息.sum up="增加"}}条', chained);
    expect(text).toBe('发布信息200条，较上季度增长25%，增加40条');
  });

  it('writes date ranges without a repeated month, and month-day forms', () => {
    const september = quarter({ window: { start: '2025-09-03', end: '2025-09-18' } });
    expect(render('{{dateRange window.start window.end}}；截至{{date window.end year=false}}；{{dateRange window.start window.end year=false separator="-" repeatMonth=true}}', september)).toBe(
      '2025年9月3日至18日；截至9月18日；9月3日-9月18日',
    );
  });

  it('says what is wrong with a question, at its line', () => {
    const error = renderError('第一行\n{{#each (where websites.by.region "pasRate" "<" 95)}}{{/each}}', quarter({ websites: THIS_QUARTER }));
    expect(error.diagnostics[0]).toMatchObject({ code: 'TB402', place: { line: 2 } });
    expect(error.diagnostics[0]?.message).toContain('是否想写“passRate”');
  });
});
