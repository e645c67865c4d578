// Website scores against the indicator rules: every 扣分 group known and scored within
// 0..points, the 加分 part within 0..bonusPoints. Compared as exact decimals.

import { CODES, diagnose } from '../diagnostics/codes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { fieldAt } from '../load/located.js';
import type { DecimalText } from '../model/records.js';
import type { CheckInput } from './index.js';

export function checkScores({ records, places }: CheckInput): Diagnostic[] {
  const { deductionGroups, bonusPoints } = records.issuer.rules;
  const known = deductionGroups.map(({ name }) => name);
  const diagnostics: Diagnostic[] = [];
  records.websites.forEach((site, index) => {
    const path = `websites[${index}]`;
    if (site.scores) {
      for (const [group, score] of Object.entries(site.scores)) {
        const at = fieldAt(places, `${path}.scores.${group}`);
        const points = deductionGroups.find(({ name }) => name === group)?.points;
        if (points === undefined) diagnostics.push(diagnose(CODES.unknownScoreGroup, { group, known }, at));
        else if (!withinRange(score, points)) diagnostics.push(diagnose(CODES.scoreOutOfRange, { label: `“${group}”`, score, points }, at));
      }
      for (const group of known) {
        if (!(group in site.scores)) diagnostics.push(diagnose(CODES.missingScoreGroup, { group }, fieldAt(places, `${path}.scores`)));
      }
    }
    if (site.bonus !== undefined && !withinRange(site.bonus, bonusPoints)) {
      diagnostics.push(diagnose(CODES.scoreOutOfRange, { label: '加分指标', score: site.bonus, points: bonusPoints }, fieldAt(places, `${path}.bonus`)));
    }
  });
  return diagnostics;
}

function withinRange(score: DecimalText, points: DecimalText): boolean {
  return compareDecimals(score, '0') >= 0 && compareDecimals(score, points) <= 0;
}

/** Compares two decimal texts exactly, by scaling both to the same number of fraction digits. */
function compareDecimals(a: DecimalText, b: DecimalText): number {
  const scale = Math.max(fractionDigits(a), fractionDigits(b));
  const difference = scaled(a, scale) - scaled(b, scale);
  return difference === 0n ? 0 : difference < 0n ? -1 : 1;
}

function fractionDigits(text: DecimalText): number {
  return text.split('.')[1]?.length ?? 0;
}

function scaled(text: DecimalText, scale: number): bigint {
  const negative = text.startsWith('-');
  const [whole = '0', fraction = ''] = text.replace('-', '').split('.');
  const digits = BigInt(whole + fraction.padEnd(scale, '0'));
  return negative ? -digits : digits;
}
