// Scores against the scale their channel is scored on — websites on the indicator rules,
// accounts on the issuer's own scale (rules.accountScoring) when it sets one: every 扣分 group
// known and scored within 0..points — as one number, or item by item when the issuer lists
// the group's second-level indicators — and the 加分 part within 0..bonusPoints. Compared as
// exact decimals. Scores on accounts no scale is set for are refused, saying how to set one.

import { ZERO, compare, fromDecimal } from '../compute/exact.js';
import { quoted } from '../diagnostics/characters.js';
import { CODES, diagnose } from '../diagnostics/codes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { fieldAt, type FieldPlaces } from '../load/located.js';
import type { Exact } from '../model/figures.js';
import type { AccountRecord, DecimalText, GroupScore, IndicatorGroup, ScoringRules, WebsiteRecord } from '../model/records.js';
import { finding } from './input.js';
import type { CheckInput, Finding } from './input.js';

/** A channel's units and the scale they are scored on, with where that scale is set. */
interface ScoredChannel {
  readonly key: 'websites' | 'accounts';
  readonly units: readonly (WebsiteRecord | AccountRecord)[];
  readonly scoring: ScoringRules | undefined;
  /** the setting holding the scale: issuer.rules, issuer.rules.accountScoring */
  readonly setting: string;
}

export function checkScores({ records, places }: CheckInput): Finding[] {
  const { rules } = records.issuer;
  const channels: ScoredChannel[] = [
    { key: 'websites', units: records.websites, scoring: rules, setting: 'issuer.rules' },
    { key: 'accounts', units: records.accounts, scoring: rules.accountScoring, setting: 'issuer.rules.accountScoring' },
  ];
  return channels.flatMap((channel) => (channel.scoring ? scoresOnScale({ ...channel, scoring: channel.scoring }, places) : scoresWithoutScale(channel, places)));
}

/** Scores given where no scale is set: once per unit, at its scores, or its bonus when it has no scores. */
function scoresWithoutScale({ key, units, setting }: ScoredChannel, places: FieldPlaces): Finding[] {
  const findings: Finding[] = [];
  // a loop, not a list made for each of a country's accounts
  for (let index = 0; index < units.length; index++) {
    const unit = units[index] as WebsiteRecord | AccountRecord;
    const field = unit.scores ? 'scores' : unit.bonus !== undefined ? 'bonus' : undefined;
    if (field) findings.push(finding(diagnose(CODES.accountScoresWithoutRules, {}, fieldAt(places, `${key}[${index}].${field}`)), [setting]));
  }
  return findings;
}

function scoresOnScale({ key, units, scoring, setting }: ScoredChannel & { scoring: ScoringRules }, places: FieldPlaces): Finding[] {
  const { deductionGroups, bonusPoints } = scoring;
  const known = deductionGroups.map(({ name }) => name);
  const groups = new Map(deductionGroups.map((group) => [group.name, group]));
  const exact = exactValues();
  const findings: Finding[] = [];
  const againstGroups = (diagnostic: Diagnostic) => finding(diagnostic, [`${setting}.deductionGroups`]);
  units.forEach((unit, index) => {
    const { scores } = unit;
    if (scores) {
      for (const name of Object.keys(scores)) {
        const score = scores[name] as GroupScore;
        const group = groups.get(name);
        const scorePath = `${key}[${index}].scores.${name}`;
        if (!group) findings.push(againstGroups(diagnose(CODES.unknownScoreGroup, { group: name, known }, fieldAt(places, scorePath))));
        else if (typeof score !== 'string') findings.push(...checkItems({ group, items: score, path: scorePath, places, exact }).map(againstGroups));
        else if (!within(exact, score, group.points)) findings.push(againstGroups(outOfRange({ label: quoted(name), score, points: group.points, path: scorePath, places })));
      }
      for (const group of known) {
        if (!(group in scores)) findings.push(againstGroups(diagnose(CODES.missingScoreGroup, { group }, fieldAt(places, `${key}[${index}].scores`))));
      }
    }
    if (unit.bonus !== undefined && !within(exact, unit.bonus, bonusPoints)) {
      const outside = outOfRange({ label: '加分指标', score: unit.bonus, points: bonusPoints, path: `${key}[${index}].bonus`, places });
      findings.push(finding(outside, [`${setting}.bonusPoints`]));
    }
  });
  return findings;
}

/** Exact values of decimal texts, each worked out once: a country's scores repeat a few hundred values. */
function exactValues(): (text: DecimalText) => Exact {
  const known = new Map<DecimalText, Exact>();
  return (text) => {
    let value = known.get(text);
    if (!value) {
      value = fromDecimal(text);
      known.set(text, value);
    }
    return value;
  };
}

/** A group scored item by item: every item of the issuer's list, each within its points. */
function checkItems(options: {
  group: IndicatorGroup;
  items: Readonly<Record<string, DecimalText>>;
  path: string;
  places: FieldPlaces;
  exact: (text: DecimalText) => Exact;
}): Diagnostic[] {
  const { group, items, path, places, exact } = options;
  const configured = group.items ?? [];
  const known = configured.map(({ name }) => name);
  const diagnostics: Diagnostic[] = [];
  for (const [name, score] of Object.entries(items)) {
    const item = configured.find((candidate) => candidate.name === name);
    const itemPath = `${path}.${name}`;
    if (!item) diagnostics.push(diagnose(CODES.unknownScoreItem, { group: group.name, item: name, known }, fieldAt(places, itemPath)));
    else if (!within(exact, score, item.points)) diagnostics.push(outOfRange({ label: quoted(name), score, points: item.points, path: itemPath, places }));
  }
  for (const item of known) {
    if (!(item in items)) diagnostics.push(diagnose(CODES.missingScoreItem, { group: group.name, item }, fieldAt(places, path)));
  }
  return diagnostics;
}

/** A score within 0..points, compared exactly. */
function within(exact: (text: DecimalText) => Exact, score: DecimalText, points: DecimalText): boolean {
  const value = exact(score);
  return compare(value, ZERO) >= 0 && compare(value, exact(points)) <= 0;
}

function outOfRange(options: { label: string; score: DecimalText; points: DecimalText; path: string; places: FieldPlaces }): Diagnostic {
  const { label, score, points, path, places } = options;
  return diagnose(CODES.scoreOutOfRange, { label, score, points }, fieldAt(places, path));
}
