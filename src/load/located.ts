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

/** Field path → place of every value in a file, so later checks can point at a field. */
export type FieldPlaces = ReadonlyMap<string, SourcePlace>;

export function collectPlaces(root: Located): FieldPlaces {
  const places = new Map<string, SourcePlace>();
  const visit = (node: Located): void => {
    places.set(node.path, node.place);
    if (node.kind === 'seq') node.items.forEach(visit);
    if (node.kind === 'map') for (const { value } of node.entries.values()) visit(value);
  };
  visit(root);
  return places;
}

/**
 * Field path → place of its key, for the fields of tables: where a name the office typed as a
 * key (a narrative section, a fact) is reported, rather than at its value.
 */
export function collectKeyPlaces(root: Located): FieldPlaces {
  const places = new Map<string, SourcePlace>();
  const visit = (node: Located): void => {
    if (node.kind === 'seq') node.items.forEach(visit);
    if (node.kind !== 'map') return;
    for (const { keyPlace, value } of node.entries.values()) {
      places.set(value.path, keyPlace);
      visit(value);
    }
  };
  visit(root);
  return places;
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
