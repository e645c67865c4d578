import fc from 'fast-check';
import type { Paragraph, Root, Table } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { markdownText, printedText } from '../../../src/compose/markdown-text.js';
import { remarkTables } from '../../../src/compose/remark-tables.js';

const parser = unified().use(remarkParse).use(remarkTables);

function textOf(node: { children?: unknown[]; value?: unknown }): string {
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map((c) => textOf(c as { children?: unknown[] })).join('');
}

function paragraphText(markdown: string): { text: string; tree: Root } {
  const tree = parser.parse(markdown);
  expect(tree.children).toHaveLength(1);
  const paragraph = tree.children[0] as Paragraph;
  expect(paragraph.type).toBe('paragraph');
  // nothing but text: no emphasis, links, html or code made from data
  expect(paragraph.children.every((c) => c.type === 'text')).toBe(true);
  return { text: textOf(paragraph), tree };
}

// printable text plus the line breaks and tabs that office data really contains
const dataText = fc.string({ unit: fc.oneof(fc.constantFrom('\n', '\r', '\t', ' ', '*', '_', '|', '#', '<', '>', '&', '[', ']', '`', '\\', '!', ':', '~', '-', '1', '.', '一'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })) }).filter((s) => /\S/.test(s) && !s.includes('\0'));

describe('markdownText', () => {
  it('reads back as exactly the same text, as a paragraph of plain text', () => {
    fc.assert(
      fc.property(dataText, (value) => {
        expect(paragraphText(`前文${markdownText(value)}后文`).text).toBe(`前文${value}后文`);
      }),
      { numRuns: 2000 },
    );
  });

  it('stays text at the start of a line, where Markdown would see headings, lists and code', () => {
    for (const value of ['# 标题', '1. 列表', '- 项', '    缩进代码', '> 引用', '---', '```', '<script>alert(1)</script>', '  两个空格  ']) {
      expect(paragraphText(markdownText(value)).text).toBe(value);
    }
  });

  it('keeps a table row a table row whatever a cell holds', () => {
    const hostile = '甲|乙\n丙 *丁* <b>戊</b> & www.example.com a@b.cn';
    const tree = parser.parse(`| 名称 | 问题 |\n| --- | --- |\n| ${markdownText(hostile)} | 无 |\n`);
    const table = tree.children[0] as Table;
    expect(table.type).toBe('table');
    expect(table.children).toHaveLength(2);
    const cells = table.children[1]!.children;
    expect(cells).toHaveLength(2);
    expect(cells[0]!.children.every((c) => c.type === 'text')).toBe(true);
    expect(textOf(cells[0]!)).toBe(hostile);
  });

  it('is read back without a parser by printedText, to the same text the parser reads', () => {
    fc.assert(
      fc.property(dataText, (value) => {
        expect(printedText(markdownText(value))).toBe(paragraphText(`前文${markdownText(value)}后文`).text.slice(2, -2));
      }),
      { numRuns: 1000 },
    );
  });

  it('leaves Markdown that is more than printed text to the parser', () => {
    for (const markdown of ['*甲*', '[甲](x)', '<b>', '`甲`', ':ref{to=a}', '&amp;', '甲\n乙', 'a\\']) expect(printedText(markdown), markdown).toBeUndefined();
  });
});
