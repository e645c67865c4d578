// A YAML file as a tree of plain values that remember where they were written: the file,
// line and column, and the field path (`websites[3].veto[0]`). Decoding reads only this
// tree, so every problem it finds can name its place without going back to the parser.

import { relative, isAbsolute } from 'node:path';
import type { SourcePlace } from '../model/records.js';

interface LocatedBase {
  /** where the value starts, for diagnostics */
  readonly place: SourcePlace;
  /** field path inside its own file, e.g. websites[3].veto[0]; '' for the whole file */
  readonly path: string;
  /** absolute path of the file that holds the value: relative paths in it resolve from there */
  readonly file: string;
}

export interface LocatedScalar extends LocatedBase {
  readonly kind: 'scalar';
  /** the value YAML resolved: string, number, boolean or null */
  readonly value: unknown;
  /** the text as typed (for quoted text, without the quotes): exact digits of a score */
  readonly source: string;
  readonly quoted: boolean;
}

export interface LocatedSeq extends LocatedBase {
  readonly kind: 'seq';
  readonly items: readonly Located[];
}

export interface LocatedEntry {
  readonly keyPlace: SourcePlace;
  readonly value: Located;
}

export interface LocatedMap extends LocatedBase {
  readonly kind: 'map';
  /** in the order written; a duplicated key keeps its first value */
  readonly entries: ReadonlyMap<string, LocatedEntry>;
  /**
   * Every key the entries may have, when that is known before they are read: a sheet's row
   * has at most its sheet's fields, so the decoder looks for unknown keys among these
   * rather than having a list of keys made for each of a country's rows.
   */
  readonly possibleKeys?: readonly string[];
  /**
   * The value of a scalar entry without a node made for it: a sheet's row holds its cells, and
   * a country has millions. `null` when the table has no entry for the key; undefined when
   * the entry is no plain scalar (a table, a list, a field left blank), whose node the
   * decoder then reads from `entries`. A value is never blank text.
   */
  plainValue?(key: string): PlainScalar | null | undefined;
}

/** A scalar's value and its text as written, without its place: what a sheet's cell holds (never quoted). */
export interface PlainScalar {
  readonly value: string | number | boolean;
  readonly source: string;
}

export type Located = LocatedScalar | LocatedSeq | LocatedMap;

export function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return parent === '' ? key : `${parent}.${key}`;
}

/** The path one level up: `websites[3].veto[0]` → `websites[3].veto` → `websites[3]` → `websites` → ''. */
export function parentPath(path: string): string {
  const match = /(?:\[\d+\]|\.[^.[\]]*)$/.exec(path);
  return match ? path.slice(0, match.index) : '';
}

/** File names in diagnostics: relative to the working folder when inside it, so editors link them. */
export function displayPath(absolute: string): string {
  const fromWorkingFolder = relative(process.cwd(), absolute);
  const inside = fromWorkingFolder !== '' && !fromWorkingFolder.startsWith('..') && !isAbsolute(fromWorkingFolder);
  return inside ? fromWorkingFolder : absolute;
}

/** Field path → place of a value in a file, so later checks can point at a field. */
export interface FieldPlaces {
  get(path: string): SourcePlace | undefined;
}

/**
 * The place of every value in a tree, found when asked: checks ask only where they report,
 * and a national sheet has a million cells, so no table of them all is built.
 */
export function placesIn(root: Located): FieldPlaces {
  return { get: (path) => nodeAt(root, path)?.node.place };
}

/**
 * The place of each table field's key: where a name the office typed as a key (a narrative
 * section, a fact) is reported, rather than at its value. List items have none.
 */
export function keyPlacesIn(root: Located): FieldPlaces {
  return { get: (path) => nodeAt(root, path)?.entry?.keyPlace };
}

/** The node at a field path (`websites[3].scores.发布解读`), with the table entry that holds it. */
function nodeAt(root: Located, path: string): { node: Located; entry?: LocatedEntry } | undefined {
  let found: { node: Located; entry?: LocatedEntry } = { node: root };
  let rest = path;
  while (rest !== '') {
    const { node } = found;
    if (node.kind === 'seq') {
      const index = /^\[(\d+)\]/.exec(rest);
      const item = index ? node.items[Number(index[1])] : undefined;
      if (!index || !item) return undefined;
      found = { node: item };
      rest = rest.slice(index[0].length);
      continue;
    }
    if (node.kind !== 'map') return undefined;
    const inside = node.path === '' ? rest : rest.startsWith('.') ? rest.slice(1) : undefined;
    const key = inside === undefined ? undefined : keyStarting(node, inside);
    const entry = key === undefined ? undefined : node.entries.get(key);
    if (key === undefined || !entry || inside === undefined) return undefined;
    found = { node: entry.value, entry };
    rest = inside.slice(key.length);
  }
  return found;
}

/** The key of the table that `rest` starts with, followed by the end, a field or an index; the longest when keys overlap. */
function keyStarting(node: LocatedMap, rest: string): string | undefined {
  const plain = /^[^.[]*/.exec(rest)?.[0] ?? '';
  if (node.entries.has(plain)) return plain;
  // a key holding . or [ (a fact named 3.5万字) is matched whole
  let longest: string | undefined;
  for (const key of node.entries.keys()) {
    const follows = rest.charAt(key.length);
    if (rest.startsWith(key) && (follows === '' || follows === '.' || follows === '[') && key.length > (longest?.length ?? -1)) longest = key;
  }
  return longest;
}

/** The place of a field, or of the nearest enclosing field when it was not written (a default). */
export function placeOf(places: FieldPlaces, path: string): SourcePlace | undefined {
  for (let current = path; ; current = parentPath(current)) {
    const place = places.get(current);
    if (place || current === '') return place;
  }
}

/** A diagnostic's `place` and `field` for a field path of a file. */
export function fieldAt(places: FieldPlaces, path: string): { place?: SourcePlace; field: string } {
  return { place: placeOf(places, path), field: path };
}

/** A diagnostic's `place` and `field` for a name typed as a key: at the key, or at its value when it has none. */
export function keyFieldAt(keyPlaces: FieldPlaces, places: FieldPlaces, path: string): { place?: SourcePlace; field: string } {
  return { place: keyPlaces.get(path) ?? placeOf(places, path), field: path };
}
