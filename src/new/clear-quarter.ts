// The quarter-level fields of the next quarter's file, made from the latest one's: the new
// period, `previous` naming the latest file, and last quarter's own facts cleared — its dates
// become 待填写 (which `tongbao check` refuses as no date until they are filled in), its
// message counts and facts are emptied, its narrative and its year-ago figures dropped.
// Everything else (issuer overrides, rounds, comments) stays as the office wrote it.

import { isMap, isScalar, isSeq, Scalar, YAMLMap } from 'yaml';
import type { Document } from 'yaml';
import { periodLabel } from '../format/chinese.js';
import { setInOrder } from './field-order.js';
import { explainBlank } from './guidance.js';
import { openingComment } from './opening-comment.js';
import type { Period } from '../model/records.js';

/** What a date the office must fill in reads until then; no date decoder accepts it. */
export const TO_FILL_IN = '待填写';

/** Dates of the quarter, each a scalar at the top of the file. */
const DATE_FIELDS = ['date', 'monitoringPoint', 'deadline', 'printDate'] as const;

/** What a message channel counts for one quarter; only its name is carried. */
const MESSAGE_COUNTS = ['received', 'finished'] as const;

/** The fields of the latest quarter, by how the next quarter's file treats them. */
export interface ClearedFields {
  /** dates set to 待填写, as field paths (window.start …) */
  readonly dates: readonly string[];
  /** docNumber emptied: a 文号 is never invented */
  readonly docNumber: boolean;
  readonly messages: readonly string[];
  readonly facts: readonly string[];
  readonly narrative: boolean;
  readonly yearAgo: boolean;
}

function setPlaceholder(map: YAMLMap, key: string): boolean {
  if (!map.has(key)) return false;
  map.set(key, TO_FILL_IN);
  explainBlank(map, key);
  return true;
}

function clearDates(document: Document): string[] {
  const root = document.contents as YAMLMap;
  const dates = DATE_FIELDS.filter((field) => setPlaceholder(root, field));
  const window = root.get('window', true);
  const windowDates = isMap(window) ? ['start', 'end'].filter((key) => setPlaceholder(window, key)).map((key) => `window.${key}`) : [];
  explainBlank(root, 'window');
  return [...dates, ...windowDates];
}

/** Message channels keep their name, written out one field a line so the counts have room. */
function clearMessages(document: Document): string[] {
  const messages = document.get('messages', true);
  if (!isSeq(messages)) return [];
  return messages.items.filter(isMap).map((message) => {
    const name = message.get('name');
    message.items = message.items.filter((pair) => isScalar(pair.key) && pair.key.value === 'name');
    for (const count of MESSAGE_COUNTS) {
      message.set(count, new Scalar(null));
      explainBlank(message, count);
    }
    message.flow = false;
    return String(name);
  });
}

/** The quarter's own facts keep their names with no value: `tongbao check` asks for each. */
function clearFacts(document: Document): string[] {
  const facts = document.get('facts', true);
  if (!isMap(facts)) return [];
  facts.flow = false;
  explainBlank(document.contents as YAMLMap, 'facts');
  return facts.items.map((pair) => {
    if (isScalar(pair.value)) pair.value.value = null;
    return String(isScalar(pair.key) ? pair.key.value : pair.key);
  });
}

/**
 * `2025年第三季度` / `2025 年第三季度` said of the next quarter: in the file's opening comment
 * and a sheet's title (other comments may rightly cite last quarter).
 */
export function retitle(comment: string, latest: Period, next: Period): string {
  const [year, quarter] = periodLabel(latest).split('年');
  const [nextYear, nextQuarter] = periodLabel(next).split('年');
  return comment.replace(new RegExp(`${year}(\\s*)年(\\s*)${quarter}`, 'g'), `${nextYear}$1年$2${nextQuarter}`);
}

export function clearQuarter(options: { document: Document; latest: Period; next: Period; previousPath: string }): ClearedFields {
  const { document, latest, next, previousPath } = options;
  const root = document.contents as YAMLMap;
  const opening = openingComment(document);
  opening?.set(retitle(opening.comment, latest, next));
  // the numbers change in place, so the period keeps its layout and comments
  root.setIn(['period', 'year'], next.year);
  root.setIn(['period', 'quarter'], next.quarter);
  const docNumber = root.has('docNumber');
  if (docNumber) {
    root.set('docNumber', new Scalar(null));
    explainBlank(root, 'docNumber');
  }
  setInOrder({ document, key: 'previous', value: previousPath, comment: ' 上一季度：上一季度文件的路径（相对于本文件），由 tongbao new 填写' });
  const yearAgo = root.delete('yearAgo');
  const narrative = root.has('narrative');
  if (narrative) root.set('narrative', new YAMLMap());
  return { dates: clearDates(document), docNumber, messages: clearMessages(document), facts: clearFacts(document), narrative, yearAgo };
}
