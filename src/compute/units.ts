// One unit record of one quarter as the statistics see it (model/figures.ts UnitFigures):
// its outcome under the channel's rules, its score parts, its own facts, and — lazily — the
// same unit in earlier quarters of the chain, matched by id.

import type { Channel, Stat, UnitFigures } from '../model/figures.js';
import type { AccountRecord, IssuerProfile, WebsiteRecord } from '../model/records.js';
import { ZERO, fromDecimal, sub } from './exact.js';
import { defineLazy } from './lazy.js';
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
  defineLazy(
    unit,
    {
      previous: () => node.previous?.unitById(channel).get(record.id) ?? null,
      yearAgo: () => node.yearAgo?.unitById(channel).get(record.id) ?? null,
    },
    { hidden: true },
  );
  return defineLazy(unit, {
    isNew: () => (node.previous?.source === 'records' ? !node.previous.unitById(channel).has(record.id) : null),
    failedEarlier: () => node.earlier.filter((earlier) => earlier.unitById(channel).get(record.id)?.failing).map((earlier) => earlier.period),
  }) as unknown as UnitFigures;
}
