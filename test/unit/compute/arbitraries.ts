// Random chains of quarters for property tests: a small id space so units recur across
// quarters (streaks, rectifications, history), typical scores so that rankings tie, and an
// independent reading of the 19号 rules to compare the figures with.

import fc from 'fast-check';
import { add, compare, fromDecimal, sum } from '../../../src/compute/exact.js';
import { DEFAULT_RULES } from '../../../src/config/defaults.js';
import type { Exact } from '../../../src/model/figures.js';
import type { IndicatorRules, PrecisionConfig, QuarterRecords, ScoreLineConfig, WebsiteRecord } from '../../../src/model/records.js';
import { account, chainOf, issuerWith, website } from './build-records.js';

const RULES: IndicatorRules = {
  ...DEFAULT_RULES,
  deductionGroups: DEFAULT_RULES.deductionGroups.map((group) =>
    group.name === '互动交流' ? { ...group, items: [{ name: '留言办理', points: '12' }, { name: '征集调查', points: '8' }] } : group,
  ),
};

/** Points kept out of `points`, in halves; often full or four fifths, so that sites tie. */
const pointsKept = (points: number) =>
  fc.oneof(fc.integer({ min: 0, max: points * 2 }).map((halves) => String(halves / 2)), fc.constantFrom(String(points), String(points * 0.8)));

const scoresArbitrary = fc.record({
  发布解读: pointsKept(30),
  办事服务: pointsKept(25),
  互动交流: fc.oneof(pointsKept(20), fc.record({ 留言办理: pointsKept(12), 征集调查: pointsKept(8) })),
  功能设计: pointsKept(25),
});

/** Scores many sites share in practice, so that rankings tie. */
const TYPICAL_SCORES = [
  { 发布解读: '27', 办事服务: '22', 互动交流: '18', 功能设计: '22' },
  { 发布解读: '24', 办事服务: '20', 互动交流: '16', 功能设计: '20' },
];

const mostly = (value: boolean) => fc.oneof({ weight: 4, arbitrary: fc.constant(value) }, { weight: 1, arbitrary: fc.constant(!value) });

// a small id space, so units recur across quarters and streaks and rectifications happen
const sitesArbitrary = fc.uniqueArray(
  fc.record({
    id: fc.integer({ min: 0, max: 14 }).map((n) => `w${n}`),
    region: fc.constantFrom('甲区', '乙区', '丙区'),
    owner: fc.constantFrom('甲局', '乙局'),
    kind: fc.constantFrom('门户网站', '部门网站'),
    checked: mostly(true),
    veto: fc.oneof({ weight: 4, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: fc.subarray([...DEFAULT_RULES.websiteVetoItems], { minLength: 1, maxLength: 2 }) }),
    scores: fc.option(fc.oneof({ weight: 2, arbitrary: scoresArbitrary }, { weight: 1, arbitrary: fc.constantFrom(...TYPICAL_SCORES) }), { nil: undefined, freq: 4 }),
    bonus: fc.option(pointsKept(30), { nil: undefined }),
    recheck: fc.option(fc.constantFrom('合格' as const, '不合格' as const), { nil: undefined }),
  }),
  { selector: (site) => site.id, maxLength: 15, size: 'max' },
).map((fields) => fields.map((f) => website(f)));

const accountsArbitrary = fc.uniqueArray(
  fc.record({
    id: fc.integer({ min: 0, max: 14 }).map((n) => `a${n}`),
    region: fc.constantFrom('甲区', '乙区', '丙区'),
    checked: fc.boolean(),
    veto: fc.oneof(fc.constant([]), fc.subarray([...DEFAULT_RULES.accountVetoItems], { minLength: 1, maxLength: 1 })),
    recheck: fc.option(fc.constantFrom('合格' as const, '不合格' as const), { nil: undefined }),
  }),
  { selector: (unit) => unit.id, maxLength: 15 },
).map((fields) => fields.map((f) => account(f)));

const lineArbitrary: fc.Arbitrary<ScoreLineConfig> = fc.record({
  score: fc.integer({ min: 120, max: 200 }).map((halves) => String(halves / 2)),
  inclusive: fc.boolean(),
  includesBonus: fc.boolean(),
  streak: fc.option(fc.integer({ min: 2, max: 4 }), { nil: undefined }),
});

/** An independent reading of 19号: the 扣分 score, the counted 加分, failing. */
export function scoreOf(site: WebsiteRecord): Exact | undefined {
  if (!site.scores) return undefined;
  const group = (value: string | Readonly<Record<string, string>>) =>
    typeof value === 'string' ? fromDecimal(value) : sum(Object.values(value).map(fromDecimal));
  return sum(Object.values(site.scores).map(group));
}
export function finalOf(site: WebsiteRecord): Exact | undefined {
  const score = scoreOf(site);
  if (!score) return undefined;
  return compare(score, fromDecimal('80')) > 0 && site.bonus ? add(score, fromDecimal(site.bonus)) : score;
}
export function fails(site: WebsiteRecord): boolean {
  const score = scoreOf(site);
  return site.checked && (site.veto.length > 0 || (score !== undefined && compare(score, fromDecimal('60')) < 0));
}
export const isScoredSite = (site: WebsiteRecord) => site.checked && site.veto.length === 0 && site.scores !== undefined;

/** Last quarter's failing ids, each put in one of the three lists. */
function rectificationOf(previous: Partial<QuarterRecords>, choices: readonly number[]): QuarterRecords['rectification'] {
  const failing = [...(previous.websites ?? []).filter(fails), ...(previous.accounts ?? []).filter((a) => a.checked && a.veto.length > 0)];
  const lists = { fixed: [] as string[], stillFailing: [] as string[], notReported: [] as string[] };
  failing.forEach((unit, i) => [lists.fixed, lists.stillFailing, lists.notReported][(choices[i] ?? 0) % 3]!.push(unit.id));
  return lists;
}

export const chainArbitrary = fc
  .record({
    lines: fc.array(lineArbitrary, { maxLength: 3 }),
    denseRanking: fc.boolean(),
    quarters: fc.array(fc.record({ websites: sitesArbitrary, accounts: accountsArbitrary }), { minLength: 1, maxLength: 5 }),
    choices: fc.array(fc.nat(), { minLength: 30, maxLength: 30 }),
    rounds: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
  })
  .map(({ lines, denseRanking, quarters, choices, rounds }) => {
    const issuer = issuerWith({ rules: RULES, scoreLines: lines, denseRanking });
    const last = quarters.length - 1;
    return chainOf(
      quarters.map((fields, index) => ({
        ...fields,
        issuer,
        ...(index === last && index > 0 ? { rectification: rectificationOf(quarters[index - 1]!, choices) } : {}),
        ...(rounds ? { rounds: { websites: rounds } } : {}),
      })),
    );
  });

export const precisionArbitrary: fc.Arbitrary<PrecisionConfig> = fc.record({
  passRate: fc.integer({ min: 0, max: 2 }),
  samplingRatio: fc.integer({ min: 0, max: 2 }),
  share: fc.integer({ min: 0, max: 2 }),
  completionRate: fc.integer({ min: 0, max: 2 }),
  growth: fc.integer({ min: 0, max: 2 }),
  score: fc.integer({ min: 0, max: 2 }),
  scoreChange: fc.integer({ min: 0, max: 2 }),
  index: fc.integer({ min: 0, max: 2 }),
  amount: fc.integer({ min: 0, max: 2 }),
});
