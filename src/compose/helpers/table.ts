// {{#table websites.failingUnits}}{{#column "网站名称"}}{{name}}{{/column}}…{{/table}}: a table
// with a row for each item of a list, its columns declared by their headers (the template's
// wording) and what each cell prints (the template's Handlebars, with @index, @first, @last as in
// {{#each}}). The cells are kept aside and the line left in the Markdown becomes the table
// after parsing (../tables.ts), without parsing the whole table as Markdown.

import Handlebars, { type HelperOptions } from 'handlebars';
import type { AlignType } from 'mdast';
import { tableLine, type TableColumn, type TableDeclaration } from '../tables.js';
import { requireList } from './lists.js';
import { placeOfCall, TemplateUsageError } from './usage-error.js';

const EXAMPLE = '写成 {{#table websites.failingUnits}}{{#column "网站名称"}}{{name}}{{/column}}{{#column "问题"}}{{problem}}{{/column}}{{/table}}';

const ALIGNS: Readonly<Record<string, AlignType>> = { left: 'left', center: 'center', right: 'right' };

/** Output between the columns that is only blanks and template marks (template-origins.ts). */
const NOTHING_BUT_BLANKS = /^(?:\s|\u0000\d+\u0000)*$/;

/** A `|` that is not escaped: in a Markdown table it would end the cell. */
const BARE_BAR = /(?:^|[^\\])(?:\\\\)*\|/;

/** The table being rendered: its columns while they are declared, then the cells of each row. */
interface Rendering {
  readonly columns: TableColumn[];
  /** the cells of the row being rendered; undefined while the columns are declared */
  row: string[] | undefined;
}

function alignOf(options: HelperOptions): AlignType {
  const align: unknown = options.hash?.align;
  if (align === undefined) return null;
  if (typeof align === 'string' && align in ALIGNS) return ALIGNS[align] ?? null;
  throw new TemplateUsageError(`{{#column}} 的 align 只能是 "left"（靠左）、"center"（居中）或 "right"（靠右），得到的是“${String(align)}”`, options);
}

/** A cell holds one line of inline Markdown: what would end a table row or cell is refused where it was written. */
function requireCellText(text: string, header: string, options: HelperOptions): void {
  const what = `“${header}”一栏的内容`;
  if (text.includes('\n') || text.includes('\r')) throw new TemplateUsageError(`${what}要写在一行里：表格的一格不能分行`, options, EXAMPLE);
  if (BARE_BAR.test(text)) throw new TemplateUsageError(`${what}里有“|”：列由 {{#column}} 分开，不用“|”；要印出竖线写 \\|`, options, EXAMPLE);
}

/** The two block helpers, sharing the table being rendered; each table goes into `tables`. */
export function tableHelpers(tables: TableDeclaration[]) {
  let rendering: Rendering | undefined;

  const table = function (this: unknown, list: unknown, options: HelperOptions): string {
    if (typeof options?.fn !== 'function') throw new TemplateUsageError('{{table}} 要写成块：{{#table 列表}}…{{/table}}', options, EXAMPLE);
    if (rendering) throw new TemplateUsageError('{{#table}} 里不能再写 {{#table}}', options, EXAMPLE);
    const items = requireList(list, 'table', options);
    const declared: Rendering = { columns: [], row: undefined };
    const cells: string[] = [];
    rendering = declared;
    try {
      // the columns, declared once: with no item yet, the cells are not printed
      const between = options.fn(this);
      if (!NOTHING_BUT_BLANKS.test(between)) throw new TemplateUsageError('{{#table}} 和 {{/table}} 之间只能写 {{#column "表头"}}…{{/column}}', options, EXAMPLE);
      if (declared.columns.length === 0) throw new TemplateUsageError('{{#table}} 里至少要有一列 {{#column "表头"}}…{{/column}}', options, EXAMPLE);
      const frame = Handlebars.createFrame(options.data) as Record<string, unknown>;
      items.forEach((item, index) => {
        Object.assign(frame, { key: index, index, first: index === 0, last: index === items.length - 1 });
        declared.row = [];
        options.fn(item, { data: frame, blockParams: [item, index] });
        const headers = declared.row.length;
        if (headers !== declared.columns.length) {
          throw new TemplateUsageError('{{#table}} 每一行的列要相同：{{#column}} 不能写在 {{#if}} 或 {{#each}} 里（条件写在列里面）', options, EXAMPLE);
        }
        cells.push(...declared.row);
      });
    } finally {
      rendering = undefined;
    }
    tables.push({ columns: declared.columns, cells, ...(placeOfCall(options) ? { declaredAt: placeOfCall(options) } : {}) });
    return tableLine(tables.length - 1);
  };

  const column = function (this: unknown, header: unknown, options: HelperOptions): string {
    if (typeof options?.fn !== 'function') throw new TemplateUsageError('{{column}} 要写成块：{{#column "表头"}}{{值}}{{/column}}', options, EXAMPLE);
    if (!rendering) throw new TemplateUsageError('{{#column}} 只能写在 {{#table 列表}} 和 {{/table}} 之间', options, EXAMPLE);
    const { row, columns } = rendering;
    if (row === undefined) {
      if (typeof header !== 'string' || header.trim() === '') throw new TemplateUsageError('{{#column}} 的表头要写成加引号的文字，如 {{#column "网站名称"}}', options, EXAMPLE);
      const declaredAt = placeOfCall(options);
      columns.push({ header, align: alignOf(options), ...(declaredAt ? { declaredAt } : {}) });
      return '';
    }
    const cell = options.fn(this);
    // kept before it is judged, so that a refused cell is one slip and not a row short as well
    row.push(cell);
    requireCellText(cell, String(header), options);
    return '';
  };

  return { table, column };
}
