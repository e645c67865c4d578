// One unit record of one quarter as the statistics see it (model/figures.ts UnitFigures):
// its outcome under the channel's rules, its score parts, its own facts, and the same unit
// in earlier quarters of the chain, matched by id. A country has hundreds of thousands of
// units, so what is the same for every unit of a channel (its rules, the lookups into earlier
// quarters) is worked out once by unitMaker, each unit is one plain object, and a unit is
// made only when a list of units is read (channel-table.ts). Its links into earlier quarters
// are looked up when read: a country's failing accounts would otherwise each make last
// quarter's account, and index last quarter's 150,000 accounts by id, for a notice that
// prints neither.

import type { Channel, Exact, Stat, UnitFigures } from '../model/figures.js';
import type { AccountRecord, IssuerProfile, Period, WebsiteRecord } from '../model/records.js';
import { ZERO, add, fromDecimal, sub } from './exact.js';
import type { ChannelTable } from './channel-table.js';
import type { QuarterNode } from './quarter.js';
import { countedBonus, deductionScore, fullMarks, groupScore, issuerChannelRules, type ChannelRules } from './rules.js';

const scoreStat = (value: Exact): Stat => ({ kind: 'score', value });

// what most of a country's units have, shared rather than made for each (figures are read-only)
const NO_STATS: Readonly<Record<string, Stat>> = Object.freeze({});
const NEVER_FAILED: readonly Period[] = Object.freeze([]);

/** Where a channel's units find themselves in the other quarters of the chain: the channel's tables there, made when first asked. */
interface QuarterLinks {
  readonly node: QuarterNode;
  readonly channel: Channel;
  readonly isNew: (record: WebsiteRecord | AccountRecord) => boolean | null;
}

/** A unit's record and its channel's links, kept on the unit where no template can name it (a symbol, not enumerable). */
const SOURCE = Symbol('unit source');
type LinkedUnit = { readonly [SOURCE]: { readonly record: WebsiteRecord | AccountRecord; readonly links: QuarterLinks } };

/** The same unit (by id) in an earlier quarter's table. */
function sameUnit(table: ChannelTable | undefined, id: string): UnitFigures | null {
  const index = table?.indexOf(id);
  return table && index !== undefined ? table.unitAt(index) : null;
}

/**
 * A unit's links, as getters (own properties, as templates read only those) looked up on each
 * read. The getters are the same functions on every unit of every channel and quarter, so
 * that V8 keeps all units on one fast object layout. `previous` and `yearAgo` are hidden: the
 * unit a quarter before has its own, and comparing or printing a unit walks only its own figures.
 */
const LINKS: PropertyDescriptorMap = {
  previous: {
    get(this: LinkedUnit) {
      const { record, links } = this[SOURCE];
      return sameUnit(links.node.previous?.table(links.channel), record.id);
    },
  },
  yearAgo: {
    get(this: LinkedUnit) {
      const { record, links } = this[SOURCE];
      return sameUnit(links.node.yearAgo?.table(links.channel), record.id);
    },
  },
  isNew: {
    enumerable: true,
    get(this: LinkedUnit) {
      const { record, links } = this[SOURCE];
      return links.isNew(record);
    },
  },
  failedEarlier: {
    enumerable: true,
    get(this: LinkedUnit) {
      const { record, links } = this[SOURCE];
      let failedEarlier = NEVER_FAILED;
      for (const quarter of links.node.earlier) {
        const table = quarter.table(links.channel);
        const index = table?.indexOf(record.id);
        if (index !== undefined && table?.failing[index]) failedEarlier = [...failedEarlier, quarter.period];
      }
      return failedEarlier;
    },
  },
};

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

function factsOf(unit: WebsiteRecord | AccountRecord): Readonly<Record<string, Stat>> {
  if (!unit.facts) return NO_STATS;
  const facts: Record<string, Stat> = {};
  for (const [name, value] of Object.entries(unit.facts)) facts[name] = { kind: 'amount', value: fromDecimal(value) };
  return facts;
}

/** The first and last day of a quarter, ISO dates (they compare as text). */
function quarterDays({ year, quarter }: Period): { first: string; last: string } {
  const firstMonth = String(quarter * 3 - 2).padStart(2, '0');
  const lastDay = { 1: '03-31', 2: '06-30', 3: '09-30', 4: '12-31' }[quarter];
  return { first: `${year}-${firstMonth}-01`, last: `${year}-${lastDay}` };
}

/**
 * 新增 for a channel of `node`'s quarter: opened within the quarter, when the record gives
 * its 开设日期; else not listed in last quarter's records. Without those records, a channel
 * whose records give 开设日期 at all counts only the units opened this quarter as new;
 * otherwise nobody can tell (null).
 */
export function newnessOf(node: QuarterNode, channel: Channel): (record: WebsiteRecord | AccountRecord) => boolean | null {
  const { first, last } = quarterDays(node.period);
  const previous = node.previous?.source === 'records' ? node.previous.table(channel) : undefined;
  const anyOpened = node.records?.[channel].some((unit) => unit.opened !== undefined) ?? false;
  return (record) => {
    if (record.opened !== undefined) return record.opened >= first && record.opened <= last;
    if (previous) return previous.indexOf(record.id) === undefined;
    return anyOpened ? false : null;
  };
}

/** How a unit of `channel` names its type: the site kind, or the platform's full and short names. */
function identityOf(channel: Channel, issuer: IssuerProfile): (record: WebsiteRecord | AccountRecord) => Pick<UnitFigures, 'kind' | 'level' | 'platform' | 'type' | 'typeShort'> {
  if (channel === 'websites') {
    return (record) => {
      const site = record as WebsiteRecord;
      return { kind: site.kind, level: site.level, platform: '', type: site.kind, typeShort: site.kind };
    };
  }
  const shortNames = new Map<string, string>();
  // the first platform of a name wins, as a search from the start would find it
  for (const platform of [...issuer.platforms].reverse()) shortNames.set(platform.name, platform.short);
  return (record) => {
    const { platform } = record as AccountRecord;
    return { kind: '', level: '', platform, type: platform, typeShort: shortNames.get(platform) ?? platform };
  };
}

/**
 * Makes the units of one channel of `node`'s quarter: each one's own figures, and its links
 * to the same unit (by id) in the earlier quarters of the chain.
 */
export function unitMaker(options: {
  channel: Channel;
  node: QuarterNode;
  issuer: IssuerProfile;
  /** the channel table's outcome columns, judged once already (channel-table.ts) */
  columns: Pick<ChannelTable, 'failing' | 'scored'>;
}): (record: WebsiteRecord | AccountRecord, index: number) => UnitFigures {
  const { channel, node, issuer, columns } = options;
  const rules = issuerChannelRules(issuer, channel);
  const identity = identityOf(channel, issuer);
  // what makes a unit new is worked out on the first unit asked: a country's 150,000 accounts are searched for an 开设日期
  let newness: ReturnType<typeof newnessOf> | undefined;
  const isNew = (record: WebsiteRecord | AccountRecord) => (newness ??= newnessOf(node, channel))(record);
  const links: QuarterLinks = { node, channel, isNew };
  const full = rules.scoring && fullMarks(rules.scoring);
  return (record, index) => {
    const running = record.status === '运行';
    const checked = running && record.checked;
    const failing = columns.failing[index] === 1;
    // a scored unit has scores and rules to read them by
    const scoring = columns.scored[index] === 1 ? rules.scoring : undefined;
    const score = scoring && deductionScore(record);
    const scored = score !== undefined;
    const bonus = scoring && countedBonus(record, scoring, score);
    const { kind, level, platform, type, typeShort } = identity(record);
    const unit: Record<string, unknown> = {
      channel,
      id: record.id,
      name: record.name,
      owner: record.owner,
      region: record.region,
      kind,
      level,
      platform,
      type,
      typeShort,
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
      bonus: bonus ? scoreStat(bonus) : null,
      // 扣分 + counted 加分 (rules.ts finalScore)
      finalScore: bonus ? scoreStat(score ? add(score, bonus) : ZERO) : null,
      deduction: full && score ? scoreStat(sub(full, score)) : null,
      parts: scored ? partsOf(record) : NO_STATS,
      facts: factsOf(record),
    };
    Object.defineProperty(unit, SOURCE, { value: { record, links } });
    Object.defineProperties(unit, LINKS);
    return unit as unknown as UnitFigures;
  };
}
