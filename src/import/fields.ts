// A sheet row's values written into a unit of a quarter file: only the fields the sheet has
// columns for change, a value the file already holds (27.5 for 27.50) is left as typed, and
// a default the file leaves out (status 运行, checked, no veto) stays left out. Every other
// field, and the comments on the fields that change, stay as they were.

import { Pair, Scalar, YAMLMap, isScalar, type Node } from 'yaml';
import { derivedId, type SheetKind } from '../load/sheets/columns.js';
import { IDENTITY_KEYS, UNIT_KEYS, type SheetUnit, type UnitKey } from './sheet-unit.js';
import { DecimalDigits, plainValue, sameValue, yamlNode, type PlainValue } from './yaml-values.js';

const decimals = (table: Readonly<Record<string, string>>): Record<string, DecimalDigits> =>
  Object.fromEntries(Object.entries(table).map(([name, text]) => [name, new DecimalDigits(text)]));

/** The value a row gives a field, as the quarter file holds it; undefined for a blank cell. */
function sheetValue(unit: SheetUnit, key: UnitKey): PlainValue | undefined {
  if (key === 'bonus') return unit.bonus === undefined ? undefined : new DecimalDigits(unit.bonus);
  if (key === 'facts') return unit.facts && decimals(unit.facts);
  if (key === 'veto') return unit.veto && unit.veto.length > 0 ? [...unit.veto] : undefined;
  if (key === 'scores') {
    if (!unit.scores) return undefined;
    return Object.fromEntries(Object.entries(unit.scores).map(([group, score]) => [group, typeof score === 'string' ? new DecimalDigits(score) : decimals(score)]));
  }
  return unit[key];
}

/** What a field means when the quarter file leaves it out (see load/quarter.ts unitState). */
function defaultValue(key: UnitKey, status: PlainValue): PlainValue | undefined {
  if (key === 'status') return '运行';
  if (key === 'checked') return status === '运行';
  if (key === 'veto') return [];
  return undefined;
}

function valueIn(item: YAMLMap, key: UnitKey): PlainValue | undefined {
  return item.has(key) ? plainValue(item.get(key, true)) : undefined;
}

/** Sets a field, in the order UNIT_KEYS lists them when it is new, keeping the comment on the value it replaces. */
function setField(item: YAMLMap, key: UnitKey, value: PlainValue): void {
  const node = yamlNode(value);
  const pair = item.items.find((candidate) => isScalar(candidate.key) && candidate.key.value === key);
  if (pair) {
    const old = pair.value as Node | null;
    node.comment = old?.comment;
    pair.value = node;
    return;
  }
  const order = UNIT_KEYS.indexOf(key);
  const ranks = item.items.map((candidate) => (isScalar(candidate.key) ? UNIT_KEYS.indexOf(candidate.key.value as UnitKey) : -1));
  const before = ranks.filter((rank) => rank < order).length;
  // after the last field that comes before it; a field tongbao does not know stays where it is
  const at = before === 0 ? 0 : ranks.lastIndexOf(ranks.filter((rank) => rank < order).at(-1)!) + 1;
  item.items.splice(at, 0, new Pair(new Scalar(key), node));
}

/** Writes the fields the sheet carries into a unit of the file; true when anything changed. */
export function updateUnit(item: YAMLMap, unit: SheetUnit, carried: ReadonlySet<UnitKey>): boolean {
  const status = (carried.has('status') ? unit.status : valueIn(item, 'status')) ?? '运行';
  let changed = false;
  // an existing unit keeps its id: rectification lists and the next quarter refer to it
  for (const key of UNIT_KEYS.filter((candidate) => carried.has(candidate) && candidate !== 'id')) {
    const wanted = sheetValue(unit, key);
    if (wanted === undefined && IDENTITY_KEYS.has(key)) continue;
    const fallback = defaultValue(key, status);
    if (sameValue(wanted ?? fallback, valueIn(item, key) ?? fallback)) continue;
    changed = true;
    if (wanted === undefined || (fallback !== undefined && sameValue(wanted, fallback))) item.delete(key);
    else setField(item, key, wanted);
  }
  return changed;
}

/** A unit the file does not have yet: its id from the sheet or derived, and only the fields not at their default. */
export function newUnit(kind: SheetKind, unit: SheetUnit, carried: ReadonlySet<UnitKey>): { id: string; node: YAMLMap } {
  const id = unit.id ?? derivedId(kind, unit);
  const node = new YAMLMap();
  node.flow = true;
  setField(node, 'id', id);
  updateUnit(node, unit, carried);
  return { id, node };
}
