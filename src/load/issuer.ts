// The issuer profile, cascaded: tongbao defaults ← the issuer folder's `_issuer.yaml` ←
// the quarter file's `issuer:`. Nearest wins field by field; a table merges with the
// table below it, while a list or a single value replaces the one below whole (a list of
// platforms or veto items is never concatenated). Every value keeps the file it came
// from, so a problem is reported where that value was written.

import { equals, fromDecimal, sum } from '../compute/exact.js';
import {
  DEFAULT_ARABIC_NUMERALS_FROM,
  DEFAULT_CLASSIFIERS,
  DEFAULT_PLATFORMS,
  DEFAULT_PRECISION,
  DEFAULT_RULES,
} from '../config/defaults.js';
import { CODES, diagnose } from '../diagnostics/codes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { SEAL } from '../layout/gbt9704.js';
import type { IndicatorGroup, IssuerProfile } from '../model/records.js';
import { bool, boundedNumber, dataPath, decimal, listOf, mapping, oneOf, optional, required, text } from './decoders.js';
import { collectPlaces, fieldAt } from './located.js';
import { pngImage } from './seal-image.js';
import type { FieldPlaces, LocatedMap } from './located.js';

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

const decimalPlaces = optional(boundedNumber({ min: 0, max: 2, integer: true }));

/** An indicator group or second-level item: its name and points. */
const indicator = { name: required(text), points: required(decimal) };

/** The issuer settings' fields; exported for the JSON Schema generated from them. */
export function issuerShape(projectRoot: string) {
  return mapping({
    name: required(text),
    shortName: required(text),
    scope: required(text),
    addressees: required(text),
    basis: required(listOf(text)),
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
      }),
    ),
    classifiers: optional(mapping({ website: optional(text), account: optional(text), message: optional(text) })),
    platforms: optional(listOf(mapping({ name: required(text), short: required(text) }))),
    rules: optional(
      mapping({
        websiteVetoItems: optional(listOf(text)),
        accountVetoItems: optional(listOf(text)),
        deductionGroups: optional(listOf(mapping({ ...indicator, items: optional(listOf(mapping(indicator))) }))),
        bonusPoints: optional(decimal),
        passScore: optional(decimal),
        bonusThreshold: optional(decimal),
      }),
    ),
    scoreLines: optional(
      listOf(
        mapping({
          score: required(decimal),
          inclusive: required(bool),
          includesBonus: optional(bool),
          streak: optional(boundedNumber({ min: 2, max: 100, integer: true })),
        }),
      ),
    ),
    flatThresholds: optional(
      mapping({
        passRate: optional(decimal),
        samplingRatio: optional(decimal),
        share: optional(decimal),
        completionRate: optional(decimal),
        score: optional(decimal),
        index: optional(decimal),
      }),
    ),
    arabicNumeralsFrom: optional(boundedNumber({ min: 0, max: 10_000, integer: true })),
    denseRanking: optional(bool),
    regions: optional(listOf(text)),
    templates: optional(dataPath({ projectRoot, kind: 'directory', purpose: '模板文件夹' })),
    letterhead: optional(mapping({ format: required(oneOf(['file', 'letter'] as const)), organ: required(text) })),
    colophon: optional(mapping({ copyTo: optional(listOf(text)), printedBy: required(text) })),
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

export function decodeIssuer(options: { node: LocatedMap; projectRoot: string; sink: Diagnostic[] }): IssuerProfile {
  const shape = issuerShape(options.projectRoot);
  const given = shape.decode(options.node, options.sink) ?? shape.fallback;
  const { seal, precision, classifiers, platforms, rules, scoreLines, flatThresholds, arabicNumeralsFrom, denseRanking, ...texts } = given;
  const issuer: IssuerProfile = {
    ...texts,
    seal: seal && { image: seal.image, diameterMm: seal.diameterMm ?? SEAL.defaultDiameterMm },
    precision: withDefaults(DEFAULT_PRECISION, precision),
    classifiers: withDefaults(DEFAULT_CLASSIFIERS, classifiers),
    platforms: platforms ?? DEFAULT_PLATFORMS,
    rules: withDefaults(DEFAULT_RULES, rules),
    scoreLines: (scoreLines ?? []).map((line) => ({ ...line, includesBonus: line.includesBonus ?? true })),
    flatThresholds: flatThresholds ?? {},
    arabicNumeralsFrom: arabicNumeralsFrom ?? DEFAULT_ARABIC_NUMERALS_FROM,
    denseRanking: denseRanking ?? false,
  };
  options.sink.push(...checkItemPoints({ groups: issuer.rules.deductionGroups, places: collectPlaces(options.node) }));
  return issuer;
}

/** Second-level points must add up to their group's points, or the indices would not compare. */
function checkItemPoints(options: { groups: readonly IndicatorGroup[]; places: FieldPlaces }): Diagnostic[] {
  return options.groups.flatMap((group, index) => {
    if (!group.items || equals(sum(group.items.map((item) => fromDecimal(item.points))), fromDecimal(group.points))) return [];
    const itemPoints = group.items.map((item) => item.points);
    const where = fieldAt(options.places, `rules.deductionGroups[${index}].items`);
    return [diagnose(CODES.itemPointsMismatch, { group: group.name, points: group.points, itemPoints }, where)];
  });
}
