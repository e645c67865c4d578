// The quarter's follow-up facts: what only a failing unit has (a re-check result, a problem
// printed in the list of failing units), message counts that agree with themselves (by
// category and by unit too), and a
// rectification that names each of last quarter's failing units exactly once.

import { accountFails, failingUnitIds, siteFails } from '../compute/rules.js';
import { quoted } from '../diagnostics/characters.js';
import { CODES, diagnose } from '../diagnostics/codes.js';
import { fieldAt } from '../load/located.js';
import type { FieldPlaces } from '../load/located.js';
import { isPublishedFigures } from '../model/records.js';
import type { AccountRecord, MessageRecord, WebsiteRecord } from '../model/records.js';
import { finding } from './input.js';
import type { CheckInput, Finding } from './input.js';
import { repeatedNames } from './names.js';

/** What decides whether a unit fails: its state, veto items and scores, and the rules. */
const VERDICT_FIELDS = ['status', 'checked', 'veto', 'scores'];

/** A re-check result, or a problem on a checked unit, is only printed for a unit that failed. */
export function checkFailingOnly({ records, places }: CheckInput): Finding[] {
  const { rules } = records.issuer;
  const findings: Finding[] = [];
  const passingOnly = (unit: WebsiteRecord | AccountRecord, path: string): void => {
    const read = () => [...VERDICT_FIELDS.map((field) => `${path}.${field}`), 'issuer.rules'];
    const at = (field: string) => fieldAt(places, `${path}.${field}`);
    if (unit.recheck) findings.push(finding(diagnose(CODES.recheckOnPassing, {}, at('recheck')), read()));
    if (unit.problem && unit.checked && unit.status === '运行') findings.push(finding(diagnose(CODES.problemOnPassing, {}, at('problem')), read()));
  };
  // only a unit carrying a re-check or a problem can be reported: a country's other units are passed over without a verdict or a path
  const carries = (unit: WebsiteRecord | AccountRecord): boolean => Boolean(unit.recheck || unit.problem);
  records.websites.forEach((site, index) => {
    if (carries(site) && !siteFails(site, rules)) passingOnly(site, `websites[${index}]`);
  });
  records.accounts.forEach((account, index) => {
    if (carries(account) && !accountFails(account, rules)) passingOnly(account, `accounts[${index}]`);
  });
  return findings;
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
    return [...findings, ...categoryFindings(message, path, places), ...countFindings(message, path, places)];
  });
}

/** Categories split the messages received: together they cannot be more. */
function categoryFindings(message: MessageRecord, path: string, places: FieldPlaces): Finding[] {
  const categories = message.categories ?? [];
  const total = categories.reduce((sum, category) => sum + category.received, 0);
  if (total <= message.received) return [];
  const problem = `各类别的收到数之和 ${total} 大于收到数 ${message.received}`;
  return [finding(diagnose(CODES.messageCountsInconsistent, { problem }, fieldAt(places, `${path}.categories`)), [`${path}.received`])];
}

/** Each category's and unit's own counts, and their names once each (a list may repeat one; a table cannot). */
function countFindings(message: MessageRecord, path: string, places: FieldPlaces): Finding[] {
  const lists = [
    { key: 'categories', what: '留言类别', counts: message.categories ?? [] },
    { key: 'units', what: '承办单位', counts: message.units ?? [] },
  ];
  return lists.flatMap(({ key, what, counts }) => [
    ...repeatedNames({ names: counts.map((count) => count.name), pathOf: (i) => `${path}.${key}[${i}].name`, what, at: (field) => fieldAt(places, field) }),
    ...counts.flatMap((count, i) => {
      if (count.finished === undefined || count.finished <= count.received) return [];
      const problem = `${quoted(count.name)}的办结数 ${count.finished} 大于收到数 ${count.received}`;
      const countPath = `${path}.${key}[${i}]`;
      return [finding(diagnose(CODES.messageCountsInconsistent, { problem }, fieldAt(places, `${countPath}.finished`)), [`${countPath}.received`])];
    }),
  ]);
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
  // a set: a country's thousands of rectified units are each looked up once, not searched for
  const failed = new Set(failing);
  const findings: Finding[] = [];
  const listed = new Set<string>();
  for (const list of RECTIFICATION_LISTS) {
    rectification[list].forEach((id, index) => {
      const problem = !failed.has(id) ? '不是上季度检查不合格的单位' : listed.has(id) ? '写了不止一次' : undefined;
      const where = () => fieldAt(places, `rectification.${list}[${index}]`);
      if (problem) findings.push(finding(diagnose(CODES.rectificationUnknownUnit, { id, problem }, where()), LAST_QUARTER_VERDICTS));
      listed.add(id);
    });
  }
  const missing = failing.filter((id) => !listed.has(id));
  if (missing.length > 0) {
    findings.push(finding(diagnose(CODES.rectificationIncomplete, { ids: missing }, fieldAt(places, 'rectification')), LAST_QUARTER_VERDICTS));
  }
  return findings;
}
