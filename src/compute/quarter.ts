// The chain of quarters a notice reads: this quarter, then each earlier one its `previous`
// names (records, or the figures a notice published), and the same quarter a year before
// (from the chain, or given as published figures). Each node makes its units and slices
// once, on first use, so every figure of every quarter is computed at most once.

import type { Channel, QuarterFigures, SliceFigures } from '../model/figures.js';
import type { IssuerProfile, Period, PublishedFigures, QuarterRecords } from '../model/records.js';
import { isPublishedFigures } from '../model/records.js';
import { channelTable, type ChannelTable } from './channel-table.js';
import { fromDecimal } from './exact.js';
import { defineLazy } from './lazy.js';
import { messageFigures, messageTotals } from './messages.js';
import { publishedSlice } from './published-slice.js';
import { recordsSlice } from './slice.js';

export interface QuarterNode {
  readonly period: Period;
  readonly source: 'records' | 'published';
  /** the quarter's own issuer settings; for a published quarter, those of the quarter that names it (none for a summary's) */
  readonly issuer: IssuerProfile | undefined;
  readonly records: QuarterRecords | undefined;
  readonly published: PublishedFigures | undefined;
  readonly previous: QuarterNode | null;
  readonly yearAgo: QuarterNode | null;
  /** earlier quarters of the chain, nearest first */
  readonly earlier: readonly QuarterNode[];
  /** the channel's records as flat columns, its units made from them on demand; undefined for a published quarter */
  table(channel: Channel): ChannelTable | undefined;
  /** the whole channel; null when a published quarter gave nothing about it */
  slice(channel: Channel): SliceFigures | null;
  figures(): QuarterFigures;
}

function isSameQuarterYearBefore(candidate: Period, period: Period): boolean {
  return candidate.year === period.year - 1 && candidate.quarter === period.quarter;
}

/** Memoises a function of a channel. */
function perChannel<T>(make: (channel: Channel) => T): (channel: Channel) => T {
  const made = new Map<Channel, T>();
  return (channel) => {
    if (!made.has(channel)) made.set(channel, make(channel));
    return made.get(channel) as T;
  };
}

/** The quarter's own facts (FactConfig of 'quarter'), by name; null where not given. */
function quarterFacts(issuer: IssuerProfile | undefined, given: Readonly<Record<string, string>> | undefined): QuarterFigures['facts'] {
  return Object.fromEntries(
    (issuer?.facts ?? [])
      .filter((fact) => fact.of === 'quarter')
      .map((fact) => {
        const value = given?.[fact.name];
        return [fact.name, value === undefined ? null : { kind: 'amount' as const, value: fromDecimal(value) }];
      }),
  );
}

/** A channel of a quarter: null when that quarter's notice was not about it (no records, or none published). */
function channelOf(node: QuarterNode, channel: Channel): SliceFigures | null {
  const slice = node.slice(channel);
  return slice && (slice.source === 'published' || (slice.registered ?? 0) > 0) ? slice : null;
}

function quarterFigures(node: QuarterNode): QuarterFigures {
  const figures = { period: node.period, source: node.source } as QuarterFigures;
  const messages = node.records?.messages ?? [];
  return defineLazy(figures, {
    websites: () => channelOf(node, 'websites'),
    accounts: () => channelOf(node, 'accounts'),
    messages: () => messageFigures(messages, node.issuer?.denseRanking ?? false),
    messageTotals: () => messageTotals(messages, node.issuer?.denseRanking ?? false),
    facts: () => quarterFacts(node.issuer, node.records?.facts ?? node.published?.facts),
    scored: () => figures.websites?.scored || null,
    averageScore: () => figures.websites?.averageScore ?? null,
    averageFinalScore: () => figures.websites?.averageFinalScore ?? null,
    groupIndices: () => figures.websites?.groupIndices ?? [],
  });
}

/** A quarter known only from its published notice: it links to nothing earlier. */
function publishedNode(published: PublishedFigures, issuer: IssuerProfile | undefined): QuarterNode {
  const node: QuarterNode = {
    period: published.period,
    source: 'published',
    issuer,
    records: undefined,
    published,
    previous: null,
    yearAgo: null,
    earlier: [],
    table: () => undefined,
    slice: perChannel((channel) => {
      const figures = published[channel];
      return figures ? publishedSlice({ node, channel, figures, name: channel, path: [] }) : null;
    }),
    figures: () => figuresOfNode(node),
  };
  return node;
}

const figuresOfNodes = new WeakMap<QuarterNode, QuarterFigures>();

function figuresOfNode(node: QuarterNode): QuarterFigures {
  const known = figuresOfNodes.get(node);
  if (known) return known;
  const figures = quarterFigures(node);
  figuresOfNodes.set(node, figures);
  return figures;
}

function recordsNode(records: QuarterRecords): QuarterNode {
  const previous = records.previous ? (isPublishedFigures(records.previous) ? publishedNode(records.previous, records.issuer) : recordsNode(records.previous)) : null;
  const earlier = previous ? [previous, ...previous.earlier] : [];
  const fromChain = earlier[3] && isSameQuarterYearBefore(earlier[3].period, records.period) ? earlier[3] : undefined;
  const { issuer } = records;
  const tableOf = perChannel((channel) => channelTable({ channel, node, issuer, records: records[channel] }));
  const node: QuarterNode = {
    period: records.period,
    source: 'records',
    issuer: records.issuer,
    records,
    published: undefined,
    previous,
    yearAgo: fromChain ?? (records.yearAgo ? publishedNode(records.yearAgo, records.issuer) : null),
    earlier,
    table: tableOf,
    slice: perChannel((channel) => {
      const table = tableOf(channel);
      return recordsSlice({ node, issuer, channel, table, members: table.records.map((_, index) => index), name: channel, path: [] });
    }),
    figures: () => figuresOfNode(node),
  };
  return node;
}

/** This quarter's node; every earlier quarter hangs off it. */
export function quarterChain(records: QuarterRecords): QuarterNode {
  return recordsNode(records);
}

/** A quarter on its own, from its records or from what its notice published (a summary's sources). */
export function standaloneQuarter(quarter: QuarterRecords | PublishedFigures): QuarterFigures {
  return (isPublishedFigures(quarter) ? publishedNode(quarter, undefined) : recordsNode(quarter)).figures();
}
