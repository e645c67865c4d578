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

/** What an update did to a unit's fields; fields added are the pairs that were not parsed from the file (no range). */
export interface UnitChanges {
  /** values replaced: the pair now holding the new value, and the node it replaced */
  readonly replaced: { readonly pair: Pair; readonly old: Node }[];
  readonly removed: Pair[];
}

function pairOf(item: YAMLMap, key: UnitKey): Pair | undefined {
  return item.items.find((candidate) => isScalar(candidate.key) && candidate.key.value === key);
}

/** Sets a field, after the last field UNIT_KEYS lists before it when it is new, keeping the comment on the value it replaces. */
function setField(item: YAMLMap, key: UnitKey, value: PlainValue, changes: UnitChanges): void {
  const node = yamlNode(value);
  const pair = pairOf(item, key);
  if (pair) {
    const old = pair.value as Node;
    node.comment = old.comment;
    pair.value = node;
    changes.replaced.push({ pair, old });
    return;
  }
  const order = UNIT_KEYS.indexOf(key);
  const ranks = item.items.map((candidate) => (isScalar(candidate.key) ? UNIT_KEYS.indexOf(candidate.key.value as UnitKey) : -1));
  // a field tongbao does not know (rank -1) counts as before, so it stays above the new one
  let at = ranks.length;
  while (at > 0 && (ranks[at - 1] ?? -1) > order) at -= 1;
  item.items.splice(at, 0, new Pair(new Scalar(key), node));
}

/** Writes the fields the sheet carries into a unit of the file; what changed, or undefined when nothing did. */
export function updateUnit(item: YAMLMap, unit: SheetUnit, carried: ReadonlySet<UnitKey>): UnitChanges | undefined {
  const status = (carried.has('status') ? unit.status : valueIn(item, 'status')) ?? '运行';
  const changes: UnitChanges = { replaced: [], removed: [] };
  let changed = false;
  // an existing unit keeps its id: rectification lists and the next quarter refer to it
  for (const key of UNIT_KEYS.filter((candidate) => carried.has(candidate) && candidate !== 'id')) {
    const wanted = sheetValue(unit, key);
    if (wanted === undefined && IDENTITY_KEYS.has(key)) continue;
    const fallback = defaultValue(key, status);
    if (sameValue(wanted ?? fallback, valueIn(item, key) ?? fallback)) continue;
    changed = true;
    if (wanted !== undefined && !(fallback !== undefined && sameValue(wanted, fallback))) {
      setField(item, key, wanted, changes);
      continue;
    }
    const pair = pairOf(item, key)!;
    item.items.splice(item.items.indexOf(pair), 1);
    changes.removed.push(pair);
  }
  return changed ? changes : undefined;
}

/** A unit the file does not have yet: its id from the sheet or derived, and only the fields not at their default. */
export function newUnit(kind: SheetKind, unit: SheetUnit, carried: ReadonlySet<UnitKey>): { id: string; node: YAMLMap } {
  const id = unit.id ?? derivedId(kind, unit);
  const node = new YAMLMap();
  node.flow = true;
  setField(node, 'id', id, { replaced: [], removed: [] });
  updateUnit(node, unit, carried);
  return { id, node };
}
