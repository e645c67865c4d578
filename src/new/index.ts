// tongbao new: the next quarter's file of an issuer's data folder, made from its latest
// quarter file — the same units with last quarter's results cleared, the new period, its
// dates to fill in, `previous` naming the latest file and last quarter's failing units under
// `rectification`. The latest file's YAML document is edited, not re-serialised from the
// model, so the office's comments, order and layout carry over (the yaml library writes one
// space before a comment at the end of a line, however many the office typed).

import { readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import type { Document } from 'yaml';
import { CODES, diagnose } from '../diagnostics/codes.js';
import { TongbaoError, isTongbaoError } from '../diagnostics/diagnostic.js';
import { loadQuarter } from '../load/index.js';
import { displayPath } from '../load/located.js';
import type { IssuerProfile, Period, QuarterRecords } from '../model/records.js';
import { carryInventory, combineCarried, type CarriedChannel } from './carry-inventory.js';
import { clearQuarter, TO_FILL_IN, type ClearedFields } from './clear-quarter.js';
import { latestQuarterFile, type QuarterFile } from '../load/latest-quarter.js';
import { nextPeriod, quarterFileName } from './next-period.js';
import { openingComment } from './opening-comment.js';
import { failingUnitsOf, writeRectification, type FailingUnit } from './rectification-list.js';
import { copySheets, type SheetCopy } from './sheet-copies.js';
import { writeNewFiles } from './write-files.js';

export interface NewQuarter {
  /** the quarter it was made from */
  readonly latest: QuarterFile;
  /** the file written */
  readonly file: string;
  readonly period: Period;
  readonly issuer: IssuerProfile;
  readonly carried: readonly CarriedChannel[];
  /** the records sheets copied for the new quarter */
  readonly copies: readonly SheetCopy[];
  readonly cleared: ClearedFields;
  /** last quarter's failing units, listed under `rectification` */
  readonly rectification: readonly FailingUnit[];
}

/** The latest quarter as `build` reads it; its errors stop `new`, since its failing units could not be told. */
async function loadLatest(file: string): Promise<QuarterRecords> {
  try {
    return await loadQuarter({ file });
  } catch (error) {
    if (!isTongbaoError(error)) throw error;
    throw new TongbaoError([...error.diagnostics, diagnose(CODES.newFromFaultyQuarter, { path: displayPath(file) }, {})]);
  }
}

function readDocument(file: string): { document: Document; lineBreak: string } {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  return { document: parseDocument(text), lineBreak: text.includes('\r\n') ? '\r\n' : '\n' };
}

/**
 * A line at the end of the file's opening comment (the lines above its first blank line)
 * saying where the file came from and what is left to do.
 */
function noteOrigin(document: Document, latestFile: string): void {
  const note = ` 本文件由 tongbao new 根据 ${basename(latestFile)} 生成：写着“${TO_FILL_IN}”的日期和各单位本季度的检查结果要按本季度填写。`;
  const opening = openingComment(document);
  if (!opening) {
    document.commentBefore = note;
    return;
  }
  const blank = opening.comment.indexOf('\n\n');
  opening.set(blank < 0 ? `${note}\n\n${opening.comment}` : `${opening.comment.slice(0, blank)}\n \n${note}${opening.comment.slice(blank)}`);
}

export async function newQuarter(options: { folder: string }): Promise<NewQuarter> {
  const latest = latestQuarterFile(resolve(options.folder));
  const period = nextPeriod(latest.period);
  const file = join(dirname(latest.file), quarterFileName(period));
  const records = await loadLatest(latest.file);
  const { document, lineBreak } = readDocument(latest.file);
  const sheets = await copySheets({ document, latestFile: latest.file, issuer: records.issuer, latest: latest.period, next: period });
  const carried = combineCarried([...carryInventory(document), ...sheets.copies]);
  const cleared = clearQuarter({ document, latest: latest.period, next: period, previousPath: basename(latest.file) });
  const rectification = failingUnitsOf(records);
  writeRectification({ document, units: rectification, latest: records });
  noteOrigin(document, latest.file);
  const text = document.toString({ lineWidth: 0, nullStr: '' }).replace(/\n/g, lineBreak);
  writeNewFiles([...sheets.files, { path: file, bytes: text }]);
  return { latest, file, period, issuer: records.issuer, carried, copies: sheets.copies, cleared, rectification };
}
