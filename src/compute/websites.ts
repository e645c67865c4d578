// Website figures: the channel's counts and breakdowns, the 国办秘函〔2019〕19号 pass rule
// (rules.ts), score statistics, score lines over the chain of earlier quarters, and the
// comparisons with last quarter that are made per item (group indices).

import type { FailingUnit, GroupIndex, WebsiteFigures } from '../model/figures.js';
import type { IndicatorRules, QuarterRecords, WebsiteRecord } from '../model/records.js';
import { isPublishedFigures } from '../model/records.js';
import { channelFigures, groupSummaries, type UnitOutcome } from './channel.js';
import type { EarlierQuarter } from './history.js';
import { isScored, siteFails } from './rules.js';
import { scoreLineFigures, type ScoredQuarter } from './score-lines.js';
import { groupIndices, scoreFigures, scoredSiteOf } from './scores.js';

interface SiteOutcome extends UnitOutcome {
  readonly kind: string;
  readonly level: string;
}

/**
 * The 问题 column: the office's text, else the veto items; a site failing on its score alone
 * and given no text gets the rule it broke.
 */
function problemOf(site: WebsiteRecord, rules: IndicatorRules): string {
  if (site.problem) return site.problem;
  if (site.veto.length > 0) return site.veto.join('、');
  return `扣分指标得分低于${rules.passScore}分`;
}

function failureOf(site: WebsiteRecord, rules: IndicatorRules): FailingUnit {
  return {
    id: site.id,
    name: site.name,
    owner: site.owner,
    region: site.region,
    type: site.kind,
    typeShort: site.kind,
    veto: site.veto,
    problem: problemOf(site, rules),
  };
}

function outcomeOf(site: WebsiteRecord, rules: IndicatorRules): SiteOutcome {
  const running = site.status === '运行';
  return {
    region: site.region,
    owner: site.owner,
    kind: site.kind,
    level: site.level,
    running,
    checked: running && site.checked,
    ...(siteFails(site, rules) ? { failure: failureOf(site, rules), recheck: site.recheck } : {}),
  };
}

/** The failing sites of a quarter, in record order. */
export function failingSites(records: QuarterRecords): FailingUnit[] {
  const { rules } = records.issuer;
  return records.websites.filter((site) => siteFails(site, rules)).map((site) => failureOf(site, rules));
}

function scoredQuarterOf(quarter: EarlierQuarter): ScoredQuarter {
  if (isPublishedFigures(quarter)) return { kind: 'published', websites: quarter.websites };
  const { rules } = quarter.issuer;
  return { kind: 'records', sites: quarter.websites.filter(isScored).map((site) => scoredSiteOf(site, rules)) };
}

/** Each group's index with last quarter's index of the same group, when last quarter has records. */
function withPreviousIndices(current: readonly GroupIndex[], previous: EarlierQuarter | undefined): GroupIndex[] {
  if (!previous || isPublishedFigures(previous)) return [...current];
  const before = groupIndices({ sites: previous.websites.filter(isScored), groups: previous.issuer.rules.deductionGroups });
  return current.map((index) => ({ ...index, previous: before.find((then) => then.group === index.group)?.index ?? null }));
}

/** `earlier`: the quarters before, nearest first (empty when the notice compares with none). */
export function computeWebsites(options: { records: QuarterRecords; earlier: readonly EarlierQuarter[] }): WebsiteFigures {
  const { records, earlier } = options;
  const { issuer } = records;
  const units = records.websites.map((site) => outcomeOf(site, issuer.rules));
  const scores = scoreFigures({ scoredSites: records.websites.filter(isScored), rules: issuer.rules, denseRanking: issuer.denseRanking });
  const [previous] = earlier;
  return {
    ...channelFigures({ records, earlier, channel: 'websites', units, failuresOf: failingSites }),
    byKind: groupSummaries({ units, keyOf: (unit) => unit.kind }),
    byLevel: groupSummaries({ units, keyOf: (unit) => unit.level }),
    ...scores,
    groupIndices: withPreviousIndices(scores.groupIndices, previous),
    scoreLines: scoreLineFigures({ lines: issuer.scoreLines, quarters: [records, ...earlier].map(scoredQuarterOf) }),
  };
}
