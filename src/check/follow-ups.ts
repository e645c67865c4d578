// The quarter's follow-up facts: re-check results only on failing units, message counts that
// agree with themselves, and a rectification that names each of last quarter's failing units
// exactly once.

import { accountFails, failingUnitIds, siteFails } from '../compute/rules.js';
import { CODES, diagnose } from '../diagnostics/codes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { fieldAt } from '../load/located.js';
import { isPublishedFigures } from '../model/records.js';
import type { CheckInput } from './index.js';

export function checkRechecks({ records, places }: CheckInput): Diagnostic[] {
  const { rules } = records.issuer;
  const misplaced = (channel: string, index: number) => diagnose(CODES.recheckOnPassing, {}, fieldAt(places, `${channel}[${index}].recheck`));
  return [
    ...records.websites.flatMap((site, index) => (site.recheck && !siteFails(site, rules) ? [misplaced('websites', index)] : [])),
    ...records.accounts.flatMap((account, index) => (account.recheck && !accountFails(account, rules) ? [misplaced('accounts', index)] : [])),
  ];
}

export function checkMessages({ records, places }: CheckInput): Diagnostic[] {
  return records.messages.flatMap((message, index) => {
    const path = `messages[${index}]`;
    const { received, finished, finishedOnTime } = message;
    const diagnostics: Diagnostic[] = [];
    if (finished > received) {
      const problem = `办结数 ${finished} 大于收到数 ${received}`;
      diagnostics.push(diagnose(CODES.messageCountsInconsistent, { problem }, fieldAt(places, `${path}.finished`)));
    }
    if (finishedOnTime !== undefined && finishedOnTime > finished) {
      const problem = `按时办结数 ${finishedOnTime} 大于办结数 ${finished}`;
      diagnostics.push(diagnose(CODES.messageCountsInconsistent, { problem }, fieldAt(places, `${path}.finishedOnTime`)));
    }
    return diagnostics;
  });
}

const RECTIFICATION_LISTS = ['fixed', 'stillFailing', 'notReported'] as const;

export function checkRectification({ records, places }: CheckInput): Diagnostic[] {
  const { rectification, previous } = records;
  if (!rectification) return [];
  if (!previous || isPublishedFigures(previous)) return [diagnose(CODES.rectificationNeedsRecords, {}, fieldAt(places, 'rectification'))];
  const failing = failingUnitIds(previous);
  const diagnostics: Diagnostic[] = [];
  const listed = new Set<string>();
  for (const list of RECTIFICATION_LISTS) {
    rectification[list].forEach((id, index) => {
      const where = fieldAt(places, `rectification.${list}[${index}]`);
      if (!failing.includes(id)) diagnostics.push(diagnose(CODES.rectificationUnknownUnit, { id, problem: '不是上季度检查不合格的单位' }, where));
      else if (listed.has(id)) diagnostics.push(diagnose(CODES.rectificationUnknownUnit, { id, problem: '写了不止一次' }, where));
      listed.add(id);
    });
  }
  const missing = failing.filter((id) => !listed.has(id));
  if (missing.length > 0) diagnostics.push(diagnose(CODES.rectificationIncomplete, { ids: missing }, fieldAt(places, 'rectification')));
  return diagnostics;
}
