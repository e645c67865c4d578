// One unit record of one quarter as the statistics see it (model/figures.ts UnitFigures):
// its outcome under the channel's rules, its score parts, its own facts, and — lazily — the
// same unit in earlier quarters of the chain, matched by id.

import type { Channel, Stat, UnitFigures } from '../model/figures.js';
import type { AccountRecord, IssuerProfile, Period, WebsiteRecord } from '../model/records.js';
import { ZERO, fromDecimal, sub } from './exact.js';
import { lazyKind } from './lazy.js';
import type { QuarterNode } from './quarter.js';
import { countedBonus, deductionScore, finalScore, fullMarks, groupScore, isScored, issuerChannelRules, unitFails, type ChannelRules } from './rules.js';

const scoreStat = (value: ReturnType<typeof fromDecimal>): Stat => ({ kind: 'score', value });

/**
 * The 问题 column: the office's text, else the veto items; a unit failing on its score alone
 * and given no text gets the rule it broke.
 */
function problemOf(unit: WebsiteRecord | AccountRecord, rules: ChannelRules): string {
  if (unit.problem) return unit.problem;
  if (unit.veto.length > 0) return unit.veto.join('、');
  return rules.scoring ? `扣分指标得分低于${rules.scoring.passScore}分` : '';
}

/** Score per deduction group, and per second-level item as `组.项` where the group was scored item by item. */
function partsOf(unit: WebsiteRecord | AccountRecord): Record<string, Stat> {
  const parts: Record<string, Stat> = {};
  for (const [group, score] of Object.entries(unit.scores ?? {})) {
    parts[group] = scoreStat(groupScore(score));
    if (typeof score === 'object') for (const [item, points] of Object.entries(score)) parts[`${group}.${item}`] = scoreStat(fromDecimal(points));
  }
  return parts;
}

function factsOf(unit: WebsiteRecord | AccountRecord): Record<string, Stat> {
  return Object.fromEntries(Object.entries(unit.facts ?? {}).map(([name, value]) => [name, { kind: 'amount', value: fromDecimal(value) }]));
}

function identityOf(unit: WebsiteRecord | AccountRecord, channel: Channel, issuer: IssuerProfile) {
  if (channel === 'websites') {
    const site = unit as WebsiteRecord;
    return { kind: site.kind, level: site.level, platform: '', type: site.kind, typeShort: site.kind };
  }
  const account = unit as AccountRecord;
  const platform = issuer.platforms.find((candidate) => candidate.name === account.platform);
  return { kind: '', level: '', platform: account.platform, type: account.platform, typeShort: platform?.short ?? account.platform };
}

/** The first and last day of a quarter, ISO dates (they compare as text). */
function quarterDays({ year, quarter }: Period): { first: string; last: string } {
  const month = (m: number) => String(m).padStart(2, '0');
  const lastDay = { 1: '03-31', 2: '06-30', 3: '09-30', 4: '12-31' }[quarter];
  return { first: `${year}-${month(quarter * 3 - 2)}-01`, last: `${year}-${lastDay}` };
}

/**
 * 新增: opened within the quarter, when the record gives its 开设日期; else not listed in last
 * quarter's records. Without those records, a channel whose records give 开设日期 at all
 * counts only the units opened this quarter as new; otherwise nobody can tell (null).
 */
function isNewUnit(options: { record: WebsiteRecord | AccountRecord; channel: Channel; node: QuarterNode }): boolean | null {
  const { record, channel, node } = options;
  if (record.opened !== undefined) {
    const { first, last } = quarterDays(node.period);
    return record.opened >= first && record.opened <= last;
  }
  if (node.previous?.source === 'records') return !node.previous.unitById(channel).has(record.id);
  return node.records?.[channel].some((unit) => unit.opened !== undefined) ? false : null;
}

/** The unit's own figures in `node`'s quarter; its links to earlier quarters are computed when read. */
export function unitFigures(options: { record: WebsiteRecord | AccountRecord; channel: Channel; node: QuarterNode; issuer: IssuerProfile }): UnitFigures {
  const { record, channel, node, issuer } = options;
  const rules = issuerChannelRules(issuer, channel);
  const running = record.status === '运行';
  const checked = running && record.checked;
  const failing = unitFails(record, rules);
  // a scored unit has scores and rules to read them by
  const scoring = isScored(record, rules) ? rules.scoring : undefined;
  const score = scoring && deductionScore(record);
  const scored = score !== undefined;
  const unit = {
    channel,
    id: record.id,
    name: record.name,
    owner: record.owner,
    region: record.region,
    ...identityOf(record, channel, issuer),
    status: record.status,
    running,
    checked,
    failing,
    passing: checked && !failing,
    veto: record.veto,
    problem: failing ? problemOf(record, rules) : '',
    recheck: failing ? (record.recheck ?? null) : null,
    scored,
    score: score === undefined ? null : scoreStat(score),
    bonus: scoring ? scoreStat(countedBonus(record, scoring)) : null,
    finalScore: scoring ? scoreStat(finalScore(record, scoring) ?? ZERO) : null,
    deduction: scoring && score ? scoreStat(sub(fullMarks(scoring), score)) : null,
    parts: scored ? partsOf(record) : {},
    facts: factsOf(record),
  };
  return withUnitLinks(unit, { record, channel, node }) as unknown as UnitFigures;
}

/** What a unit's lazy links read: its record, and where it sits in the chain of quarters. */
interface UnitPlace {
  readonly record: WebsiteRecord | AccountRecord;
  readonly channel: Channel;
  readonly node: QuarterNode;
}

/** The same unit in earlier quarters (hidden: a unit's `previous` has its own), whether it is new, when it failed before. */
const withUnitLinks = lazyKind<object, UnitPlace>({
  previous: { hidden: true, compute: ({ record, channel, node }) => node.previous?.unitById(channel).get(record.id) ?? null },
  yearAgo: { hidden: true, compute: ({ record, channel, node }) => node.yearAgo?.unitById(channel).get(record.id) ?? null },
  isNew: { compute: ({ record, channel, node }) => isNewUnit({ record, channel, node }) },
  failedEarlier: {
    compute: ({ record, channel, node }) => node.earlier.filter((earlier) => earlier.unitById(channel).get(record.id)?.failing).map((earlier) => earlier.period),
  },
});
