// The columns of an exported sheet, in the vocabulary the sheet reader matches
// (load/sheets/columns.ts): each record field under the header `headerOf` gives it, the
// issuer's score groups and facts under their own names, then what compute makes of the
// unit under headers the reader is told to read past (IGNORED_HEADERS).

import type { UnitFigures } from '../model/figures.js';
import type { AccountRecord, IssuerProfile, ScoringRules, WebsiteRecord } from '../model/records.js';
import { EXPORTED_RESULT_HEADERS, SHEET_FIELDS, headerOf, type ColumnField, type PlainField, type SheetKind } from '../load/sheets/columns.js';
import { exactDecimalText, decimalCell, type CellValue } from './cells.js';

export type UnitRecord = WebsiteRecord | AccountRecord;

/** One unit as exported: what the office typed, and what compute made of it. */
export interface ExportedUnit {
  readonly record: UnitRecord;
  readonly figures: UnitFigures;
}

export interface ExportColumn {
  readonly header: string;
  /** computed by tongbao: read past when the sheet is read back */
  readonly computed: boolean;
  readonly cell: (unit: ExportedUnit) => CellValue | undefined;
}

/** Fields left out of a sheet when no record has them, so a sheet carries no column of blanks nobody asked for. */
const WHEN_GIVEN: ReadonlySet<PlainField> = new Set(['code', 'opened', 'bonus']);

/** The computed columns' headers: among IGNORED_HEADERS, so reading the sheet back reads past them. */
export const COMPUTED_HEADERS = EXPORTED_RESULT_HEADERS;

/** A record's plain field as the sheet shows it; `code` is read by name since only some records carry it. */
function plainCell(record: UnitRecord, field: PlainField): CellValue | undefined {
  if (field === 'checked') return record.checked ? '是' : '否';
  if (field === 'veto') return record.veto.length > 0 ? record.veto.join('、') : undefined;
  if (field === 'bonus') return record.bonus === undefined ? undefined : decimalCell(record.bonus);
  const value = (record as unknown as Readonly<Record<string, unknown>>)[field];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function scoreCell(record: UnitRecord, group: string, indicator: string | undefined): CellValue | undefined {
  const score = record.scores?.[group];
  if (score === undefined) return undefined;
  if (indicator === undefined) return typeof score === 'string' ? decimalCell(score) : undefined;
  const points = typeof score === 'object' ? score[indicator] : undefined;
  return points === undefined ? undefined : decimalCell(points);
}

function column(kind: SheetKind, field: ColumnField, cell: ExportColumn['cell']): ExportColumn {
  return { header: headerOf(kind, field), computed: false, cell };
}

/** A score group's column, and its second-level indicators' where some unit was scored item by item. */
function scoreColumns(kind: SheetKind, scoring: ScoringRules, records: readonly UnitRecord[]): ExportColumn[] {
  return scoring.deductionGroups.flatMap((group) => {
    const byItems = records.some((record) => typeof record.scores?.[group.name] === 'object');
    const items = byItems ? (group.items ?? []) : [];
    return [
      column(kind, { kind: 'score', group: group.name }, ({ record }) => scoreCell(record, group.name, undefined)),
      ...items.map((item) => column(kind, { kind: 'score', group: group.name, indicator: item.name }, ({ record }) => scoreCell(record, group.name, item.name))),
    ];
  });
}

function computedColumns(scoring: ScoringRules | undefined): ExportColumn[] {
  const computed = (header: string, cell: ExportColumn['cell']): ExportColumn => ({ header, computed: true, cell });
  const passing = computed(COMPUTED_HEADERS.passing, ({ figures }) => (figures.checked ? (figures.passing ? '是' : '否') : undefined));
  if (!scoring) return [passing];
  const exact = (stat: UnitFigures['score']): CellValue | undefined => (stat ? decimalCell(exactDecimalText(stat.value)) : undefined);
  return [
    passing,
    computed(COMPUTED_HEADERS.score, ({ figures }) => exact(figures.score)),
    computed(COMPUTED_HEADERS.finalScore, ({ figures }) => exact(figures.finalScore)),
  ];
}

/**
 * The columns of one kind's sheet: the unit's fields in the order the vocabulary lists them,
 * its score groups before 加分, its facts after 复检, then the computed columns.
 */
export function exportColumns(options: { kind: SheetKind; issuer: IssuerProfile; records: readonly UnitRecord[] }): ExportColumn[] {
  const { kind, issuer, records } = options;
  const scoring = kind === 'websites' ? issuer.rules : issuer.rules.accountScoring;
  const fields = SHEET_FIELDS[kind].filter((field) => !WHEN_GIVEN.has(field) || records.some((record) => plainCell(record, field) !== undefined));
  const fieldColumn = (field: PlainField): ExportColumn => column(kind, { kind: 'field', field }, ({ record }) => plainCell(record, field));
  const bonusAt = fields.indexOf('bonus') >= 0 ? fields.indexOf('bonus') : fields.indexOf('problem');
  const facts = (issuer.facts ?? []).filter((fact) => fact.of === kind);
  return [
    ...fields.slice(0, bonusAt).map(fieldColumn),
    ...(scoring ? scoreColumns(kind, scoring, records) : []),
    ...fields.slice(bonusAt).map(fieldColumn),
    ...facts.map((fact) =>
      column(kind, { kind: 'fact', fact: fact.name }, ({ record }) => {
        const value = record.facts?.[fact.name];
        return value === undefined ? undefined : decimalCell(value);
      }),
    ),
    ...computedColumns(scoring),
  ];
}
