// Website scores against the indicator rules: every 扣分 group known and scored within
// 0..points — as one number, or item by item when the issuer lists the group's second-level
// indicators — and the 加分 part within 0..bonusPoints. Compared as exact decimals.

import { ZERO, compare, fromDecimal } from '../compute/exact.js';
import { quoted } from '../diagnostics/characters.js';
import { CODES, diagnose } from '../diagnostics/codes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { fieldAt, type FieldPlaces } from '../load/located.js';
import type { DecimalText, IndicatorGroup } from '../model/records.js';
import { finding } from './input.js';
import type { CheckInput, Finding } from './input.js';

const GROUPS_SETTING = 'issuer.rules.deductionGroups';

export function checkScores({ records, places }: CheckInput): Finding[] {
  const { deductionGroups, bonusPoints } = records.issuer.rules;
  const known = deductionGroups.map(({ name }) => name);
  const findings: Finding[] = [];
  const againstGroups = (diagnostic: Diagnostic) => finding(diagnostic, [GROUPS_SETTING]);
  records.websites.forEach((site, index) => {
    const path = `websites[${index}]`;
    if (site.scores) {
      for (const [name, score] of Object.entries(site.scores)) {
        const scorePath = `${path}.scores.${name}`;
        const group = deductionGroups.find((candidate) => candidate.name === name);
        if (!group) findings.push(againstGroups(diagnose(CODES.unknownScoreGroup, { group: name, known }, fieldAt(places, scorePath))));
        else if (typeof score === 'string') findings.push(...outOfRange({ label: quoted(name), score, points: group.points, path: scorePath, places }).map(againstGroups));
        else findings.push(...checkItems({ group, items: score, path: scorePath, places }).map(againstGroups));
      }
      for (const group of known) {
        if (!(group in site.scores)) findings.push(againstGroups(diagnose(CODES.missingScoreGroup, { group }, fieldAt(places, `${path}.scores`))));
      }
    }
    if (site.bonus !== undefined) {
      const outside = outOfRange({ label: '加分指标', score: site.bonus, points: bonusPoints, path: `${path}.bonus`, places });
      findings.push(...outside.map((diagnostic) => finding(diagnostic, ['issuer.rules.bonusPoints'])));
    }
  });
  return findings;
}

/** A group scored item by item: every item of the issuer's list, each within its points. */
function checkItems(options: {
  group: IndicatorGroup;
  items: Readonly<Record<string, DecimalText>>;
  path: string;
  places: FieldPlaces;
}): Diagnostic[] {
  const { group, items, path, places } = options;
  const configured = group.items ?? [];
  const known = configured.map(({ name }) => name);
  const diagnostics: Diagnostic[] = [];
  for (const [name, score] of Object.entries(items)) {
    const item = configured.find((candidate) => candidate.name === name);
    const itemPath = `${path}.${name}`;
    if (!item) diagnostics.push(diagnose(CODES.unknownScoreItem, { group: group.name, item: name, known }, fieldAt(places, itemPath)));
    else diagnostics.push(...outOfRange({ label: quoted(name), score, points: item.points, path: itemPath, places }));
  }
  for (const item of known) {
    if (!(item in items)) diagnostics.push(diagnose(CODES.missingScoreItem, { group: group.name, item }, fieldAt(places, path)));
  }
  return diagnostics;
}

function outOfRange(options: { label: string; score: DecimalText; points: DecimalText; path: string; places: FieldPlaces }): Diagnostic[] {
  const { label, score, points, path, places } = options;
  const value = fromDecimal(score);
  if (compare(value, ZERO) >= 0 && compare(value, fromDecimal(points)) <= 0) return [];
  return [diagnose(CODES.scoreOutOfRange, { label, score, points }, fieldAt(places, path))];
}
