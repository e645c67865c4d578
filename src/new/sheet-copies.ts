// Records sheets named in the latest quarter file (`websites: { file: 网站.xlsx, sheet: 网站 }`,
// or such references among YAML records) become copies for the next quarter, named after it,
// with closed units' rows left out and result columns emptied (see sheet-edit.ts); the new
// quarter file names the copies. The sheet is read as the loader reads it, so its header,
// columns and rows are the very ones the records came from.

import { readFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { isSeq } from 'yaml';
import type { Document, YAMLMap } from 'yaml';
import { CODES, diagnose } from '../diagnostics/codes.js';
import { TongbaoError } from '../diagnostics/diagnostic.js';
import { periodLabel } from '../format/chinese.js';
import { readSheetRecords } from '../load/sheets/index.js';
import type { SheetRecords } from '../load/sheets/index.js';
import type { Channel } from '../model/figures.js';
import type { IssuerProfile, Period } from '../model/records.js';
import { CLOSED, isSheetReference, RESULT_FIELDS, type CarriedChannel } from './carry-inventory.js';
import { retitle } from './clear-quarter.js';
import { copyCsv } from './csv-copy.js';
import type { SheetEdit } from './sheet-edit.js';
import type { NewFile } from './write-files.js';
import { copyWorkbook } from './xlsx-copy.js';

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
  // with the results, the columns showing them for people (是否合格, 总分 …), or last quarter's would stand beside the new
  const columns = [...(read.header?.columns ?? []).filter((column) => column.field.kind !== 'field' || results.has(column.field.field)), ...(read.header?.computed ?? [])];
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

/** A sheet the latest quarter names, as read, with what its copy changes. */
interface SheetToCopy {
  readonly channel: Channel;
  readonly reference: YAMLMap;
  /** as the quarter file writes it, relative to the file */
  readonly written: string;
  readonly file: string;
  readonly read: SheetRecords;
  readonly change: ReturnType<typeof editOf>;
}

async function sheetToCopy(options: { channel: Channel; reference: YAMLMap; latestFile: string; issuer: IssuerProfile; latest: Period; next: Period }): Promise<SheetToCopy> {
  const { channel, reference, latestFile, issuer, latest, next } = options;
  const written = String(reference.get('file'));
  const sheet = reference.get('sheet');
  const file = resolve(dirname(latestFile), written);
  const read = await readSheetRecords({ file, ...(sheet != null && { sheet: String(sheet) }), kind: channel, issuer, overrides: issuer.columns ?? {} });
  if (!read.header) throw new TongbaoError([diagnose(CODES.newSheetNotCopied, { path: read.source.shown, reason: '找不到表头' }, {})]);
  return { channel, reference, written, file, read, change: editOf(read, (text) => retitle(text, latest, next)) };
}

/** One file's copy: a CSV, or a workbook with each of its records worksheets edited (websites and accounts may share one). */
async function copiedBytes(sheets: readonly SheetToCopy[], next: Period): Promise<Uint8Array> {
  const [first] = sheets as [SheetToCopy];
  const bytes = readFileSync(first.file);
  const edits = new Map(sheets.flatMap(({ read, change }) => (read.source.sheet === undefined ? [] : [[read.source.sheet, change.edit] as const])));
  const isoDate = `${next.year}-${String(next.quarter * 3 - 2).padStart(2, '0')}-01`;
  const copied = edits.size === 0 ? copyCsv(bytes, first.change.edit) : await copyWorkbook({ bytes, edits, isoDate });
  if (!copied) throw new TongbaoError([diagnose(CODES.newSheetNotCopied, { path: first.read.source.shown, reason: '文件的编码或工作表与读取时不同' }, {})]);
  return copied;
}

/**
 * Copies every sheet the latest quarter names, each file once, and points the new quarter
 * file at the copies.
 */
export async function copySheets(options: { document: Document; latestFile: string; issuer: IssuerProfile; latest: Period; next: Period }): Promise<{ files: NewFile[]; copies: SheetCopy[] }> {
  const { document, latestFile, latest, next } = options;
  const copyOf = (written: string) => {
    const name = join(dirname(written), copyName(basename(written), latest, next));
    return { name, path: resolve(dirname(latestFile), name) };
  };
  const sheets: SheetToCopy[] = [];
  for (const channel of ['websites', 'accounts'] as const) {
    for (const reference of referencesOf(document, channel)) sheets.push(await sheetToCopy({ ...options, channel, reference }));
  }
  const files: NewFile[] = [];
  for (const file of new Set(sheets.map((sheet) => sheet.file))) {
    const ofFile = sheets.filter((sheet) => sheet.file === file);
    const copy = copyOf((ofFile[0] as SheetToCopy).written);
    for (const { reference } of ofFile) reference.set('file', copy.name);
    files.push({ path: copy.path, bytes: await copiedBytes(ofFile, next) });
  }
  const copies = sheets.map(({ channel, file, written, change }) => ({
    channel,
    from: file,
    to: copyOf(written).path,
    emptied: change.emptied,
    carried: change.carried,
    leftOut: change.leftOut,
  }));
  return { files, copies };
}
