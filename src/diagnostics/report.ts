// Prints diagnostics as `文件:行:列 字段 — 说明（代码）`, the form office staff and editors
// both understand (most editors turn file:line:col into a link). A place in a sheet prints
// as the spreadsheet shows it: `网站检查结果.xlsx 网站!C12 网站名称 — …` (workbook, sheet,
// cell, the column's header), `账号.csv C12 账号名称 — …` for a CSV.

import type { SourcePlace } from '../model/records.js';
import type { Diagnostic } from './diagnostic.js';

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.place ? placeText(d.place) : '';
  const what = d.place?.cell ? d.place.header : d.field;
  const field = what ? ` ${what}` : '';
  const label = d.severity === 'error' ? '错误' : '警告';
  const head = `${where}${field}${where || field ? ' — ' : ''}${label}：${d.message}（${d.code}）`;
  return d.hint ? `${head}\n    提示：${d.hint}` : head;
}

/** A sheet's row as a message names it: `网站检查结果.xlsx 网站 第 12 行`. */
export function sheetRowText(place: SourcePlace): string {
  return `${place.file} ${place.sheet ? `${place.sheet} ` : ''}第 ${place.line} 行`;
}

/** `file:line:col`, or for a sheet `file sheet!C12` (`file C12` for a CSV, which has one sheet). */
export function placeText(place: SourcePlace): string {
  if (!place.cell) return `${place.file}:${place.line}:${place.column}`;
  return `${place.file} ${place.sheet ? `${place.sheet}!` : ''}${place.cell}`;
}
