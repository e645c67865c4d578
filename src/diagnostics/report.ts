// Prints diagnostics as `文件:行:列 字段 — 说明（代码）`, the form office staff and editors
// both understand (most editors turn file:line:col into a link).

import type { Diagnostic } from './diagnostic.js';

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.place ? `${d.place.file}:${d.place.line}:${d.place.column}` : '';
  const field = d.field ? ` ${d.field}` : '';
  const label = d.severity === 'error' ? '错误' : '警告';
  const head = `${where}${field}${where || field ? ' — ' : ''}${label}：${d.message}（${d.code}）`;
  return d.hint ? `${head}\n    提示：${d.hint}` : head;
}
