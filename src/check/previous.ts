// The quarter before: `previous` must name the immediately preceding quarter, and figures
// typed from a published notice must agree with themselves.

import { equals, fromDecimal } from '../compute/exact.js';
import { CODES, diagnose } from '../diagnostics/codes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { fieldAt } from '../load/located.js';
import type { FieldPlaces } from '../load/located.js';
import { isPublishedFigures } from '../model/records.js';
import type { Period, PublishedFigures } from '../model/records.js';
import { finding } from './input.js';
import type { CheckInput, Finding } from './input.js';

const QUARTER_NAMES = ['一', '二', '三', '四'];

function periodName({ year, quarter }: Period): string {
  return `${year}年第${QUARTER_NAMES[quarter - 1] ?? quarter}季度`;
}

function quarterBefore({ year, quarter }: Period): Period {
  return quarter === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: (quarter - 1) as Period['quarter'] };
}

export function checkPrevious({ records, places }: CheckInput): Finding[] {
  const { previous } = records;
  if (!previous) return [];
  const findings: Finding[] = [];
  const published = isPublishedFigures(previous);
  const expected = quarterBefore(records.period);
  if (previous.period.year !== expected.year || previous.period.quarter !== expected.quarter) {
    const path = published ? 'previous.published.period' : 'previous';
    const diagnostic = diagnose(CODES.previousNotQuarterBefore, { expected: periodName(expected), found: periodName(previous.period) }, fieldAt(places, path));
    // a previous quarter file is compared by its own period, which must have been read
    findings.push(finding(diagnostic, ['period', 'previous.period']));
  }
  if (!published) return findings;
  const counts = checkPublishedCounts({ figures: previous, path: 'previous.published', whose: '上季度', places });
  return [...findings, ...[...counts, ...checkPublishedScores({ records, places })].map((diagnostic) => finding(diagnostic))];
}

/**
 * Counts typed from a published notice (`path` is where they were written) must agree
 * with themselves: the checked within the running, the failing within the checked.
 */
export function checkPublishedCounts(options: { figures: PublishedFigures; path: string; whose: string; places: FieldPlaces }): Diagnostic[] {
  const { figures, path, whose, places } = options;
  return (['websites', 'accounts'] as const).flatMap((channel) => {
    const counts = figures[channel];
    if (!counts) return [];
    const inconsistent = (problem: string, field: string) => diagnose(CODES.publishedInconsistent, { whose, problem }, fieldAt(places, `${path}.${channel}.${field}`));
    // a count the notice did not print is not compared
    const { running = Infinity, checked, failing } = counts;
    return [
      ...(checked !== undefined && checked > running ? [inconsistent(`检查数 ${checked} 大于运行数 ${running}`, 'checked')] : []),
      ...(failing !== undefined && failing > (checked ?? Infinity) ? [inconsistent(`不合格数 ${failing} 大于检查数 ${checked}`, 'failing')] : []),
    ];
  });
}

/** Scores a published notice gave: the scored within the checked, each line's count within the scored, lines the issuer sets. */
function checkPublishedScores({ records, places }: Pick<CheckInput, 'records' | 'places'>): Diagnostic[] {
  const websites = records.previous && isPublishedFigures(records.previous) ? records.previous.websites : undefined;
  if (!websites) return [];
  const path = 'previous.published.websites';
  const inconsistent = (problem: string, field: string) => diagnose(CODES.publishedInconsistent, { whose: '上季度', problem }, fieldAt(places, `${path}.${field}`));
  const diagnostics: Diagnostic[] = [];
  const { scored, checked } = websites;
  if (scored !== undefined && checked !== undefined && scored > checked) diagnostics.push(inconsistent(`评分网站数 ${scored} 大于检查数 ${checked}`, 'scored'));
  const lines = records.issuer.scoreLines.map((line) => line.score);
  (websites.scoreLines ?? []).forEach((line, index) => {
    const base = scored ?? checked;
    if (base !== undefined && line.count > base) diagnostics.push(inconsistent(`${line.score}分线的网站数 ${line.count} 大于${scored === undefined ? '检查数' : '评分网站数'} ${base}`, `scoreLines[${index}].count`));
    if (!lines.some((score) => equals(fromDecimal(score), fromDecimal(line.score)))) {
      diagnostics.push(diagnose(CODES.notAllowed, { value: line.score, allowed: lines }, fieldAt(places, `${path}.scoreLines[${index}].score`)));
    }
  });
  return diagnostics;
}
