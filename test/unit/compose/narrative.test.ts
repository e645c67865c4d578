// The office's narrative Markdown, read on its own: block syntax stays text, headings of the
// template's level or a fifth level are refused, and nesting is limited before it is parsed.

import { describe, expect, it } from 'vitest';
import { MAX_NARRATIVE_NESTING, readNarrative } from '../../../src/compose/narrative.js';
import { toString as plainText } from 'mdast-util-to-string';

const codesOf = (markdown: string) => readNarrative(markdown).problems.map((p) => p.report({}).code);

describe('readNarrative', () => {
  it('reads 公文 block syntax as the text it was typed as', () => {
    const { nodes, problems } = readNarrative(':::signature\n某人\n\n2025年1月1日\n:::\n\n::copy-to[甲]\n\n::::::');
    expect(problems).toEqual([]);
    expect(nodes.map((node) => node.type)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph']);
    expect(nodes.map((node) => plainText(node))).toEqual([':::signature\n某人', '2025年1月1日\n:::', '::copy-to[甲]', '::::::']);
  });

  it('keeps lists, emphasis, ## to #### headings and tables, without positions in the value', () => {
    const { nodes } = readNarrative('## 一\n\n### 二\n\n#### 三\n\n- **甲**\n\n| 列 |\n| --- |\n| 值 |');
    expect(nodes.map((node) => node.type)).toEqual(['heading', 'heading', 'heading', 'list', 'table']);
    expect(JSON.stringify(nodes)).not.toContain('"position"');
  });

  it('refuses a first-level heading, written with # or underlined with ===, and a fifth level', () => {
    expect(codesOf('# 标题')).toEqual(['TB407']);
    expect(codesOf('标题\n===')).toEqual(['TB407']);
    expect(codesOf('##### 标题')).toEqual(['TB407']);
    expect(readNarrative('正文\n\n# 标题').problems[0]).toMatchObject({ start: 4, end: 8 });
  });

  it('refuses nesting beyond the limit, of quotations and lists before parsing, of emphasis after', () => {
    expect(codesOf(`${'> '.repeat(MAX_NARRATIVE_NESTING)}深`)).toEqual([]);
    expect(codesOf(`${'> '.repeat(5000)}深`)).toEqual(['TB408']);
    expect(codesOf(Array.from({ length: 3000 }, (_, i) => `${'  '.repeat(i)}- 第${i}层`).join('\n'))).toEqual(['TB408']);
    const markers = Array.from({ length: 40 }, (_, i) => (i % 2 ? '**' : '*'));
    const nested = `${markers.map((m) => `${m}甲 `).join('')}深${[...markers].reverse().map((m) => ` 乙${m}`).join('')}`;
    expect(codesOf(nested)).toEqual(['TB408']);
  });
});
