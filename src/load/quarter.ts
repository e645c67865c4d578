// The shape of a quarter file and its records, in one place, and their decoding into the
// model. Defaults that keep the files short: a unit's status is 运行 unless written, and
// a running unit counts as checked unless `checked: false` says otherwise.

import { DEFAULT_STATUS, UNIT_STATUSES } from '../config/defaults.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { AccountRecord, Period, PublishedFigures, QuarterRecords, WebsiteRecord } from '../model/records.js';
import {
  bool,
  boundedNumber,
  dataPath,
  decimal,
  dictionaryOf,
  listOf,
  located,
  mapping,
  oneOf,
  optional,
  rawTable,
  required,
  text,
} from './decoders.js';
import type { Decoded, Decoder } from './decoders.js';
import type { Located, LocatedMap } from './located.js';

const period = mapping({
  year: required(boundedNumber({ min: 2000, max: 2100, integer: true })),
  quarter: required(boundedNumber({ min: 1, max: 4, integer: true })),
});

const toPeriod = (value: Decoded<typeof period.shape>): Period => ({ year: value.year, quarter: value.quarter as Period['quarter'] });

const count = required(boundedNumber({ min: 0, max: 10_000_000, integer: true }));
const publishedCounts = mapping({ running: count, checked: count, failing: count });

const unitFields = {
  id: required(text),
  name: required(text),
  owner: required(text),
  region: required(text),
  status: optional(oneOf(UNIT_STATUSES)),
  checked: optional(bool),
  veto: optional(listOf(text)),
  problem: optional(text),
};

/** Status and checked with their defaults; a unit that is not running is not checked. */
function unitState(value: { status?: WebsiteRecord['status']; checked?: boolean; veto?: string[] }) {
  const status = value.status ?? DEFAULT_STATUS;
  return { status, checked: value.checked ?? status === '运行', veto: value.veto ?? [] };
}

const website = located(
  mapping({
    ...unitFields,
    kind: required(text),
    level: required(text),
    scores: optional(dictionaryOf(decimal)),
    bonus: optional(decimal),
  }),
  (value, node): WebsiteRecord => ({ ...value, ...unitState(value), place: node.place }),
);

const account = located(
  mapping({ ...unitFields, platform: required(text) }),
  (value, node): AccountRecord => ({ ...value, ...unitState(value), place: node.place }),
);

/** What `previous:` names: the file of the quarter before, or the figures it was published with. */
export type PreviousReference =
  | { readonly kind: 'file'; readonly file: string; readonly node: Located }
  | { readonly kind: 'published'; readonly figures: PublishedFigures };

function previousReference(projectRoot: string): Decoder<PreviousReference> {
  const file = dataPath({ projectRoot, kind: 'file', purpose: '上一季度文件' });
  const published = mapping({
    published: required(mapping({ period: required(period), websites: optional(publishedCounts), accounts: optional(publishedCounts) })),
  });
  return {
    decode(node, sink) {
      if (node.kind === 'map') {
        const figures = (published.decode(node, sink) ?? published.fallback).published;
        return { kind: 'published', figures: { ...figures, period: toPeriod(figures.period) } };
      }
      const path = file.decode(node, sink);
      return path === undefined ? undefined : { kind: 'file', file: path, node };
    },
  };
}

function quarterShape(projectRoot: string) {
  return mapping({
    issuer: optional(rawTable),
    period: required(period),
    date: required(text),
    docNumber: optional(text),
    window: required(mapping({ start: required(text), end: required(text) })),
    monitoringPoint: optional(text),
    deadline: required(text),
    printDate: optional(text),
    previous: optional(previousReference(projectRoot)),
    narrative: optional(mapping({ problems: optional(text), requirements: optional(text) })),
    websites: optional(listOf(website)),
    accounts: optional(listOf(account)),
  });
}

export type QuarterFields = Omit<QuarterRecords, 'source' | 'issuer' | 'previous'>;

export interface DecodedQuarter {
  readonly fields: QuarterFields;
  /** the quarter file's own issuer layer, merged over `_issuer.yaml` by the caller */
  readonly issuerLayer?: LocatedMap;
  readonly previous?: PreviousReference;
}

export function decodeQuarter(options: { root: Located; projectRoot: string; sink: Diagnostic[] }): DecodedQuarter {
  const shape = quarterShape(options.projectRoot);
  const { issuer, previous, period: written, websites, accounts, narrative, ...rest } = shape.decode(options.root, options.sink) ?? shape.fallback;
  return {
    fields: { ...rest, period: toPeriod(written), websites: websites ?? [], accounts: accounts ?? [], narrative: narrative ?? {} },
    issuerLayer: issuer,
    previous,
  };
}
