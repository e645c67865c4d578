// 找错 / 信箱 messages: the counts come from that system as typed; tongbao only divides.

import type { MessageFigures } from '../model/figures.js';
import type { MessageRecord } from '../model/records.js';
import { ratioStat } from './ratio-stat.js';

/** With nothing received, the rates do not apply (null): a template says nothing was received instead. */
function rateOf(part: number, whole: number) {
  return ratioStat('completionRate', part, whole);
}

export function messageFigures(messages: readonly MessageRecord[]): MessageFigures[] {
  return messages.map((message) => ({
    name: message.name,
    window: message.window ?? null,
    received: message.received,
    finished: message.finished,
    finishedOnTime: message.finishedOnTime ?? null,
    completionRate: rateOf(message.finished, message.received),
    onTimeRate: message.finishedOnTime === undefined ? null : rateOf(message.finishedOnTime, message.received),
  }));
}
