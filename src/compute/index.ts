// compute: checked records in, every figure the notice prints out, as exact values.
// Only this stage defines figures; compose and the writers only print them. The figures
// are a lazy tree (model/figures.ts): what a template reads is computed then, once.

import type { Figures } from '../model/figures.js';
import type { QuarterRecords } from '../model/records.js';
import { defineLazy } from './lazy.js';
import { quarterChain } from './quarter.js';

export function computeFigures(records: QuarterRecords): Figures {
  const node = quarterChain(records);
  const quarter = node.figures();
  return defineLazy({ period: records.period, source: 'records' } as Figures, {
    // this quarter's channels are always there to ask about, even when it has no records of one
    websites: () => node.slice('websites')!,
    accounts: () => node.slice('accounts')!,
    messages: () => quarter.messages,
    messageTotals: () => quarter.messageTotals,
    facts: () => quarter.facts,
    scored: () => quarter.scored,
    averageScore: () => quarter.averageScore,
    averageFinalScore: () => quarter.averageFinalScore,
    groupIndices: () => quarter.groupIndices,
    previous: () => node.previous?.figures() ?? null,
    yearAgo: () => node.yearAgo?.figures() ?? null,
    earlier: () => node.earlier.map((earlier) => earlier.figures()),
  });
}
