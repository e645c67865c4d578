// One channel of one quarter as flat columns: its records, and each one's outcome (running,
// checked, failing, scored) in a byte array. The counts every notice prints are counted off
// the columns; a unit's figures (units.ts) are made only when a template reads a list of
// units, and then only for the units in that list. A country lists hundreds of thousands of
// accounts, in this quarter and the last, and prints a few thousand of them.

import type { Channel, UnitFigures } from '../model/figures.js';
import type { IssuerProfile } from '../model/records.js';
import type { QuarterNode } from './quarter.js';
import { isCheckedRunning, isScored, issuerChannelRules, unitFails, type ChannelRules, type UnitRecord } from './rules.js';
import { newnessOf, unitMaker } from './units.js';

export interface ChannelTable {
  readonly records: readonly UnitRecord[];
  /** 1 where the record's unit is running (运行), else 0; likewise for the other columns */
  readonly running: Uint8Array;
  readonly checked: Uint8Array;
  readonly failing: Uint8Array;
  readonly scored: Uint8Array;
  /** the index of the record with this id; undefined when the quarter lists none */
  indexOf(id: string): number | undefined;
  /** 新增 for record `index` (units.ts newnessOf) */
  isNew(index: number): boolean | null;
  /** the figures of record `index`'s unit, made on first ask */
  unitAt(index: number): UnitFigures;
}

/** The outcome columns, filled in one pass: a country's 150,000 accounts are walked once, not once per column. */
function outcomeColumns(records: readonly UnitRecord[], rules: ChannelRules): Pick<ChannelTable, 'running' | 'checked' | 'failing' | 'scored'> {
  const columns = { running: new Uint8Array(records.length), checked: new Uint8Array(records.length), failing: new Uint8Array(records.length), scored: new Uint8Array(records.length) };
  for (let index = 0; index < records.length; index += 1) {
    const record = records[index] as UnitRecord;
    if (record.status === '运行') columns.running[index] = 1;
    // failing and scored are judged of checked running units only (rules.ts)
    if (!isCheckedRunning(record)) continue;
    columns.checked[index] = 1;
    if (unitFails(record, rules)) columns.failing[index] = 1;
    if (isScored(record, rules)) columns.scored[index] = 1;
  }
  return columns;
}

export function channelTable(options: { channel: Channel; node: QuarterNode; issuer: IssuerProfile; records: readonly UnitRecord[] }): ChannelTable {
  const { channel, node, issuer, records } = options;
  const rules = issuerChannelRules(issuer, channel);
  let indexes: Map<string, number> | undefined;
  let newness: ((record: UnitRecord) => boolean | null) | undefined;
  let makeUnit: ((record: UnitRecord, index: number) => UnitFigures) | undefined;
  const units = new Array<UnitFigures | undefined>(records.length);
  const columns = outcomeColumns(records, rules);
  return {
    records,
    ...columns,
    indexOf(id) {
      if (!indexes) {
        indexes = new Map();
        for (let index = 0; index < records.length; index += 1) indexes.set((records[index] as UnitRecord).id, index);
      }
      return indexes.get(id);
    },
    isNew(index) {
      newness ??= newnessOf(node, channel);
      return newness(records[index] as UnitRecord);
    },
    unitAt(index) {
      makeUnit ??= unitMaker({ channel, node, issuer, columns });
      return (units[index] ??= makeUnit(records[index] as UnitRecord, index));
    },
  };
}
