// A unit as a sheet row gives it, ready to merge into a quarter file: the values of the
// columns the sheet has, in the quarter file's own field names and forms (decimals as text).

import type { Where } from '../diagnostics/codes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { PLAIN_FIELDS, type PlainField, type SheetKind } from '../load/sheets/columns.js';
import type { FieldPlaces } from '../load/located.js';
import type { AccountRecord, WebsiteRecord } from '../model/records.js';

/** A unit's fields as a row gives them: any of a website's or an account's, name and owner always. */
export type SheetUnit = Partial<Omit<WebsiteRecord & AccountRecord, 'place'>> & Pick<WebsiteRecord, 'name' | 'owner'>;

const BONUS_AT = PLAIN_FIELDS.indexOf('bonus');

/** The fields of a unit in a quarter file, in the order a new unit is written: the sheet's, with the score groups before 加分 and the facts last. */
export const UNIT_KEYS = [...PLAIN_FIELDS.slice(0, BONUS_AT), 'scores', ...PLAIN_FIELDS.slice(BONUS_AT), 'facts'] as const;

export type UnitKey = PlainField | 'scores' | 'facts';

/** Fields that say which unit it is: a blank cell leaves them as they are, never removes them. */
export const IDENTITY_KEYS: ReadonlySet<UnitKey> = new Set(['id', 'code', 'name', 'owner', 'platform', 'kind', 'level', 'region']);

export interface SheetRow {
  readonly unit: SheetUnit;
  /** where the row is, as diagnostics name it (workbook, sheet, row) */
  readonly where: Where;
  /** the cell each field came from, by its path within the unit (name, scores.发布解读) */
  readonly cells?: FieldPlaces;
}

/** What a sheet gave: its kind, the fields it has columns for, its readable rows and what it could not read. */
export interface SheetRows {
  readonly kind: SheetKind;
  readonly carried: ReadonlySet<UnitKey>;
  readonly rows: readonly SheetRow[];
  /** rows or cells it could not read, each naming its cell */
  readonly problems: readonly Diagnostic[];
}
