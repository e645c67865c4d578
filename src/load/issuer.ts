// The issuer profile, cascaded: tongbao defaults ← the issuer folder's `_issuer.yaml` ←
// the quarter file's `issuer:`. Nearest wins field by field; a table merges with the
// table below it, while a list or a single value replaces the one below whole (a list of
// platforms or veto items is never concatenated). Every value keeps the file it came
// from, so a problem is reported where that value was written.

import { FailedIndex, failedFields, finding, standing } from '../check/input.js';
import type { FailedFields, Finding } from '../check/input.js';
import { repeatedNames } from '../check/names.js';
import { FIELD_DIMENSIONS } from '../compute/dimensions.js';
import { compare, equals, fromDecimal, sum } from '../compute/exact.js';
import {
  DEFAULT_ARABIC_NUMERALS_FROM,
  DEFAULT_CLASSIFIERS,
  DEFAULT_NARRATIVE_SECTIONS,
  DEFAULT_PLATFORMS,
  DEFAULT_PRECISION,
  DEFAULT_RULES,
} from '../config/defaults.js';
import { CODES, diagnose } from '../diagnostics/codes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Where } from '../diagnostics/codes.js';
import { decimalText, roundHalfUp } from '../format/decimal.js';
import { SEAL } from '../layout/gbt9704.js';
import type { CategoryConfig, DecimalText, FactConfig, IndicatorRules, IssuerProfile, LetterheadConfig, ScoringRules } from '../model/records.js';
import { bool, boundedNumber, dataPath, identifier, listOf, mapping, oneOf, optional, placed, required, scoreSetting, text } from './decoders.js';
import type { Decoded, Decoder } from './decoders.js';
import { childPath, parentPath } from './located.js';
import type { Located, LocatedMap } from './located.js';
import { pngImage } from './seal-image.js';
import { columnSettings } from './sheets/column-settings.js';

/** Merges issuer layers, lowest first; the merged table answers for its lowest layer's place. */
export function mergeLayers(layers: readonly (LocatedMap | undefined)[]): LocatedMap | undefined {
  return layers.reduce<LocatedMap | undefined>((below, above) => (below && above ? mergeTwo(below, above) : (above ?? below)), undefined);
}

function mergeTwo(below: LocatedMap, above: LocatedMap): LocatedMap {
  const entries = new Map(below.entries);
  for (const [key, entry] of above.entries) {
    const under = entries.get(key)?.value;
    const merged = under?.kind === 'map' && entry.value.kind === 'map' ? { ...entry, value: mergeTwo(under, entry.value) } : entry;
    entries.set(key, merged);
  }
  return { ...below, entries };
}

const printedLetterhead = mapping({ format: required(oneOf(['file', 'letter'] as const)), organ: required(text) });
const PREPRINTED = 'preprinted';
/** both forms, as a wrong word is answered: a table is allowed too, though no word names it */
const LETTERHEAD_FORMS = [`${PREPRINTED}（已印好版头的公文纸）`, '{ format: file 或 letter, organ: 机关标志 }（由 tongbao 印版头）'];

/**
 * 版头: a table for a 版头 tongbao prints, or `preprinted` for paper that has one printed
 * already; a wrong word is answered with the word allowed, a wrong table with its fields.
 */
const letterheadSetting: Decoder<LetterheadConfig> & { readonly shape: typeof printedLetterhead.shape } = {
  // the fields templates may ask of either form ({{issuer.letterhead.organ}} is empty on preprinted paper)
  shape: printedLetterhead.shape,
  schema: { anyOf: [{ enum: [PREPRINTED] }, printedLetterhead.schema] },
  decode(node, sink) {
    if (node.kind === 'map') return printedLetterhead.decode(node, sink);
    const value = text.decode(node, sink);
    if (value === PREPRINTED) return { format: PREPRINTED };
    if (value !== undefined) sink.push(diagnose(CODES.notAllowed, { value, allowed: LETTERHEAD_FORMS }, { place: node.place, field: node.path }));
    return undefined;
  },
};

const decimalPlaces = optional(boundedNumber({ min: 0, max: 2, integer: true }));

/** An indicator group or second-level item: its name and points, more than 0 (an index divides by them). */
const indicator = { name: required(identifier), points: required(scoreSetting({ mustExceedZero: true })) };
/** A pass line, a bonus or a threshold: 0 at least. */
const scoreLine = scoreSetting({ mustExceedZero: false });
const vetoItems = optional(listOf(identifier, { nonEmpty: true }));
const deductionGroups = listOf(mapping({ ...indicator, items: optional(listOf(mapping(indicator), { nonEmpty: true })) }), { nonEmpty: true });

/**
 * Accounts scored on the issuer's own scale: there is no national one to fall back on, so the
 * groups and the pass line are written; a bonus part is written whole (points and line) or not at all.
 */
const accountScoring = mapping({
  deductionGroups: required(deductionGroups),
  passScore: required(scoreLine),
  bonusPoints: optional(scoreLine),
  bonusThreshold: optional(scoreLine),
});

const FACT_PLACES: readonly FactConfig['of'][] = ['websites', 'accounts', 'quarter'];
const CATEGORY_FIELDS: readonly CategoryConfig['field'][] = ['owner', 'region', 'kind', 'level', 'platform'];

/** The issuer settings' fields; exported for the JSON Schema generated from them. */
export function issuerShape(projectRoot: string) {
  return mapping({
    name: required(text),
    shortName: required(text),
    scope: required(text),
    addressees: optional(text),
    basis: optional(listOf(text, { nonEmpty: true })),
    contact: required(
      mapping({ recipient: required(text), person: optional(text), phone: optional(text), email: optional(text) }),
    ),
    annotation: optional(text),
    seal: optional(
      mapping({
        image: required(pngImage({ projectRoot, purpose: '印章图片' })),
        diameterMm: optional(boundedNumber({ min: SEAL.minDiameterMm, max: SEAL.maxDiameterMm })),
      }),
    ),
    signing: optional(
      mapping({
        certificate: required(placed(dataPath({ projectRoot, kind: 'file', purpose: '签名证书' }))),
        reason: optional(text),
        location: optional(text),
      }),
    ),
    precision: optional(
      mapping({
        passRate: decimalPlaces,
        samplingRatio: decimalPlaces,
        share: decimalPlaces,
        completionRate: decimalPlaces,
        growth: decimalPlaces,
        score: decimalPlaces,
        scoreChange: decimalPlaces,
        index: decimalPlaces,
        amount: decimalPlaces,
      }),
    ),
    classifiers: optional(mapping({ website: optional(text), account: optional(text), message: optional(text) })),
    platforms: optional(listOf(mapping({ name: required(identifier), short: required(identifier) }), { nonEmpty: true })),
    rules: optional(
      mapping({
        websiteVetoItems: vetoItems,
        accountVetoItems: vetoItems,
        deductionGroups: optional(deductionGroups),
        bonusPoints: optional(scoreLine),
        passScore: optional(scoreLine),
        bonusThreshold: optional(scoreLine),
        accountScoring: optional(accountScoring),
      }),
    ),
    scoreLines: optional(
      listOf(
        mapping({
          score: required(scoreLine),
          inclusive: required(bool),
          includesBonus: optional(bool),
          streak: optional(boundedNumber({ min: 2, max: 100, integer: true })),
        }),
      ),
    ),
    flatThresholds: optional(
      mapping({
        passRate: optional(scoreLine),
        samplingRatio: optional(scoreLine),
        share: optional(scoreLine),
        completionRate: optional(scoreLine),
        score: optional(scoreLine),
        index: optional(scoreLine),
      }),
    ),
    arabicNumeralsFrom: optional(boundedNumber({ min: 0, max: 10_000, integer: true })),
    denseRanking: optional(bool),
    regions: optional(listOf(identifier)),
    templates: optional(dataPath({ projectRoot, kind: 'directory', purpose: '模板文件夹' })),
    facts: optional(listOf(mapping({ name: required(identifier), of: required(oneOf(FACT_PLACES)), unit: required(text) }))),
    categories: optional(
      listOf(
        mapping({
          name: required(identifier),
          field: required(oneOf(CATEGORY_FIELDS)),
          groups: required(listOf(mapping({ name: required(identifier), values: required(listOf(identifier, { nonEmpty: true })) }), { nonEmpty: true })),
        }),
      ),
    ),
    narrativeSections: optional(listOf(identifier, { nonEmpty: true })),
    letterhead: optional(letterheadSetting),
    colophon: optional(mapping({ copyTo: optional(listOf(text)), printedBy: required(text) })),
    site: optional(
      mapping({
        name: optional(text),
        domain: optional(text),
        idCode: optional(text),
        column: optional(text),
        indexNumber: optional(text),
        topic: optional(text),
        openness: optional(text),
        keywords: optional(listOf(text)),
        fragmentTitle: optional(bool),
      }),
    ),
    columns: optional(columnSettings),
    fonts: optional(
      mapping({ fangsong: optional(text), heiti: optional(text), kaiti: optional(text), songti: optional(text), xiaobiaosong: optional(text) }),
    ),
  });
}

/** `defaults` with the fields `given` sets; a field the data left out keeps its default. */
export function withDefaults<T extends object>(defaults: T, given: Partial<T> | undefined): T {
  const set = Object.entries(given ?? {}).filter(([, value]) => value !== undefined);
  return { ...defaults, ...Object.fromEntries(set) };
}

export interface DecodedIssuer {
  readonly profile: IssuerProfile;
  /** settings that failed to decode, by their path in the settings (`platforms`), whichever layer wrote them */
  readonly failed: FailedFields;
}

export function decodeIssuer(options: { node: LocatedMap; projectRoot: string; sink: Diagnostic[] }): DecodedIssuer {
  const shape = issuerShape(options.projectRoot);
  const reported = options.sink.length;
  const given = shape.decode(options.node, options.sink) ?? shape.fallback;
  const failed = failedFields(options.sink.slice(reported)).map(inSettings);
  const { seal, precision, classifiers, platforms, rules, scoreLines, flatThresholds, arabicNumeralsFrom, denseRanking, narrativeSections, ...texts } = given;
  const { accountScoring: accountScale, ...websiteRules } = rules ?? {};
  const profile: IssuerProfile = {
    ...texts,
    seal: seal && { image: seal.image, diameterMm: seal.diameterMm ?? SEAL.defaultDiameterMm },
    precision: withDefaults(DEFAULT_PRECISION, precision),
    classifiers: withDefaults(DEFAULT_CLASSIFIERS, classifiers),
    platforms: platforms ?? DEFAULT_PLATFORMS,
    rules: { ...withDefaults(DEFAULT_RULES, websiteRules), ...(accountScale && { accountScoring: scoringOf(accountScale) }) },
    scoreLines: (scoreLines ?? []).map((line) => ({ ...line, includesBonus: line.includesBonus ?? true })),
    flatThresholds: flatThresholds ?? {},
    arabicNumeralsFrom: arabicNumeralsFrom ?? DEFAULT_ARABIC_NUMERALS_FROM,
    denseRanking: denseRanking ?? false,
    narrativeSections: narrativeSections ?? DEFAULT_NARRATIVE_SECTIONS,
  };
  options.sink.push(...standing(settingsFindings(profile, writtenSettings(options.node)), new FailedIndex(failed)));
  return { profile, failed };
}

/**
 * An account scale as the rules read it. Without a bonus part no bonus counts: 0 points, from
 * a line at full marks (no score is above it), which no check of the lines finds fault with.
 */
function scoringOf(scale: Decoded<typeof accountScoring.shape>): ScoringRules {
  return { ...scale, bonusPoints: scale.bonusPoints ?? '0', bonusThreshold: scale.bonusThreshold ?? maximumScore(scale.deductionGroups) };
}

/** Where each channel's scale is set, with the scale. */
function scales(rules: IndicatorRules): Array<{ path: string; scoring: ScoringRules }> {
  return [{ path: 'rules', scoring: rules }, ...(rules.accountScoring ? [{ path: 'rules.accountScoring', scoring: rules.accountScoring }] : [])];
}

/** Settings that contradict each other or repeat a name, each at the setting the issuer wrote. */
function settingsFindings(profile: IssuerProfile, settings: WrittenSettings): Finding[] {
  return [
    ...scales(profile.rules).flatMap(({ path, scoring }) => [
      ...checkItemPoints(scoring, path, settings),
      ...checkScoreLines(scoring, path, settings),
    ]),
    ...checkBonusPart(settings),
    ...repeatedNames({ names: (profile.facts ?? []).map((fact) => fact.name), pathOf: (i) => `facts[${i}].name`, what: '统计事项', at: settings.at }),
    ...repeatedNames({ names: profile.narrativeSections, pathOf: (i) => `narrativeSections[${i}]`, what: '段落名称', at: settings.at }),
    ...checkCategories(profile.categories ?? [], settings),
  ];
}

const BONUS_PART = [
  { field: 'bonusPoints', name: '加分分值（bonusPoints）' },
  { field: 'bonusThreshold', name: '加分线（bonusThreshold）' },
] as const;

/** An account scale's bonus part: its points and its line go together, one without the other is half a rule. */
function checkBonusPart(settings: WrittenSettings): Finding[] {
  const path = 'rules.accountScoring';
  const [written, ...others] = BONUS_PART.filter(({ field }) => settings.isWritten(`${path}.${field}`));
  if (!written || others.length > 0) return [];
  const missing = BONUS_PART.find((part) => part !== written)?.name ?? '';
  return [finding(diagnose(CODES.bonusPartHalfWritten, { written: written.name, missing }, settings.at(`${path}.${written.field}`)))];
}

const BUILT_IN_DIMENSIONS = [...new Set(Object.values(FIELD_DIMENSIONS).flat())];

/**
 * Categories group units as the built-in dimensions do, so a category may not take a built-in
 * name, two categories one name, or one value two groups (a unit would count twice).
 */
function checkCategories(categories: readonly CategoryConfig[], settings: WrittenSettings): Finding[] {
  const at = settings.at;
  return [
    ...repeatedNames({ names: categories.map((category) => category.name), pathOf: (i) => `categories[${i}].name`, what: '分类', at }),
    ...categories.flatMap((category, index) => {
      const path = `categories[${index}]`;
      const taken = (BUILT_IN_DIMENSIONS as readonly string[]).includes(category.name)
        ? [finding(diagnose(CODES.categoryNameTaken, { name: category.name, builtIn: BUILT_IN_DIMENSIONS }, at(`${path}.name`)))]
        : [];
      const groupNames = repeatedNames({ names: category.groups.map((group) => group.name), pathOf: (i) => `${path}.groups[${i}].name`, what: '组', at });
      return [...taken, ...groupNames, ...valuesInTwoGroups(category, path, settings)];
    }),
  ];
}

function valuesInTwoGroups(category: CategoryConfig, path: string, settings: WrittenSettings): Finding[] {
  const groupOf = new Map<string, { group: string; field: string }>();
  return category.groups.flatMap((group, groupIndex) =>
    group.values.flatMap((value, valueIndex) => {
      const field = `${path}.groups[${groupIndex}].values[${valueIndex}]`;
      const first = groupOf.get(value);
      if (!first) {
        groupOf.set(value, { group: group.name, field });
        return [];
      }
      // the same value twice in one group is only a repeat; it counts the unit once
      if (first.group === group.name) return [];
      const args = { value, category: category.name, first: first.group, second: group.name };
      return [finding(diagnose(CODES.categoryValueTwice, args, settings.at(field)), [first.field])];
    }),
  );
}

/**
 * A settings path as `_issuer.yaml` spells it: the quarter file's `issuer:` layer writes
 * `issuer.platforms` for what `_issuer.yaml` calls `platforms` (which has no `issuer` field).
 */
function inSettings(path: string): string {
  if (path === 'issuer') return '';
  return path.startsWith('issuer.') ? path.slice('issuer.'.length) : path;
}

/** Where each setting of the merged layers was written, by its path in the settings. */
interface WrittenSettings {
  /** the place and field of a setting, or of the nearest enclosing one when it was left to the defaults */
  at(path: string): Where;
  isWritten(path: string): boolean;
}

function writtenSettings(root: LocatedMap): WrittenSettings {
  const written = new Map<string, Located>();
  const visit = (node: Located, path: string): void => {
    written.set(path, node);
    if (node.kind === 'seq') node.items.forEach((item, index) => visit(item, childPath(path, index)));
    if (node.kind === 'map') for (const [key, { value }] of node.entries) visit(value, childPath(path, key));
  };
  visit(root, '');
  return {
    at(path) {
      for (let enclosing = path; ; enclosing = parentPath(enclosing)) {
        const node = written.get(enclosing);
        // the field as the file that holds the setting spells it (`issuer.rules.passScore` in a quarter file)
        if (node) return { place: node.place, field: joined(node.path, path.slice(enclosing.length)) };
        if (enclosing === '') return { field: path };
      }
    },
    isWritten: (path) => written.has(path),
  };
}

/** A path and the rest of a longer one (`.passScore`, `[2]`): the rest alone below the root. */
function joined(path: string, rest: string): string {
  return path === '' ? rest.replace(/^\./, '') : path + rest;
}

/** Second-level points must add up to their group's points, or the indices would not compare. */
function checkItemPoints(rules: ScoringRules, scalePath: string, settings: WrittenSettings): Finding[] {
  return rules.deductionGroups.flatMap((group, index) => {
    if (!group.items || equals(sum(group.items.map((item) => fromDecimal(item.points))), fromDecimal(group.points))) return [];
    const itemPoints = group.items.map((item) => item.points);
    const path = `${scalePath}.deductionGroups[${index}]`;
    return [finding(diagnose(CODES.itemPointsMismatch, { group: group.name, points: group.points, itemPoints }, settings.at(`${path}.items`)), [path])];
  });
}

/** The 扣分 maximum, the sum of the groups' points, as exact text: 100, 97.5. */
function maximumScore(groups: ScoringRules['deductionGroups']): DecimalText {
  const points = groups.map((group) => group.points);
  const places = Math.max(0, ...points.map((each) => each.split('.')[1]?.length ?? 0));
  return decimalText(roundHalfUp(sum(points.map(fromDecimal)), places), { trimZeros: true });
}

interface LineSlip {
  readonly problem: string;
  /** the settings that contradict each other */
  readonly read: readonly string[];
}

/**
 * The pass line and the bonus line within the 扣分 maximum, the bonus line not below the pass
 * line: otherwise no site could pass, or earn its bonus.
 */
function lineSlips(rules: ScoringRules, scalePath: string): LineSlip[] {
  const maximum = maximumScore(rules.deductionGroups);
  const above = (a: DecimalText, b: DecimalText) => compare(fromDecimal(a), fromDecimal(b)) > 0;
  const passAboveMaximum = above(rules.passScore, maximum);
  const [pass, bonus, groups] = ['passScore', 'bonusThreshold', 'deductionGroups'].map((field) => `${scalePath}.${field}`) as [string, string, string];
  const lines = [
    { wrong: passAboveMaximum, problem: `合格线 ${rules.passScore} 高于扣分指标满分 ${maximum}`, read: [pass, groups] },
    { wrong: above(rules.bonusThreshold, maximum), problem: `加分线 ${rules.bonusThreshold} 高于扣分指标满分 ${maximum}`, read: [bonus, groups] },
    // a pass line above the maximum is the one slip: the bonus line is not also said to be below it
    { wrong: !passAboveMaximum && above(rules.passScore, rules.bonusThreshold), problem: `加分线 ${rules.bonusThreshold} 低于合格线 ${rules.passScore}`, read: [bonus, pass] },
  ];
  return lines.filter(({ wrong }) => wrong);
}

/**
 * Each slip at the first of its settings the issuer wrote (a default is not where the slip
 * is); slips at one setting (two default lines above groups worth too little) said once.
 */
function checkScoreLines(rules: ScoringRules, scalePath: string, settings: WrittenSettings): Finding[] {
  const bySetting = new Map<string, LineSlip[]>();
  for (const slip of lineSlips(rules, scalePath)) {
    const setting = slip.read.find(settings.isWritten) ?? scalePath;
    bySetting.set(setting, [...(bySetting.get(setting) ?? []), slip]);
  }
  return [...bySetting].map(([setting, slips]) => {
    const problem = slips.map((slip) => slip.problem).join('；');
    return finding(diagnose(CODES.scoreLineBeyondMaximum, { problem }, settings.at(setting)), [...new Set(slips.flatMap((slip) => slip.read))]);
  });
}
