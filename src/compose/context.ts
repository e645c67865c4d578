// What templates can name: the issuer's words, the quarter's dates and narrative, and the
// computed figures. Optional parts are present as null, so that in strict mode a misspelt
// name fails the build while `{{#if previous}}` still works.

import type { Figures } from '../model/figures.js';
import type { IssuerProfile, QuarterRecords } from '../model/records.js';

/** The issuer's settings, with the optional texts a template prints null when not set. */
type IssuerContext = Omit<IssuerProfile, 'addressees' | 'basis'> & {
  readonly addressees: string | null;
  readonly basis: readonly string[] | null;
};

export interface TemplateContext {
  readonly issuer: IssuerContext;
  readonly period: QuarterRecords['period'];
  readonly date: string;
  readonly docNumber: string | null;
  readonly window: NonNullable<QuarterRecords['window']> | null;
  readonly monitoringPoint: string | null;
  readonly deadline: string | null;
  /** 印发日期: the 成文日期 unless the data gives another */
  readonly printDate: string;
  /** every section the issuer declares, null where this quarter wrote none */
  readonly narrative: Readonly<Record<string, string | null>>;
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
    issuer: { ...records.issuer, addressees: records.issuer.addressees ?? null, basis: records.issuer.basis ?? null },
    period: records.period,
    date: records.date,
    docNumber: records.docNumber ?? null,
    window: records.window ?? null,
    monitoringPoint: records.monitoringPoint ?? null,
    deadline: records.deadline ?? null,
    printDate: records.printDate ?? records.date,
    narrative: Object.fromEntries(records.issuer.narrativeSections.map((name) => [name, records.narrative[name] ?? null])),
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
