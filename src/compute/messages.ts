// 找错 / 信箱 messages: the counts come from that system as typed; tongbao only divides.

import type { MessageFigures } from '../model/figures.js';
import type { MessageRecord } from '../model/records.js';
import { ZERO, ratio } from './exact.js';

/** With nothing received, the rates are 0 and a template has nothing to say about them. */
function rateOf(part: number, whole: number) {
  return { kind: 'completionRate' as const, value: whole === 0 ? ZERO : ratio(part, whole) };
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
