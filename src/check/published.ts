// Figures typed from a published notice (an earlier quarter, the quarter a year before, a
// region of a summary) must agree with themselves wherever the notice printed enough to
// tell: the checked within the running, the failing within the checked, the scored within
// the checked, a rate as printed from the counts beside it; groups only along dimensions the
// channel has; score lines the issuer sets; facts the issuer declares for the quarter. What
// the notice did not print is not compared.

import { dimensionsOf } from '../compute/dimensions.js';
import { equals, fromDecimal, ratio } from '../compute/exact.js';
import { CODES, diagnose } from '../diagnostics/codes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { decimalText, decimalValue, roundHalfUp } from '../format/decimal.js';
import { fieldAt, keyFieldAt } from '../load/located.js';
import type { FieldPlaces } from '../load/located.js';
import { nearestName } from '../load/nearest-name.js';
import type { DecimalText, IssuerProfile, PublishedChannel, PublishedFigures } from '../model/records.js';
import type { Channel } from '../model/figures.js';
import { factFindings } from './facts.js';
import { finding } from './input.js';
import type { Finding } from './input.js';

export interface PublishedInput {
  readonly figures: PublishedFigures;
  /** where they were written: previous.published, yearAgo.published, sources[0].quarter.published */
  readonly path: string;
  /** whose figures, as messages say it: 上季度, 去年同期, a summary's region */
  readonly whose: string;
  readonly places: FieldPlaces;
  readonly keyPlaces: FieldPlaces;
  /** the settings they are read by; a summary's regions have none of their own here */
  readonly issuer?: IssuerProfile;
}

const CHANNEL_NAMES: Readonly<Record<Channel, string>> = { websites: '政府网站', accounts: '政务新媒体' };

export function checkPublished(input: PublishedInput): Finding[] {
  const { figures, path, issuer } = input;
  const channels = (['websites', 'accounts'] as const).flatMap((channel) => {
    const given = figures[channel];
    return given ? channelFindings({ input, channel, given, path: `${path}.${channel}` }) : [];
  });
  if (!issuer) return channels;
  const at = (field: string) => keyFieldAt(input.keyPlaces, input.places, field);
  const facts = factFindings({ given: figures.facts, of: 'quarter', here: '公布数里', path: `${path}.facts`, declared: issuer.facts ?? [], at });
  return [...channels, ...facts];
}

interface ChannelPart {
  readonly input: PublishedInput;
  readonly channel: Channel;
  readonly given: PublishedChannel;
  readonly path: string;
}

/** The channel's own figures, then each group's, along the dimensions the channel has. */
function channelFindings(part: ChannelPart): Finding[] {
  const { input, channel, given, path } = part;
  const own = [...countFindings(part).map((diagnostic) => finding(diagnostic)), ...scoreFindings(part)];
  const known = input.issuer ? [...dimensionsOf(input.issuer, channel).keys()] : undefined;
  const groups = Object.entries(given.by ?? {}).flatMap(([dimension, groups]) => {
    const dimensionPath = `${path}.by.${dimension}`;
    if (known && !known.includes(dimension)) {
      const args = { dimension, channel: CHANNEL_NAMES[channel], known, suggestion: nearestName(dimension, known) };
      return [finding(diagnose(CODES.unknownDimension, args, keyFieldAt(input.keyPlaces, input.places, dimensionPath)), ['issuer.categories'])];
    }
    return Object.entries(groups).flatMap(([group, figures]) => channelFindings({ input, channel, given: figures, path: `${dimensionPath}.${group}` }));
  });
  return [...own, ...groups];
}

/** Counts within each other; a rate beside its counts as those counts print it. */
function countFindings({ input, given, path }: ChannelPart): Diagnostic[] {
  const inconsistent = (problem: string, field: string) => diagnose(CODES.publishedInconsistent, { whose: input.whose, problem }, fieldAt(input.places, `${path}.${field}`));
  const { running, checked, failing } = given;
  const checkedAboveRunning = checked !== undefined && running !== undefined && checked > running;
  const failingAboveChecked = failing !== undefined && checked !== undefined && failing > checked;
  return [
    ...(checkedAboveRunning ? [inconsistent(`检查数 ${checked} 大于运行数 ${running}`, 'checked')] : []),
    ...(failingAboveChecked ? [inconsistent(`不合格数 ${failing} 大于检查数 ${checked}`, 'failing')] : []),
    // counts that contradict each other are the one slip: no rate is computed from them
    ...(failingAboveChecked ? [] : rateSlip({ input, given, path, rate: 'passRate' })),
    ...(checkedAboveRunning ? [] : rateSlip({ input, given, path, rate: 'samplingRatio' })),
  ];
}

/** A rate and the counts it is printed from: passing ÷ checked, checked ÷ running. */
function rateFrom(given: PublishedChannel, rate: 'passRate' | 'samplingRatio'): { label: string; part: number; whole: number; counts: string } | undefined {
  const { running, checked, failing } = given;
  if (checked === undefined) return undefined;
  if (rate === 'passRate') return failing === undefined ? undefined : { label: '合格率', part: checked - failing, whole: checked, counts: `检查数 ${checked}、不合格数 ${failing}` };
  return running === undefined ? undefined : { label: '抽查比例', part: checked, whole: running, counts: `运行数 ${running}、检查数 ${checked}` };
}

/** The rate typed against the counts typed, rounded half-up at the places the office typed. */
function rateSlip(options: { input: PublishedInput; given: PublishedChannel; path: string; rate: 'passRate' | 'samplingRatio' }): Diagnostic[] {
  const { input, given, path, rate } = options;
  const typed = given[rate];
  const from = rateFrom(given, rate);
  // with nothing to divide by, the counts print no rate to compare with
  if (typed === undefined || !from || from.whole === 0) return [];
  const computed = roundHalfUp(ratio(BigInt(from.part) * 100n, from.whole), placesOf(typed));
  if (equals(decimalValue(computed), fromDecimal(typed))) return [];
  const args = { whose: input.whose, rate: from.label, typed, counts: from.counts, computed: decimalText(computed, { trimZeros: false }) };
  return [diagnose(CODES.publishedRateMismatch, args, fieldAt(input.places, `${path}.${rate}`))];
}

function placesOf(typed: DecimalText): number {
  return typed.split('.')[1]?.length ?? 0;
}

/** The scored within the checked, each line's count within the scored, lines the issuer sets. */
function scoreFindings({ input, channel, given, path }: ChannelPart): Finding[] {
  const inconsistent = (problem: string, field: string) =>
    finding(diagnose(CODES.publishedInconsistent, { whose: input.whose, problem }, fieldAt(input.places, `${path}.${field}`)));
  const findings: Finding[] = [];
  const { scored, checked } = given;
  const scoredLabel = channel === 'websites' ? '评分网站数' : '评分账号数';
  if (scored !== undefined && checked !== undefined && scored > checked) findings.push(inconsistent(`${scoredLabel} ${scored} 大于检查数 ${checked}`, 'scored'));
  const lines = input.issuer?.scoreLines.map((line) => line.score);
  (given.scoreLines ?? []).forEach((line, index) => {
    const base = scored ?? checked;
    if (base !== undefined && line.count > base) findings.push(inconsistent(`${line.score}分线的网站数 ${line.count} 大于${scored === undefined ? '检查数' : scoredLabel} ${base}`, `scoreLines[${index}].count`));
    if (lines && !lines.some((score) => equals(fromDecimal(score), fromDecimal(line.score)))) {
      const where = fieldAt(input.places, `${path}.scoreLines[${index}].score`);
      findings.push(finding(diagnose(CODES.notAllowed, { value: line.score, allowed: lines }, where), ['issuer.scoreLines']));
    }
  });
  return findings;
}
