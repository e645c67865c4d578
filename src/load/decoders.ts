// Small decoders from the located tree to typed values. Each reports what is wrong with
// its node and carries on, so one pass finds every problem in a file. A field that fails
// takes its decoder's fallback, which keeps a record's shape; the field's path is among the
// failed ones (see check/input.ts), so no consistency check reads the stand-in.

import { existsSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { ZERO, compare, fromDecimal } from '../compute/exact.js';
import { UNPUBLISHABLE, characterPhrase, codePointLabel, describeOddCharacters, hasOddCharacters, oddCharacters, quoted } from '../diagnostics/characters.js';
import type { OddCharacter } from '../diagnostics/characters.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { CODES, diagnose } from '../diagnostics/codes.js';
import type { DecimalText, IsoDate, SourcePlace } from '../model/records.js';
import { orBlank } from '../schema/json-schema.js';
import type { JsonSchema } from '../schema/json-schema.js';
import { fieldLabel } from './field-labels.js';
import { childPath, displayPath } from './located.js';
import { nearestName } from './nearest-name.js';
import type { Located, LocatedMap, LocatedScalar, PlainScalar } from './located.js';
import { numberSlip } from './number-slips.js';

export interface Decoder<T> {
  /** the neutral value a required field takes when it fails */
  readonly fallback?: T;
  /** what the decoder accepts, in JSON Schema terms: the data files' schema is generated from it */
  readonly schema: JsonSchema;
  decode(node: Located, sink: Diagnostic[]): T | undefined;
  /**
   * A sheet cell's value (see LocatedMap.plainValue) as `decode` gives it, when it decodes
   * without a problem; undefined when it has one, and `decode` then reports it from the
   * cell's node. Only a country's worth of cells needs this: decoders of settings lack it.
   */
  decodePlain?(scalar: PlainScalar): T | undefined;
}

export type Fallible<T> = Decoder<T> & { readonly fallback: T };

const at = (node: Located) => ({ place: node.place, field: node.path || undefined });

function describe(node: Located): string {
  if (node.kind === 'map') return '键值表';
  if (node.kind === 'seq') return '列表';
  if (node.value === null) return '空';
  if (typeof node.value === 'boolean') return `是/否（${node.source}）`;
  if (typeof node.value === 'number') return `数字 ${node.source}`;
  return node.quoted ? `加了引号的文字${quoted(node.source)}` : `文字${quoted(node.source)}`;
}

function wrongType(node: Located, expected: string, sink: Diagnostic[]): undefined {
  sink.push(diagnose(CODES.wrongType, { expected, found: describe(node) }, at(node)));
  return undefined;
}

const isBlankText = (value: unknown): boolean => typeof value === 'string' && value.trim() === '';
const isBlank = (node: Located): boolean => node.kind === 'scalar' && (node.value === null || isBlankText(node.value));

/**
 * Any non-empty scalar, as typed: a phone number written 2189636 stays the text 2189636.
 * The raw file holds no control character (TB115), but a quoted value may still spell one
 * with an escape ("\x07", "\u202e", "\ud800"): such a value is refused here, after parsing.
 */
export const text: Fallible<string> = {
  fallback: '',
  schema: { type: ['string', 'number', 'boolean'], pattern: '\\S' },
  decode(node, sink) {
    if (node.kind !== 'scalar' || isBlank(node)) return wrongType(node, '文字', sink);
    return publishable(node, oddCharacters(node.source), sink);
  },
  decodePlain(scalar) {
    return isPublishable(scalar.source) ? scalar.source : undefined;
  },
};

/** Whether a text holds no character a notice may not publish (see publishable). */
function isPublishable(text: string): boolean {
  return !hasOddCharacters(text) || !oddCharacters(text).some((each) => UNPUBLISHABLE.has(each.kind));
}

/** The scalar's text, unless it holds characters no notice may publish (among `odd`, its odd ones): each named once, at the value. */
function publishable(node: LocatedScalar, odd: readonly OddCharacter[], sink: Diagnostic[]): string | undefined {
  // nearly every value has no odd character: no list of harmful ones is made for it
  if (odd.length === 0) return node.source;
  const harmful = odd.filter((each) => UNPUBLISHABLE.has(each.kind));
  if (harmful.length === 0) return node.source;
  const named = new Set<number>();
  for (const odd of harmful) {
    if (named.has(odd.codePoint)) continue;
    named.add(odd.codePoint);
    const args = { label: fieldLabel(node.path), character: characterPhrase(odd), codePoint: codePointLabel(odd.codePoint) };
    sink.push(diagnose(CODES.unpublishableCharacter, args, at(node)));
  }
  return undefined;
}

/** Spaces, tabs and line breaks around a value: YAML keeps them inside quotes, no one means them. */
const SURROUNDING_WHITESPACE = /^[ \t\r\n]+|[ \t\r\n]+$/g;

/** Text without the whitespace around it; looked at before replacing, as nearly every value has none. */
function trimmed(text: string | undefined): string | undefined {
  if (text === undefined || text === '') return text;
  return isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(text.length - 1)) ? text.replace(SURROUNDING_WHITESPACE, '') : text;
}

/** A space, tab or line break, the whitespace SURROUNDING_WHITESPACE drops. */
function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0d || code === 0x0a;
}

/**
 * Text that identifies something: a unit's id, name, owner, region, kind, level or platform,
 * a veto item, an indicator's or a platform's name. It is compared with other text, so it may
 * hold no character one cannot tell apart (a zero-width or a full-width space would make
 * “w05” and “w05​” two ids); ordinary spaces around it are dropped.
 */
export const identifier: Fallible<string> = {
  fallback: '',
  schema: text.schema,
  decode(node, sink) {
    if (node.kind !== 'scalar' || isBlank(node)) return wrongType(node, '文字', sink);
    const written = oddCharacters(node.source);
    const value = trimmed(publishable(node, written, sink));
    if (value === undefined) return undefined;
    // what is inside the spaces of a text with nothing odd has nothing odd either: not looked through twice
    const odd = written.length === 0 ? written : oddCharacters(value);
    if (odd.length === 0) return value;
    sink.push(diagnose(CODES.oddCharacterInName, { descriptions: describeOddCharacters(value, odd) }, at(node)));
    return undefined;
  },
  decodePlain(scalar) {
    // a name with any odd character, harmful or not, is reported
    return hasOddCharacters(scalar.source) ? undefined : trimmed(scalar.source);
  },
};

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date in ISO form: 2025-02-30 is not one. */
export function isIsoDate(written: string): boolean {
  const match = ISO_DATE.exec(written);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A calendar date written 2025-10-15; ISO dates of one length compare as text in calendar order. */
export const isoDate: Fallible<IsoDate> = {
  fallback: '',
  schema: text.schema,
  decode(node, sink) {
    const written = text.decode(node, sink);
    if (written === undefined || isIsoDate(written)) return written;
    sink.push(diagnose(CODES.invalidDate, { text: written }, at(node)));
    return undefined;
  },
  decodePlain(scalar) {
    const written = text.decodePlain?.(scalar);
    return written !== undefined && isIsoDate(written) ? written : undefined;
  },
};

export const bool: Fallible<boolean> = {
  fallback: false,
  schema: { type: 'boolean' },
  decode(node, sink) {
    if (node.kind !== 'scalar' || typeof node.value !== 'boolean') return wrongType(node, '是或否（true 或 false）', sink);
    return node.value;
  },
  decodePlain(scalar) {
    return typeof scalar.value === 'boolean' ? scalar.value : undefined;
  },
};

const PLAIN_DECIMAL = /^-?\d+(?:\.\d+)?$/;

function plainNumber(node: Located, expected: string, sink: Diagnostic[]): LocatedScalar | undefined {
  if (node.kind !== 'scalar') return wrongType(node, expected, sink);
  const slip = typeof node.value === 'string' ? numberSlip(node.source) : undefined;
  if (slip) {
    sink.push(diagnose(CODES.numberAsText, { text: node.source, ...slip }, at(node)));
    return undefined;
  }
  if (typeof node.value !== 'number' || node.quoted) return wrongType(node, expected, sink);
  if (!PLAIN_DECIMAL.test(node.source)) {
    sink.push(diagnose(CODES.numberForm, { text: node.source }, at(node)));
    return undefined;
  }
  return node;
}

const TABLE_EXPECTED = '键值表（“字段: 值”，每项一行）';

/** A table kept as it is, to be merged with others before it is decoded (an issuer layer). */
export const rawTable: Decoder<LocatedMap> = {
  schema: { type: 'object' },
  decode(node, sink) {
    return node.kind === 'map' ? node : wrongType(node, TABLE_EXPECTED, sink);
  },
};

const DECIMAL_EXPECTED = '数字（如 27.5，不加引号）';

/** A score: a YAML number kept as the digits typed (27.50 stays '27.50'), never a float. */
export const decimal: Fallible<DecimalText> = {
  fallback: '0',
  schema: { type: 'number' },
  decode(node, sink) {
    return plainNumber(node, DECIMAL_EXPECTED, sink)?.source;
  },
  decodePlain(scalar) {
    // a number, never text that looks like one (see plainNumber): a sheet's cell is never quoted
    return typeof scalar.value === 'number' && PLAIN_DECIMAL.test(scalar.source) ? scalar.source : undefined;
  },
};

/**
 * An amount within bounds, kept as the digits typed: a fact the office counted (no upper
 * bound), a percent as a notice printed it (0 to 100). Compared exactly.
 */
export function boundedDecimal(options: { min: number; max?: number }): Fallible<DecimalText> {
  const { min, max } = options;
  return {
    fallback: decimal.fallback,
    schema: { type: 'number', minimum: min, ...(max !== undefined && { maximum: max }) },
    decode(node, sink) {
      const value = decimal.decode(node, sink);
      if (value === undefined) return undefined;
      const exact = fromDecimal(value);
      const below = compare(exact, fromDecimal(String(min))) < 0;
      if (!below && (max === undefined || compare(exact, fromDecimal(String(max))) <= 0)) return value;
      sink.push(diagnose(CODES.numberOutOfRange, { value, min, ...(max !== undefined && { max }) }, at(node)));
      return undefined;
    },
  };
}

/**
 * A score setting: an indicator's points, which must exceed zero (a group worth 0 points has
 * no score index), or a line or bonus, which cannot be negative. Refused at the setting, so
 * no score in the data is held against a setting that makes no sense.
 */
export function scoreSetting(options: { mustExceedZero: boolean }): Fallible<DecimalText> {
  const { mustExceedZero } = options;
  return {
    fallback: decimal.fallback,
    schema: { type: 'number', ...(mustExceedZero ? { exclusiveMinimum: 0 } : { minimum: 0 }) },
    decode(node, sink) {
      const value = decimal.decode(node, sink);
      if (value === undefined) return undefined;
      const sign = compare(fromDecimal(value), ZERO);
      if (sign > 0 || (sign === 0 && !mustExceedZero)) return value;
      sink.push(diagnose(CODES.pointsNotPositive, { value, mustExceedZero }, at(node)));
      return undefined;
    },
  };
}

/** A number within bounds, for settings such as a seal's diameter or decimal places. */
export function boundedNumber(options: { min: number; max: number; integer?: boolean }): Fallible<number> {
  const expected = options.integer ? '整数' : '数字';
  return {
    fallback: options.min,
    schema: { type: options.integer ? 'integer' : 'number', minimum: options.min, maximum: options.max },
    decode(node, sink) {
      const number = plainNumber(node, expected, sink);
      if (!number) return undefined;
      if (options.integer && number.source.includes('.')) return wrongType(node, expected, sink);
      const value = Number(number.source);
      if (value < options.min || value > options.max) {
        sink.push(diagnose(CODES.numberOutOfRange, { value: number.source, min: options.min, max: options.max }, at(node)));
        return undefined;
      }
      return value;
    },
  };
}

export function oneOf<T extends string>(allowed: readonly T[]): Fallible<T> {
  return {
    fallback: allowed[0] as T,
    schema: { enum: allowed },
    decode(node, sink) {
      const value = text.decode(node, sink);
      if (value === undefined) return undefined;
      if ((allowed as readonly string[]).includes(value)) return value as T;
      sink.push(diagnose(CODES.notAllowed, { value, allowed }, at(node)));
      return undefined;
    },
    decodePlain(scalar) {
      const value = text.decodePlain?.(scalar);
      return value !== undefined && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
    },
  };
}

/**
 * A list of items. `nonEmpty` for a list that means nothing empty (the platforms accounts are
 * on, the documents the 导语 cites): `[]` is refused at the list, rather than at every record
 * that then names something the list lacks.
 */
export function listOf<T>(item: Decoder<T>, options: { nonEmpty?: boolean } = {}): Fallible<T[]> {
  const expected = '列表（每项一行，以“- ”开头）';
  return {
    fallback: [],
    schema: { type: 'array', items: item.schema, ...(options.nonEmpty && { minItems: 1 }) },
    decode(node, sink) {
      if (node.kind !== 'seq') return wrongType(node, expected, sink);
      if (options.nonEmpty && node.items.length === 0) {
        sink.push(diagnose(CODES.emptyList, {}, at(node)));
        return undefined;
      }
      return node.items.map((element) => item.decode(element, sink) ?? item.fallback).filter((value): value is T => value !== undefined);
    },
  };
}

/** A table whose keys are data (indicator group names → score), not field names. */
export function dictionaryOf<T>(value: Decoder<T>): Fallible<Record<string, T>> {
  const expected = '键值表（“名称: 值”，每项一行）';
  return {
    fallback: {},
    schema: { type: 'object', additionalProperties: value.schema },
    decode(node, sink) {
      if (node.kind !== 'map') return wrongType(node, expected, sink);
      const decoded: [string, T][] = [];
      for (const [key, entry] of node.entries) {
        // a value that fails takes the fallback, so the checks do not also call it missing
        const item = value.decode(entry.value, sink) ?? value.fallback;
        if (item !== undefined) decoded.push([key, item]);
      }
      // fromEntries defines own properties, so a key such as __proto__ stays a plain (unknown) name
      return Object.fromEntries(decoded) as Record<string, T>;
    },
  };
}

/**
 * A table that says something or is not written: `{}` in the figures a notice published would
 * give a quarter that printed nothing, which no comparison can use (TB126).
 */
export function nonEmpty<T>(decoder: Fallible<T>): Fallible<T> {
  return {
    fallback: decoder.fallback,
    schema: { ...decoder.schema, minProperties: 1 },
    decode(node, sink) {
      if (node.kind !== 'map' || node.entries.size > 0) return decoder.decode(node, sink);
      sink.push(diagnose(CODES.emptyPublished, {}, at(node)));
      return undefined;
    },
  };
}

export interface Field<T, Required extends boolean> {
  readonly decoder: Decoder<T>;
  readonly required: Required;
}

export function required<T>(decoder: Fallible<T>): Field<T, true> {
  return { decoder, required: true };
}

export function optional<T>(decoder: Decoder<T>): Field<T, false> {
  return { decoder, required: false };
}

type Shape = Record<string, Field<unknown, boolean>>;
type FieldValue<F> = F extends Field<infer T, boolean> ? T : never;
type RequiredKeys<S extends Shape> = { [K in keyof S]: S[K] extends Field<unknown, true> ? K : never }[keyof S];

export type Decoded<S extends Shape> = { -readonly [K in RequiredKeys<S>]: FieldValue<S[K]> } & {
  -readonly [K in Exclude<keyof S, RequiredKeys<S>>]?: FieldValue<S[K]>;
};

/**
 * A table of known fields. Unknown fields are reported with the nearest known name;
 * a field left empty (`docNumber:`) counts as not written.
 */
export function mapping<S extends Shape>(shape: S): Fallible<Decoded<S>> & { readonly shape: S } {
  const names = Object.keys(shape);
  const fields = Object.entries(shape);
  const known: Known = { shape, names, fields, allKnown: new WeakSet(), Table: tableMaker() };
  const fallback: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(shape)) if (field.required) fallback[name] = field.decoder.fallback;
  return {
    shape,
    fallback: fallback as Decoded<S>,
    schema: {
      type: 'object',
      properties: Object.fromEntries(
        Object.entries(shape).map(([name, field]) => [name, field.required ? field.decoder.schema : orBlank(field.decoder.schema)]),
      ),
      required: names.filter((name) => shape[name]?.required),
      additionalProperties: false,
    },
    decode(node, sink) {
      if (node.kind !== 'map') return wrongType(node, TABLE_EXPECTED, sink);
      return decodeFields(node, known, sink) as Decoded<S>;
    },
  };
}

/**
 * A maker of plain objects (their prototype is Object.prototype, as `{}`'s is) for the tables
 * of one mapping. Made by `new`, they hold their fields in the object itself: V8 sizes the
 * objects of a constructor by the fields its first ones were given, where `{}` has room for
 * four and puts the rest in a second object that grows as fields are added. A country's
 * 330,000 records have a dozen fields each; decoding the national quarter's sheets took a
 * tenth less time (5 runs each: 479–574 ms against 530–735 ms).
 */
function tableMaker(): new () => Record<string, unknown> {
  const Table = function Table() {} as unknown as new () => Record<string, unknown>;
  Table.prototype = Object.prototype;
  return Table;
}

/** A table's known fields, worked out once for all the tables decoded with them. */
interface Known {
  readonly shape: Shape;
  readonly names: readonly string[];
  readonly fields: readonly (readonly [string, Field<unknown, boolean>])[];
  /** lists of possible keys (see LocatedMap.possibleKeys) found to hold known fields only */
  readonly allKnown: WeakSet<readonly string[]>;
  /** makes the plain object each table decodes into (see tableMaker) */
  readonly Table: new () => Record<string, unknown>;
}

function decodeFields(node: LocatedMap, known: Known, sink: Diagnostic[]): Record<string, unknown> {
  const { shape, names, fields } = known;
  // read once: a sheet's row makes its entries when asked
  const { entries } = node;
  const result = new known.Table();
  const { possibleKeys } = node;
  if (!possibleKeys || !known.allKnown.has(possibleKeys)) {
    let allKnown = true;
    for (const key of possibleKeys ?? entries.keys()) {
      // own fields only: `constructor` or `__proto__` would otherwise find Object's own members
      if (Object.hasOwn(shape, key)) continue;
      allKnown = false;
      const entry = entries.get(key);
      if (!entry) continue;
      const suggestion = nearestName(key, names);
      sink.push(diagnose(CODES.unknownKey, { key, allowed: names, suggestion }, { place: entry.keyPlace, field: entry.value.path }));
    }
    // the rows of a sheet share their possible keys: known to be all known, they are not looked through for each row
    if (possibleKeys && allKnown) known.allKnown.add(possibleKeys);
  }
  for (const [name, field] of fields) {
    const plain = node.plainValue?.(name);
    if (plain === null && !field.required) continue;
    // never a blank text (see LocatedMap.plainValue): a missing value is said from its node
    const decodedPlain = plain ? field.decoder.decodePlain?.(plain) : undefined;
    if (decodedPlain !== undefined) {
      result[name] = decodedPlain;
      continue;
    }
    const entry = entries.get(name);
    if (!entry || isBlank(entry.value)) {
      if (field.required) {
        // a blank cell of a sheet is said as the cell the office sees, not as a field of YAML
        const code = entry?.value.place.cell ? CODES.blankCell : CODES.missingField;
        sink.push(diagnose(code, { key: name }, { place: entry?.keyPlace ?? node.place, field: childPath(node.path, name) }));
        result[name] = field.decoder.fallback;
      }
      continue;
    }
    const value = field.decoder.decode(entry.value, sink);
    if (value !== undefined) result[name] = value;
    else if (field.required) result[name] = field.decoder.fallback;
  }
  return result;
}

/**
 * Turns a table into a model value that knows its place (a record). It always yields a
 * value, from (a copy of) the fallback when the table is broken, so records keep their list
 * index. `build` gets a new object of its own, which it may complete in place.
 */
export function located<T extends object, R>(decoder: Fallible<T>, build: (value: T, node: Located) => R): Decoder<R> {
  return {
    schema: decoder.schema,
    decode(node, sink) {
      return build(decoder.decode(node, sink) ?? { ...decoder.fallback }, node);
    },
  };
}

/**
 * A path written in the data: resolved from the folder of the file that names it, kept
 * inside the project folder, and required to exist as a file or a folder.
 */
export function dataPath(options: { projectRoot: string; kind: 'file' | 'directory'; purpose: string }): Fallible<string> {
  const kindName = options.kind === 'file' ? '文件' : '文件夹';
  return {
    fallback: '',
    schema: text.schema,
    decode(node, sink) {
      const written = text.decode(node, sink);
      if (written === undefined) return undefined;
      const absolute = resolve(dirname(node.file), written);
      const outside = () => {
        sink.push(diagnose(CODES.pathOutsideProject, { path: written, projectRoot: displayPath(options.projectRoot) }, at(node)));
        return undefined;
      };
      if (!isInside(options.projectRoot, absolute)) return outside();
      if (!existsSync(absolute)) {
        sink.push(diagnose(CODES.fileNotFound, { path: written, purpose: options.purpose }, at(node)));
        return undefined;
      }
      // a link inside the project may point anywhere: where it leads must be inside too
      if (!isInside(realpathSync(options.projectRoot), realpathSync(absolute))) return outside();
      const isDirectory = statSync(absolute).isDirectory();
      if (isDirectory !== (options.kind === 'directory')) {
        sink.push(diagnose(CODES.wrongPathKind, { path: written, expected: kindName }, at(node)));
        return undefined;
      }
      return absolute;
    },
  };
}

/**
 * A value with the place it was written: for a setting whose problem can only be found when a
 * writer uses it (a signing certificate's password is read at build time), so that problem is
 * still reported at the setting.
 */
export function placed<T>(decoder: Fallible<T>): Fallible<{ readonly value: T; readonly place: SourcePlace; readonly field?: string }> {
  return {
    fallback: { value: decoder.fallback, place: { file: '', line: 0, column: 0 } },
    schema: decoder.schema,
    decode(node, sink) {
      const value = decoder.decode(node, sink);
      return value === undefined ? undefined : { value, ...at(node) };
    },
  };
}

function isInside(folder: string, path: string): boolean {
  const fromFolder = relative(folder, path);
  return fromFolder !== '..' && !fromFolder.startsWith(`..${sep}`) && !isAbsolute(fromFolder);
}
