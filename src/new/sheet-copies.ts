// Records sheets named in the latest quarter file (`websites: { file: 网站.xlsx, sheet: 网站 }`,
// or such references among YAML records) become copies for the next quarter, named after it,
// with closed units' rows left out and result columns emptied (see sheet-edit.ts); the new
// quarter file names the copies. The sheet is read as the loader reads it, so its header,
// columns and rows are the very ones the records came from.

import { readFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { isScalar, isSeq } from 'yaml';
import type { Document, YAMLMap } from 'yaml';
import { CODES, diagnose } from '../diagnostics/codes.js';
import { TongbaoError } from '../diagnostics/diagnostic.js';
import { periodLabel } from '../format/chinese.js';
import { readSheetRecords } from '../load/sheets/index.js';
import type { SheetRecords } from '../load/sheets/index.js';
import type { SheetKind } from '../load/sheets/columns.js';
import type { Channel } from '../model/figures.js';
import type { IssuerProfile, Period } from '../model/records.js';
import { isSheetReference, RESULT_FIELDS, type CarriedChannel } from './carry-inventory.js';
import { retitle } from './clear-quarter.js';
import { copyCsv } from './csv-copy.js';
import type { SheetEdit } from './sheet-edit.js';
import type { NewFile } from './write-files.js';
import { copyWorkbook } from './xlsx-copy.js';

const CLOSED = '关停';

export interface SheetCopy extends CarriedChannel {
  readonly from: string;
  readonly to: string;
  /** the headers of the columns emptied */
  readonly emptied: readonly string[];
}

/** The references of a channel: its value when it is one, or those among its list. */
function referencesOf(document: Document, channel: Channel): YAMLMap[] {
  const value = document.get(channel, true);
  const references = isSeq(value) ? value.items : [value];
  return references.filter((item): item is YAMLMap => isSheetReference(item));
}

/** The ways a file name may carry its quarter: 2025-q3, 2025Q3, 2025年第三季度. */
function periodForms(period: Period): string[] {
  return [`${period.year}-q${period.quarter}`, `${period.year}-Q${period.quarter}`, `${period.year}q${period.quarter}`, `${period.year}Q${period.quarter}`, periodLabel(period)];
}

/** The copy's name: the old quarter in the name replaced by the new one, else the new quarter added before the extension. */
export function copyName(name: string, latest: Period, next: Period): string {
  const forms = periodForms(latest);
  const at = forms.findIndex((form) => name.includes(form));
  if (at >= 0) return name.replace(forms[at]!, periodForms(next)[at]!);
  const extension = extname(name);
  return `${name.slice(0, name.length - extension.length)}-${next.year}-q${next.quarter}${extension}`;
}

/** The rows and columns the copy changes, from the sheet as the loader read it. */
function editOf(read: SheetRecords, retitleText: (text: string) => string): { edit: SheetEdit; emptied: string[] } & Pick<CarriedChannel, 'leftOut' | 'carried'> {
  const results = new Set<string>(RESULT_FIELDS);
  const columns = (read.header?.columns ?? []).filter((column) => column.field.kind !== 'field' || results.has(column.field.field));
  const text = (row: (typeof read.rows)[number], key: string) => {
    const node = row.entries.get(key)?.value;
    return node?.kind === 'scalar' ? String(node.value ?? '') : '';
  };
  const closed = read.rows.filter((row) => text(row, 'status') === CLOSED);
  const open = read.rows.filter((row) => text(row, 'status') !== CLOSED);
  return {
    edit: {
      dropRows: new Set(closed.map((row) => row.place.line)),
      clearRows: new Set(open.map((row) => row.place.line)),
      resultColumns: columns.map((column) => column.index),
      titleRows: new Set(Array.from({ length: Math.max(0, (read.header?.rows[0] ?? 1) - 1) }, (_, index) => index + 1)),
      retitle: retitleText,
    },
    emptied: columns.map((column) => column.header),
    leftOut: closed.map((row) => ({ id: text(row, 'id'), name: text(row, 'name') })),
    carried: open.length,
  };
}

async function copiedBytes(options: { file: string; read: SheetRecords; edit: SheetEdit; next: Period }): Promise<Uint8Array | undefined> {
  const { file, read, edit, next } = options;
  const bytes = readFileSync(file);
  if (read.source.sheet === undefined) return copyCsv(bytes, edit);
  const isoDate = `${next.year}-${String(next.quarter * 3 - 2).padStart(2, '0')}-01`;
  return copyWorkbook({ bytes, sheet: read.source.sheet, edit, isoDate });
}

/**
 * Copies every sheet the latest quarter names and points the new quarter file at the copies.
 * A sheet that cannot be read as records stops `new`: the loader read it, so this is rare.
 */
export async function copySheets(options: { document: Document; latestFile: string; issuer: IssuerProfile; latest: Period; next: Period }): Promise<{ files: NewFile[]; copies: SheetCopy[] }> {
  const { document, latestFile, issuer, latest, next } = options;
  const files: NewFile[] = [];
  const copies: SheetCopy[] = [];
  for (const channel of ['websites', 'accounts'] as const) {
    for (const reference of referencesOf(document, channel)) {
      const written = reference.get('file');
      const sheet = reference.get('sheet');
      const file = resolve(dirname(latestFile), String(written));
      const read = await readSheetRecords({ file, ...(isScalar(reference.get('sheet', true)) && { sheet: String(sheet) }), kind: channel as SheetKind, issuer, overrides: {} });
      const { edit, emptied, leftOut, carried } = editOf(read, (text) => retitle(text, latest, next));
      const bytes = read.header ? await copiedBytes({ file, read, edit, next }) : undefined;
      if (!bytes) throw new TongbaoError([diagnose(CODES.newSheetNotCopied, { path: read.source.shown, reason: read.header ? '文件的编码或工作表与读取时不同' : '找不到表头' }, {})]);
      const copiedName = join(dirname(String(written)), copyName(basename(String(written)), latest, next));
      reference.set('file', copiedName);
      const to = resolve(dirname(latestFile), copiedName);
      files.push({ path: to, bytes });
      copies.push({ channel, from: file, to, emptied, carried, leftOut });
    }
  }
  return { files, copies };
}
