// 找错 / 信箱 messages: the counts come from that system as typed; tongbao only adds and
// divides — rates, shares of each category, per-unit rankings, and totals over channels.

import type { MessageCountFigures, MessageFigures, MessageTotals, Ranked } from '../model/figures.js';
import type { MessageCount, MessageRecord } from '../model/records.js';
import { ranked } from './ranking.js';
import { fromInteger } from './exact.js';
import { ratioStat } from './ratio-stat.js';

/** With nothing received, the rates do not apply (null): a template says nothing was received instead. */
function rateOf(part: number, whole: number) {
  return ratioStat('completionRate', part, whole);
}

function countFigures(count: MessageCount, received: number): MessageCountFigures {
  return {
    name: count.name,
    received: count.received,
    finished: count.finished ?? null,
    share: ratioStat('share', count.received, received),
    completionRate: count.finished === undefined ? null : rateOf(count.finished, count.received),
  };
}

/** Categories most first (ties in the order given). */
function byCount(counts: readonly MessageCount[], received: number): MessageCountFigures[] {
  return counts.map((count) => countFigures(count, received)).sort((a, b) => b.received - a.received);
}

/** Units ranked by messages received, most first, ties sharing a rank. */
function rankedUnits(counts: readonly MessageCount[], received: number, dense: boolean): Array<MessageCountFigures & Ranked> {
  return ranked({ items: counts.map((count) => countFigures(count, received)), valueOf: (unit) => fromInteger(unit.received), dense });
}

export function messageFigures(messages: readonly MessageRecord[], dense: boolean): MessageFigures[] {
  return messages.map((message) => ({
    name: message.name,
    window: message.window ?? null,
    received: message.received,
    finished: message.finished,
    finishedOnTime: message.finishedOnTime ?? null,
    completionRate: rateOf(message.finished, message.received),
    onTimeRate: message.finishedOnTime === undefined ? null : rateOf(message.finishedOnTime, message.received),
    categories: byCount(message.categories ?? [], message.received),
    units: rankedUnits(message.units ?? [], message.received, dense),
  }));
}

/** The same name's counts added up over the channels, in first-seen order. */
function summed(counts: readonly MessageCount[]): MessageCount[] {
  const totals = new Map<string, { received: number; finished: number | undefined }>();
  for (const count of counts) {
    const total = totals.get(count.name);
    const finished = count.finished === undefined ? total?.finished : (total?.finished ?? 0) + count.finished;
    totals.set(count.name, { received: (total?.received ?? 0) + count.received, finished });
  }
  return [...totals].map(([name, { received, finished }]) => ({ name, received, ...(finished === undefined ? {} : { finished }) }));
}

/** Every channel together: 共收到…（其中…）. */
export function messageTotals(messages: readonly MessageRecord[], dense: boolean): MessageTotals {
  const received = messages.reduce((total, message) => total + message.received, 0);
  const finished = messages.reduce((total, message) => total + message.finished, 0);
  return {
    received,
    finished,
    completionRate: rateOf(finished, received),
    categories: byCount(summed(messages.flatMap((message) => message.categories ?? [])), received),
    units: rankedUnits(summed(messages.flatMap((message) => message.units ?? [])), received, dense),
  };
}
