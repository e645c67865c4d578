// A unit as a sheet row gives it, ready to merge into a quarter file: the values of the
// columns the sheet has, in the quarter file's own field names and forms (decimals as text).

import type { Where } from '../diagnostics/codes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SheetKind } from '../load/sheets/columns.js';
import type { DecimalText, GroupScore, RecheckResult, UnitStatus } from '../model/records.js';

export interface SheetUnit {
  readonly id?: string;
  /** 网站标识码 */
  readonly code?: string;
  readonly name: string;
  readonly owner: string;
  readonly platform?: string;
  readonly kind?: string;
  readonly level?: string;
  readonly region?: string;
  readonly status?: UnitStatus;
  readonly checked?: boolean;
  readonly veto?: readonly string[];
  readonly scores?: Readonly<Record<string, GroupScore>>;
  readonly bonus?: DecimalText;
  readonly problem?: string;
  readonly recheck?: RecheckResult;
  readonly opened?: string;
  readonly facts?: Readonly<Record<string, DecimalText>>;
}

/** The fields of a unit in a quarter file, in the order a new unit is written. */
export const UNIT_KEYS = [
  'id',
  'code',
  'name',
  'platform',
  'owner',
  'kind',
  'level',
  'region',
  'status',
  'opened',
  'checked',
  'veto',
  'scores',
  'bonus',
  'problem',
  'recheck',
  'facts',
] as const satisfies readonly (keyof SheetUnit)[];

export type UnitKey = (typeof UNIT_KEYS)[number];

/** Fields that say which unit it is: a blank cell leaves them as they are, never removes them. */
export const IDENTITY_KEYS: ReadonlySet<UnitKey> = new Set(['id', 'code', 'name', 'owner', 'platform', 'kind', 'level', 'region']);

export interface SheetRow {
  readonly unit: SheetUnit;
  /** where the row is, as diagnostics name it (workbook, sheet, row) */
  readonly where: Where;
}

/** What a sheet gave: its kind, the fields it has columns for, its readable rows and what it could not read. */
export interface SheetRows {
  readonly kind: SheetKind;
  readonly carried: ReadonlySet<UnitKey>;
  readonly rows: readonly SheetRow[];
  /** rows or cells it could not read, each naming its cell */
  readonly problems: readonly Diagnostic[];
}
