// loadSummary: reads a summary file (one quarter compared across regions) and every quarter
// file it names, with the same decoders and checks as a quarter: a region's quarter is a
// quarter file (loaded and checked by loadQuarter) or the figures its notice published (the
// decoder of `previous:`). Every problem in every file is thrown together.

import { resolve } from 'node:path';
import { FailedIndex, failedFields, finding, standing } from '../check/input.js';
import type { Finding } from '../check/input.js';
import { checkPublished } from '../check/published.js';
import { DEFAULT_PRECISION } from '../config/defaults.js';
import { CODES, diagnose } from '../diagnostics/codes.js';
import { TongbaoError, isTongbaoError } from '../diagnostics/diagnostic.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { periodLabel } from '../format/chinese.js';
import { isPublishedFigures } from '../model/records.js';
import type { Period, PublishedFigures, QuarterRecords } from '../model/records.js';
import type { SummaryRecords, SummarySource } from '../model/summary.js';
import { boundedNumber, identifier, isoDate, listOf, mapping, optional, required, text } from './decoders.js';
import { deepFreeze } from './freeze.js';
import { findProjectRoot, inReadingOrder, loadQuarter, readYamlFile } from './index.js';
import { withDefaults } from './issuer.js';
import { fieldAt, keyPlacesIn, placesIn } from './located.js';
import type { FieldPlaces, Located } from './located.js';
import { notAQuarter, period, quarterReference, toPeriod } from './quarter.js';
import type { QuarterReference } from './quarter.js';

const decimalPlaces = optional(boundedNumber({ min: 0, max: 2, integer: true }));

/** The summary file's fields; exported for a JSON Schema generated from them. */
export function summaryShape(projectRoot: string) {
  // the table compares counts: a region's published figures give them for each channel given
  const reference = quarterReference({ projectRoot, purpose: '季度文件', grain: 'counts' });
  // required, with no stand-in value: a region whose quarter is missing is left out of the checks
  const quarter = required({ ...reference, fallback: undefined as QuarterReference | undefined });
  return mapping({
    title: required(text),
    issuer: required(text),
    date: required(isoDate),
    period: required(period),
    basis: required(listOf(text, { nonEmpty: true })),
    precision: optional(mapping({ passRate: decimalPlaces, samplingRatio: decimalPlaces })),
    narrative: optional(mapping({ problems: optional(text), recommendations: optional(text) })),
    sources: required(
      listOf(
        mapping({ region: required(identifier), quarter, passRateDecimals: optional(mapping({ websites: decimalPlaces, accounts: decimalPlaces })) }),
        { nonEmpty: true },
      ),
    ),
  });
}

/** What the file is when it is plainly another data file: a quarter given to `tongbao summary`. */
function otherThanSummary(root: Located): string | undefined {
  if (root.kind !== 'map' || root.entries.has('sources')) return undefined;
  const notQuarter = notAQuarter(root);
  if (!notQuarter) return '这是季度数据文件';
  return notQuarter.other === 'issuer' ? notQuarter.what : undefined;
}

/** Loads and checks a summary with the quarters it names; throws TongbaoError listing every problem. */
export async function loadSummary(options: { file: string; projectRoot?: string }): Promise<SummaryRecords> {
  const file = resolve(options.file);
  const projectRoot = resolve(options.projectRoot ?? findProjectRoot(file));
  const sink: Diagnostic[] = [];
  const root = readYamlFile({ file, purpose: '汇总文件', sink });
  if (!root) throw new TongbaoError(sink);
  const other = otherThanSummary(root);
  if (other) throw new TongbaoError([diagnose(CODES.notASummaryFile, { what: other }, { place: root.place })]);
  const shape = summaryShape(projectRoot);
  const reported = sink.length;
  const { period: written, precision, narrative, sources, ...fields } = shape.decode(root, sink) ?? shape.fallback;
  const failed = new FailedIndex(failedFields(sink.slice(reported)));
  const places = { places: placesIn(root), keyPlaces: keyPlacesIn(root) };
  const summaryPeriod = toPeriod(written);
  const loaded: SummarySource[] = [];
  for (const [index, source] of sources.entries()) {
    if (!source.quarter) continue;
    const path = `sources[${index}].quarter`;
    const quarter = source.quarter.kind === 'file' ? await quarterRecords({ file: source.quarter.file, projectRoot, sink }) : source.quarter.figures;
    if (!quarter) continue;
    sink.push(...standing(sourceProblems({ region: source.region, quarter, expected: summaryPeriod, path, ...places }), failed));
    loaded.push({ region: source.region, quarter, passRateDecimals: source.passRateDecimals ?? {} });
  }
  if (sink.some((d) => d.severity === 'error')) throw new TongbaoError(inReadingOrder(sink));
  return deepFreeze({
    ...fields,
    source: file,
    period: summaryPeriod,
    precision: withDefaults(DEFAULT_PRECISION, precision),
    narrative: narrative ?? {},
    sources: loaded,
  });
}

/** A region's quarter file through loadQuarter, its problems added to the summary's. */
async function quarterRecords(options: { file: string; projectRoot: string; sink: Diagnostic[] }): Promise<QuarterRecords | undefined> {
  try {
    return await loadQuarter({ file: options.file, projectRoot: options.projectRoot });
  } catch (error) {
    if (!isTongbaoError(error)) throw error;
    options.sink.push(...error.diagnostics);
    return undefined;
  }
}

/** Every region reports the summary's quarter (when the summary's own period was read); published counts agree with themselves. */
function sourceProblems(options: {
  region: string;
  quarter: QuarterRecords | PublishedFigures;
  expected: Period;
  path: string;
  places: FieldPlaces;
  keyPlaces: FieldPlaces;
}): Finding[] {
  const { region, quarter, expected, path, places, keyPlaces } = options;
  const published = isPublishedFigures(quarter);
  const problems: Finding[] = [];
  if (quarter.period.year !== expected.year || quarter.period.quarter !== expected.quarter) {
    const where = fieldAt(places, published ? `${path}.published.period` : path);
    const args = { region, expected: periodLabel(expected), found: periodLabel(quarter.period) };
    problems.push(finding(diagnose(CODES.summaryPeriodMismatch, args, where), ['period']));
  }
  if (published) problems.push(...checkPublished({ figures: quarter, path: `${path}.published`, whose: region, places, keyPlaces }));
  return problems;
}
