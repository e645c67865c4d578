// {{#table}} / {{#column}}: a table declared by its columns makes the very table the same
// table written out in Markdown makes — data as literal text, the template's own Markdown in a
// cell as Markdown — and its cells still say where the templates wrote them.

import fc from 'fast-check';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Nodes, Root, Table, Text } from 'mdast';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/compose/engine.js';
import { helperSettings } from '../../../src/compose/helpers/index.js';
import { parseNotice } from '../../../src/compose/parse.js';
import { TongbaoError } from '../../../src/diagnostics/diagnostic.js';
import { quarter } from '../compute/build-records.js';

const settings = helperSettings(quarter({}).issuer);

const folders = new Map<string, string>();

/** A templates folder whose notice.hbs is `template`, made once per template. */
function folderOf(template: string): string {
  const known = folders.get(template);
  if (known) return known;
  const bundled = mkdtempSync(join(tmpdir(), 'tongbao-tables-'));
  mkdirSync(join(bundled, 'partials'));
  writeFileSync(join(bundled, 'notice.hbs'), template);
  folders.set(template, bundled);
  return bundled;
}

function composed(template: string, context: object): Root {
  const bundled = folderOf(template);
  const { markdown, tables, origins } = renderMarkdown({ templates: { bundled }, context, settings });
  return parseNotice(markdown, { tables, origins });
}

function renderError(template: string, context: object): TongbaoError {
  try {
    composed(template, context);
  } catch (error) {
    if (error instanceof TongbaoError) return error;
    throw error;
  }
  throw new Error(`expected a TongbaoError from ${JSON.stringify(template)}`);
}

/** The table of a document, without what only says where its text came from. */
function tableOf(tree: Root): Nodes {
  const table = tree.children.find((node) => node.type === 'table');
  expect(table?.type).toBe('table');
  return JSON.parse(JSON.stringify(table, (key, value: unknown) => (key === 'position' || key === 'data' ? undefined : value))) as Nodes;
}

const DECLARED = `{{#table units}}
{{#column "序号"}}{{inc @index}}{{/column}}
{{#column "名称"}}{{name}}{{/column}}
{{#column "强调"}}*{{name}}*{{#if @last}}（末）{{/if}}{{/column}}
{{#column "问题" align="center"}}{{problem}}{{/column}}
{{/table}}
`;

const WRITTEN_OUT = `| 序号 | 名称 | 强调 | 问题 |
| --- | --- | --- | :-: |
{{#each units}}
| {{inc @index}} | {{name}} | *{{name}}*{{#if @last}}（末）{{/if}} | {{problem}} |
{{/each}}
`;

// what office data really holds, and what would be Markdown if it were not data
const dataText = fc.string({
  unit: fc.oneof(
    fc.constantFrom('\n', '\r', '\t', ' ', '\u3000', '\u00a0', '*', '_', '|', '#', '<', '>', '&', '[', ']', '`', '\\', '!', ':', '~', '-', '1', '.', '一', '&#10;', '<script>'),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 12,
});

describe('{{#table}}', () => {
  it('makes the table the same table written out in Markdown makes, whatever the data holds', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ name: dataText, problem: dataText }), { minLength: 1, maxLength: 4 }), (units) => {
        expect(tableOf(composed(DECLARED, { units }))).toEqual(tableOf(composed(WRITTEN_OUT, { units })));
      }),
      { numRuns: 100 },
    );
  });

  it('keeps data literal text: no emphasis, cell border or markup made of a unit name', () => {
    const table = tableOf(composed(DECLARED, { units: [{ name: '*甲* | <script>', problem: '[链接](http://x.cn)' }] })) as Table;
    const [, row] = table.children;
    expect(row?.children[1]?.children).toEqual([{ type: 'text', value: '*甲* | <script>' }]);
    expect(row?.children[2]?.children[0]).toMatchObject({ type: 'emphasis', children: [{ type: 'text', value: '*甲* | <script>' }] });
    expect(row?.children[3]?.children).toEqual([{ type: 'text', value: '[链接](http://x.cn)' }]);
    expect(table.align).toEqual([null, null, null, 'center']);
  });

  it('has its header row alone when the list is empty', () => {
    const table = tableOf(composed(DECLARED, { units: [] })) as Table;
    expect(table.children).toHaveLength(1);
    expect(table.children[0]?.children.map((cell) => (cell.children[0] as Text).value)).toEqual(['序号', '名称', '强调', '问题']);
  });

  it('tells where the templates wrote each cell, for the lint of the published text', () => {
    const tree = composed(DECLARED, { units: [{ name: '甲', problem: '乙' }] });
    const table = tree.children.find((node): node is Table => node.type === 'table');
    const [header, row] = table?.children ?? [];
    const nameCell = row?.children[1]?.children[0] as Text;
    expect(nameCell.data?.written).toEqual([{ at: 0, place: expect.objectContaining({ line: 3, column: 17 }), literal: false }]);
    // the template's own text in a cell, character by character
    const emphasis = row?.children[2]?.children[1] as Text;
    expect(emphasis.value).toBe('（末）');
    expect(emphasis.data?.written?.[0]).toEqual({ at: 0, place: expect.objectContaining({ line: 4, column: 40 }), literal: true });
    expect((header?.children[3]?.children[0] as Text).data?.written).toEqual([{ at: 0, place: expect.objectContaining({ line: 5, column: 1 }), literal: false }]);
  });

  it('refuses what would break the table, at the template line that wrote it', () => {
    const cases: Array<[string, string, number]> = [
      ['{{#column "名称"}}{{name}}{{/column}}', '只能写在 {{#table 列表}}', 1],
      ['{{#table units}}\n说明\n{{#column "名称"}}{{name}}{{/column}}\n{{/table}}', '之间只能写 {{#column', 1],
      ['{{#table units}}{{/table}}', '至少要有一列', 1],
      ['{{#table units}}\n{{#column "名称"}}{{name}}\n（续）{{/column}}\n{{/table}}', '要写在一行里', 2],
      ['{{#table units}}\n{{#column "名称"}}| {{name}} |{{/column}}\n{{/table}}', '有“|”', 2],
      ['{{#table units}}\n{{#column 5}}{{name}}{{/column}}\n{{/table}}', '表头要写成加引号的文字', 2],
      ['{{#table units}}\n{{#column "名称" align="middle"}}{{name}}{{/column}}\n{{/table}}', 'align 只能是', 2],
      ['{{#table units}}\n{{#column "名称"}}{{#table @root.units}}{{/table}}{{/column}}\n{{/table}}', '不能再写 {{#table}}', 2],
      ['{{#table units}}\n{{#unless @first}}{{#column "名称"}}{{name}}{{/column}}{{/unless}}\n{{/table}}', '每一行的列要相同', 1],
      ['{{#table name}}{{/table}}', '第一个参数要是一个列表', 1],
    ];
    for (const [template, message, line] of cases) {
      const [diagnostic] = renderError(template, { units: [{ name: '甲' }, { name: '乙' }], name: '甲' }).diagnostics;
      expect(diagnostic?.message, template).toContain(message);
      expect(diagnostic?.place?.line, template).toBe(line);
    }
  });

  it('prints a header as text, even one taken from the data', () => {
    const table = tableOf(composed('{{#table units}}{{#column @root.title}}{{name}}{{/column}}{{/table}}', { title: '**名称** | <b>', units: [{ name: '甲' }] })) as Table;
    expect(table.children[0]?.children[0]?.children).toEqual([{ type: 'text', value: '**名称** | <b>' }]);
  });

  it('prints data escaped with a bar as that bar, not a cell border', () => {
    const table = tableOf(composed('{{#table units}}{{#column "名称"}}{{name}} \\| 备注{{/column}}{{/table}}', { units: [{ name: '甲' }] })) as Table;
    expect(table.children[1]?.children[0]?.children).toEqual([{ type: 'text', value: '甲 | 备注' }]);
  });
});
