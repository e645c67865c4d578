// What templates can name: the issuer's words, the quarter's dates and narrative, and the
// computed figures. Optional parts are present as null, so that in strict mode a misspelt
// name fails the build while `{{#if previous}}` still works.

import type { Figures } from '../model/figures.js';
import type { QuarterRecords } from '../model/records.js';

export interface TemplateContext {
  readonly issuer: QuarterRecords['issuer'];
  readonly period: QuarterRecords['period'];
  readonly date: string;
  readonly docNumber: string | null;
  readonly window: QuarterRecords['window'];
  readonly monitoringPoint: string | null;
  readonly deadline: string;
  /** 印发日期: the 成文日期 unless the data gives another */
  readonly printDate: string;
  readonly narrative: { readonly problems: string | null; readonly requirements: string | null };
  readonly websites: Figures['websites'];
  readonly accounts: Figures['accounts'];
  readonly messages: Figures['messages'];
  readonly messageTotals: Figures['messageTotals'];
  /** the quarter's own facts, by the names the issuer declared */
  readonly facts: Figures['facts'];
  readonly previous: Figures['previous'];
  readonly yearAgo: Figures['yearAgo'];
  /** every earlier quarter of the chain, nearest first */
  readonly earlier: Figures['earlier'];
}

export function templateContext(records: QuarterRecords, figures: Figures): TemplateContext {
  return {
    issuer: records.issuer,
    period: records.period,
    date: records.date,
    docNumber: records.docNumber ?? null,
    window: records.window,
    monitoringPoint: records.monitoringPoint ?? null,
    deadline: records.deadline,
    printDate: records.printDate ?? records.date,
    narrative: { problems: records.narrative.problems ?? null, requirements: records.narrative.requirements ?? null },
    websites: figures.websites,
    accounts: figures.accounts,
    messages: figures.messages,
    messageTotals: figures.messageTotals,
    facts: figures.facts,
    previous: figures.previous,
    yearAgo: figures.yearAgo,
    earlier: figures.earlier,
  };
}
