// What templates can name: the issuer's words, the quarter's dates and narrative, and the
// computed figures. Optional parts are present as null, so that in strict mode a misspelt
// name fails the build while `{{#if previous}}` still works.

import type { Decoder } from '../load/decoders.js';
import { issuerShape } from '../load/issuer.js';
import type { Figures } from '../model/figures.js';
import type { IssuerProfile, QuarterRecords } from '../model/records.js';

/** A table as templates read it: every field its file may leave out is there, null when not written. */
type AbsentAsNull<T> = { readonly [K in keyof T]-?: undefined extends T[K] ? Exclude<T[K], undefined> | null : T[K] };

/** The issuer's settings as templates read them. */
type IssuerContext = AbsentAsNull<IssuerProfile>;

/** The fields of a table decoder, when it is one. */
function fieldsOf(decoder: Decoder<unknown>): Readonly<Record<string, { readonly decoder: Decoder<unknown> }>> | undefined {
  return (decoder as { shape?: Readonly<Record<string, { readonly decoder: Decoder<unknown> }>> }).shape;
}

/**
 * A decoded table with every field its file may leave out present as null, table by table,
 * so a template asks {{#if issuer.letterhead}} of a setting the office did not write and a
 * misspelt name still fails (template-lookup.ts). The fields come from the decoder itself.
 */
function absentAsNull(value: unknown, decoder: Decoder<unknown>): unknown {
  const fields = fieldsOf(decoder);
  if (!fields || typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const table = value as Record<string, unknown>;
  const view: Record<string, unknown> = { ...table };
  for (const [name, field] of Object.entries(fields)) view[name] = name in table ? absentAsNull(table[name], field.decoder) : null;
  return view;
}

/** The issuer settings as templates read them; the folder paths in them are not used, so none is needed. */
const ISSUER_FIELDS = issuerShape('');

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
    issuer: absentAsNull(records.issuer, ISSUER_FIELDS) as IssuerContext,
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
