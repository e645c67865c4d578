// The quarter's follow-up facts: what only a failing unit has (a re-check result, a problem
// printed in the list of failing units), message counts that agree with themselves, and a
// rectification that names each of last quarter's failing units exactly once.

import { accountFails, failingUnitIds, siteFails } from '../compute/rules.js';
import { CODES, diagnose } from '../diagnostics/codes.js';
import { fieldAt } from '../load/located.js';
import { isPublishedFigures } from '../model/records.js';
import { finding } from './input.js';
import type { CheckInput, Finding } from './input.js';

/** What decides whether a unit fails: its state, veto items and scores, and the rules. */
const VERDICT_FIELDS = ['status', 'checked', 'veto', 'scores'];

/** A re-check result, or a problem on a checked unit, is only printed for a unit that failed. */
export function checkFailingOnly({ records, places }: CheckInput): Finding[] {
  const { rules } = records.issuer;
  const verdicts = [
    ...records.websites.map((site, index) => ({ unit: site, path: `websites[${index}]`, fails: siteFails(site, rules) })),
    ...records.accounts.map((account, index) => ({ unit: account, path: `accounts[${index}]`, fails: accountFails(account, rules) })),
  ];
  return verdicts.flatMap(({ unit, path, fails }) => {
    if (fails) return [];
    const read = [...VERDICT_FIELDS.map((field) => `${path}.${field}`), 'issuer.rules'];
    const at = (field: string) => fieldAt(places, `${path}.${field}`);
    return [
      ...(unit.recheck ? [finding(diagnose(CODES.recheckOnPassing, {}, at('recheck')), read)] : []),
      ...(unit.problem && unit.checked && unit.status === '运行' ? [finding(diagnose(CODES.problemOnPassing, {}, at('problem')), read)] : []),
    ];
  });
}

export function checkMessages({ records, places }: CheckInput): Finding[] {
  return records.messages.flatMap((message, index) => {
    const path = `messages[${index}]`;
    const { received, finished, finishedOnTime } = message;
    const findings: Finding[] = [];
    if (finished > received) {
      const problem = `办结数 ${finished} 大于收到数 ${received}`;
      findings.push(finding(diagnose(CODES.messageCountsInconsistent, { problem }, fieldAt(places, `${path}.finished`)), [`${path}.received`]));
    }
    if (finishedOnTime !== undefined && finishedOnTime > finished) {
      const problem = `按时办结数 ${finishedOnTime} 大于办结数 ${finished}`;
      findings.push(finding(diagnose(CODES.messageCountsInconsistent, { problem }, fieldAt(places, `${path}.finishedOnTime`)), [`${path}.finished`]));
    }
    return findings;
  });
}

const RECTIFICATION_LISTS = ['fixed', 'stillFailing', 'notReported'] as const;

/** What decides last quarter's failing units: its units and the rules they were judged by. */
const LAST_QUARTER_VERDICTS = ['previous.websites', 'previous.accounts', 'previous.issuer.rules'];

export function checkRectification({ records, places }: CheckInput): Finding[] {
  const { rectification, previous } = records;
  if (!rectification) return [];
  if (!previous || isPublishedFigures(previous)) {
    return [finding(diagnose(CODES.rectificationNeedsRecords, {}, fieldAt(places, 'rectification')), ['previous'])];
  }
  const failing = failingUnitIds(previous);
  const findings: Finding[] = [];
  const listed = new Set<string>();
  for (const list of RECTIFICATION_LISTS) {
    rectification[list].forEach((id, index) => {
      const where = fieldAt(places, `rectification.${list}[${index}]`);
      const problem = !failing.includes(id) ? '不是上季度检查不合格的单位' : listed.has(id) ? '写了不止一次' : undefined;
      if (problem) findings.push(finding(diagnose(CODES.rectificationUnknownUnit, { id, problem }, where), LAST_QUARTER_VERDICTS));
      listed.add(id);
    });
  }
  const missing = failing.filter((id) => !listed.has(id));
  if (missing.length > 0) {
    findings.push(finding(diagnose(CODES.rectificationIncomplete, { ids: missing }, fieldAt(places, 'rectification')), LAST_QUARTER_VERDICTS));
  }
  return findings;
}
