// The shape of a quarter file and its records, in one place, and their decoding into the
// model. Defaults that keep the files short: a unit's status is 运行 unless written, and
// a running unit counts as checked unless `checked: false` says otherwise.

import { DEFAULT_NARRATIVE_SECTIONS, DEFAULT_STATUS, UNIT_STATUSES } from '../config/defaults.js';
import { failedFields } from '../check/input.js';
import type { FailedFields } from '../check/input.js';
import { CODES, diagnose } from '../diagnostics/codes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type {
  AccountRecord,
  GroupScore,
  MessageCount,
  MessageRecord,
  Period,
  PublishedFigures,
  QuarterRecords,
  RecheckResult,
  SourcePlace,
  UnitStatus,
  WebsiteRecord,
} from '../model/records.js';
import {
  bool,
  boundedDecimal,
  boundedNumber,
  dataPath,
  decimal,
  dictionaryOf,
  identifier,
  isoDate,
  listOf,
  located,
  mapping,
  nonEmpty,
  oneOf,
  optional,
  rawTable,
  required,
  text,
} from './decoders.js';
import type { Decoded, Decoder, Fallible, Field } from './decoders.js';
import { deepFreeze } from './freeze.js';
import type { Located } from './located.js';
import { sheetReference } from './sheet-references.js';

export const period = mapping({
  year: required(boundedNumber({ min: 2000, max: 2100, integer: true })),
  quarter: required(boundedNumber({ min: 1, max: 4, integer: true })),
});

export const toPeriod = (value: Decoded<typeof period.shape>): Period => ({ year: value.year, quarter: value.quarter as Period['quarter'] });

const countNumber = boundedNumber({ min: 0, max: 10_000_000, integer: true });
const count = required(countNumber);
/** the office's own facts, by the names the issuer declares: amounts such as 120 (条) or 3.5 (万字) */
const facts = optional(dictionaryOf(boundedDecimal({ min: 0 })));

/**
 * What a notice printed about a channel, or about one group of it: any figure may be left out
 * (a notice often printed only a rate or an average), except where the counts are the point
 * (a summary's table). A percent is as printed: 95.7 for 95.7%.
 */
function publishedGroupFields<Counts extends Field<number, boolean>>(counts: Counts) {
  const percent = optional(boundedDecimal({ min: 0, max: 100 }));
  const group = {
    running: counts,
    checked: counts,
    failing: counts,
    passRate: percent,
    samplingRatio: percent,
    scored: optional(countNumber),
    averageScore: optional(decimal),
    averageFinalScore: optional(decimal),
  };
  // score lines are the issuer's lines for websites
  return { accounts: group, websites: { ...group, scoreLines: optional(listOf(mapping({ score: required(decimal), count }))) } };
}

/** `by: { <dimension>: { <group>: figures } }`: the groups a notice gave figures for, one level deep. */
const groupsBy = <T>(group: Fallible<T>) => optional(nonEmpty(dictionaryOf(nonEmpty(dictionaryOf(group)))));

/** Figures at any grain, with groups and the quarter's own facts: an earlier quarter of a notice. */
function anyGrainFigures() {
  const { websites, accounts } = publishedGroupFields(optional(countNumber));
  const channel = <S extends typeof accounts>(fields: S) => optional(nonEmpty(mapping({ ...fields, by: groupsBy(nonEmpty(mapping(fields))) })));
  return mapping({ period: required(period), websites: channel(websites), accounts: channel(accounts), facts });
}

/** Counts for each channel given: what a summary's table compares. */
function countedFigures() {
  const { websites, accounts } = publishedGroupFields(count);
  return mapping({ period: required(period), websites: optional(mapping(websites)), accounts: optional(mapping(accounts)) });
}

export type PublishedGrain = 'any' | 'counts';

/**
 * `{ published: … }`: a quarter known by the figures its notice printed. Figures with a slip
 * are refused whole: compared, they would only repeat the slip in other words.
 */
function publishedQuarter(grain: PublishedGrain): Decoder<PublishedFigures> {
  const figures = grain === 'any' ? anyGrainFigures() : countedFigures();
  const published = mapping({ published: required<Omit<PublishedFigures, 'period'> & { period: Decoded<typeof period.shape> }>(figures) });
  return {
    schema: published.schema,
    decode(node, sink) {
      const reported = sink.length;
      const given = (published.decode(node, sink) ?? published.fallback).published;
      return sink.length > reported ? undefined : { ...given, period: toPeriod(given.period) };
    },
  };
}

const RECHECK_RESULTS: readonly RecheckResult[] = ['合格', '不合格'];

/** A group's points as one number, or its second-level indicators' points as a table. */
const groupScore: Decoder<GroupScore> = {
  fallback: decimal.fallback,
  schema: { anyOf: [decimal.schema, dictionaryOf(decimal).schema] },
  decode(node, sink) {
    return node.kind === 'map' ? dictionaryOf(decimal).decode(node, sink) : decimal.decode(node, sink);
  },
};

const dateBounds = mapping({ start: required(isoDate), end: required(isoDate) });

/**
 * A period of days, its first day first. A reversed one is refused as a whole (reported at
 * its start): either day may be the slip, so no check may compare another date with them.
 */
const dateRange: Fallible<Decoded<typeof dateBounds.shape>> = {
  fallback: dateBounds.fallback,
  schema: dateBounds.schema,
  decode(node, sink) {
    const reported = sink.length;
    const range = dateBounds.decode(node, sink);
    // a day that did not decode is a stand-in, which says nothing about the order
    if (!range || sink.length > reported || range.start <= range.end || node.kind !== 'map') return range;
    sink.push(diagnose(CODES.windowReversed, range, { place: node.entries.get('start')?.value.place, field: node.path }));
    return undefined;
  },
};

/** Messages by category or unit: `{ 咨询: 20 }` (name → received), or a list with what was finished too. */
const messageCounts: Decoder<MessageCount[]> = (() => {
  const byName = dictionaryOf(countNumber);
  const list = listOf(mapping({ name: required(identifier), received: count, finished: optional(countNumber) }));
  return {
    schema: { anyOf: [byName.schema, list.schema] },
    decode(node, sink) {
      if (node.kind !== 'map') return list.decode(node, sink);
      return Object.entries(byName.decode(node, sink) ?? {}).map(([name, received]) => ({ name, received }));
    },
  };
})();

const unitFields = {
  id: required(identifier),
  name: required(identifier),
  owner: required(identifier),
  region: required(identifier),
  status: optional(oneOf(UNIT_STATUSES)),
  checked: optional(bool),
  veto: optional(listOf(identifier)),
  problem: optional(text),
  recheck: optional(oneOf(RECHECK_RESULTS)),
  // 开设日期: tells a unit opened this quarter when last quarter has no records to compare with
  opened: optional(isoDate),
  // accounts are scored only on the issuer's own scale (rules.accountScoring), which the checks ask for
  scores: optional(dictionaryOf(groupScore)),
  bonus: optional(decimal),
  facts,
};

/** No veto item: one list for every unit that hit none (records are frozen, so it is shared safely). */
const NO_VETO: readonly string[] = Object.freeze([]);

/**
 * A unit's record: its decoded fields with status and checked given their defaults (a unit
 * that is not running is not checked) and its place. Completed in place rather than copied,
 * as the table is the decoder's own new object: a country has 330,000 of them. Frozen as it
 * is made, with what it holds, so that freezing the loaded quarter stops at its lists of
 * units rather than walking each record's fields (see frozenUnits).
 */
function unitRecord<T extends Partial<UnitState> & UnitTables>(value: T, node: Located): T & UnitState & { place: SourcePlace } {
  const record = value as T & UnitState & { place: SourcePlace };
  record.status = value.status ?? DEFAULT_STATUS;
  record.checked = value.checked ?? record.status === '运行';
  record.veto = value.veto ? Object.freeze(value.veto) : NO_VETO;
  record.place = Object.freeze(node.place);
  // the only fields that hold objects besides the two above: the rest are texts, numbers and booleans
  if (value.scores) deepFreeze(value.scores);
  if (value.facts) deepFreeze(value.facts);
  return Object.freeze(record);
}

interface UnitState {
  status: UnitStatus;
  checked: boolean;
  veto: readonly string[];
}

/** The fields of a unit that hold tables. */
interface UnitTables {
  scores?: object;
  facts?: object;
}

/** A list of units, each frozen through as it was made (see unitRecord), frozen in turn. */
function frozenUnits<R>(units: R[] | undefined): readonly R[] {
  return Object.freeze(units ?? []);
}

const website = located(
  mapping({
    ...unitFields,
    code: optional(identifier),
    kind: required(identifier),
    level: required(identifier),
  }),
  (value, node): WebsiteRecord => unitRecord(value, node),
);

const account = located(
  mapping({ ...unitFields, platform: required(identifier) }),
  (value, node): AccountRecord => unitRecord(value, node),
);

/**
 * A quarter named in the data: its quarter file, or the figures it was published with —
 * what `previous:` names, and each source of a summary.
 */
export type QuarterReference =
  | { readonly kind: 'file'; readonly file: string; readonly node: Located }
  | { readonly kind: 'published'; readonly figures: PublishedFigures };

/**
 * `purpose` names the file in a "not found" diagnostic, e.g. 上一季度文件; `grain` says what
 * published figures must give (see publishedQuarter).
 */
export function quarterReference(options: { projectRoot: string; purpose: string; grain: PublishedGrain }): Decoder<QuarterReference> {
  const file = dataPath({ projectRoot: options.projectRoot, kind: 'file', purpose: options.purpose });
  const published = publishedQuarter(options.grain);
  return {
    schema: { anyOf: [file.schema, published.schema] },
    decode(node, sink) {
      if (node.kind === 'map') {
        const figures = published.decode(node, sink);
        return figures && { kind: 'published', figures };
      }
      const path = file.decode(node, sink);
      return path === undefined ? undefined : { kind: 'file', file: path, node };
    },
  };
}

const message = located(
  mapping({
    name: required(text),
    window: optional(dateRange),
    received: count,
    finished: count,
    finishedOnTime: optional(countNumber),
    categories: optional(messageCounts),
    units: optional(messageCounts),
  }),
  (value, node): MessageRecord => ({ ...value, place: node.place }),
);

/** Sections by the names the issuer declares (checked against them later); the default names for editors to complete. */
const narrativeSections: Fallible<Record<string, string>> = (() => {
  const sections = dictionaryOf(text);
  const named = Object.fromEntries(DEFAULT_NARRATIVE_SECTIONS.map((name) => [name, text.schema]));
  return { ...sections, schema: { ...sections.schema, properties: named } };
})();

const rounds = optional(boundedNumber({ min: 1, max: 1000, integer: true }));
const unitIds = optional(listOf(identifier));

/**
 * A list of records, where a sheet reference may stand for the whole list or for some of its
 * items. References are replaced by their sheets' rows before decoding (see
 * sheet-references.ts), so only the schema says they may be written.
 */
function recordsOrSheets<R>(record: Decoder<R>, projectRoot: string): Fallible<R[]> {
  const records = listOf(record);
  const reference = sheetReference(projectRoot).schema;
  return { ...records, schema: { anyOf: [{ ...records.schema, items: { anyOf: [record.schema, reference] } }, reference] } };
}

/** The quarter file's fields; exported for the JSON Schema generated from them. */
export function quarterShape(projectRoot: string) {
  return mapping({
    issuer: optional(rawTable),
    period: required(period),
    date: required(isoDate),
    docNumber: optional(text),
    window: optional(dateRange),
    monitoringPoint: optional(isoDate),
    deadline: optional(isoDate),
    printDate: optional(isoDate),
    previous: optional(quarterReference({ projectRoot, purpose: '上一季度文件', grain: 'any' })),
    yearAgo: optional(publishedQuarter('any')),
    facts,
    narrative: optional(narrativeSections),
    websites: optional(recordsOrSheets(website, projectRoot)),
    accounts: optional(recordsOrSheets(account, projectRoot)),
    messages: optional(listOf(message)),
    rounds: optional(mapping({ websites: rounds, accounts: rounds })),
    rectification: optional(mapping({ fixed: unitIds, stillFailing: unitIds, notReported: unitIds })),
  });
}

export type QuarterFields = Omit<QuarterRecords, 'source' | 'issuer' | 'previous'>;

export interface DecodedQuarter {
  readonly fields: QuarterFields;
  readonly previous?: QuarterReference;
  /** the fields that failed to decode, which no check may compare (see check/input.ts) */
  readonly failed: FailedFields;
}

export function decodeQuarter(options: { root: Located; projectRoot: string; sink: Diagnostic[] }): DecodedQuarter {
  const shape = quarterShape(options.projectRoot);
  const reported = options.sink.length;
  const decoded = shape.decode(options.root, options.sink) ?? shape.fallback;
  // the quarter's own `issuer:` layer is merged over `_issuer.yaml` by the caller, before the records are read
  const { issuer, previous, period: written, websites, accounts, narrative, messages, rectification, ...rest } = decoded;
  return {
    fields: {
      ...rest,
      period: toPeriod(written),
      websites: frozenUnits(websites),
      accounts: frozenUnits(accounts),
      narrative: narrative ?? {},
      messages: messages ?? [],
      ...(rectification && {
        rectification: { fixed: rectification.fixed ?? [], stillFailing: rectification.stillFailing ?? [], notReported: rectification.notReported ?? [] },
      }),
    },
    previous,
    failed: failedFields(options.sink.slice(reported)),
  };
}

/** Fields a quarter file has: a file with none of them is some other file. */
const QUARTER_FIELDS = ['period', 'date', 'window', 'deadline', 'websites', 'accounts'];
/** Fields a quarter file has and no other data file: a summary has a period and a date too. */
const QUARTER_ONLY_FIELDS = new Set(['window', 'deadline', 'websites', 'accounts', 'previous', 'rectification']);
/** Why a file is no quarter file: what it is, and which other data file it is, when it is one. */
export interface NotAQuarter {
  readonly what: string;
  readonly other?: 'issuer' | 'summary';
}

/** The other data files, by a field only they have. */
const OTHER_FILES: ReadonlyArray<readonly [string, Required<NotAQuarter>]> = [
  ['shortName', { what: '这是发文机关设置文件', other: 'issuer' }],
  ['sources', { what: '这是汇总文件', other: 'summary' }],
];

/**
 * Why `root` is not a quarter file, when it is plainly another (`previous: _issuer.yaml`, a
 * summary given to build): one message for the file, rather than one for each field it lacks.
 */
export function notAQuarter(root: Located): NotAQuarter | undefined {
  if (root.kind !== 'map' || [...root.entries.keys()].some((field) => QUARTER_ONLY_FIELDS.has(field))) return undefined;
  const other = OTHER_FILES.find(([field]) => root.entries.has(field))?.[1];
  if (other || QUARTER_FIELDS.some((field) => root.entries.has(field))) return other;
  return { what: `这个文件里没有 ${QUARTER_FIELDS.slice(0, 3).join('、')} 等季度检查记录的字段` };
}
