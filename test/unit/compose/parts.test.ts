// A notice in parts (seed 002: 本市政府网站…检查情况, then 本市政务新媒体…检查情况): each part is an
// unnumbered title, and the sections under it are numbered afresh from 一、. Checked in the
// tree, the web page's DOM and the DOCX XML of the seed built from its data.

import { resolve } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString as hastText } from 'hast-util-to-string';
import { toString as mdastText } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { prepareNotice } from '../../../src/build.js';
import { parseNotice } from '../../../src/compose/parse.js';
import { writeHtml } from '../../../src/write/html/index.js';
import { writeAndUnpack } from '../write-docx/docx-parts.js';

const SEED_002 = resolve(import.meta.dirname, '../../../data/seeds/002-上海/2025-q3.yaml');

describe('a notice in parts', () => {
  it('numbers each part’s sections from 一、 again', () => {
    const tree = parseNotice(':::part\n甲部分\n:::\n\n# 总体情况\n\n## 细节\n\n# 下一步\n\n:::part\n乙部分\n:::\n\n# 总体情况\n\n## 细节\n', {});
    expect(tree.children.map((node) => `${node.type}:${mdastText(node)}`)).toEqual([
      'gongwenPart:甲部分',
      'heading:一、总体情况',
      'heading:（一）细节',
      'heading:二、下一步',
      'gongwenPart:乙部分',
      'heading:一、总体情况',
      'heading:（一）细节',
    ]);
  });

  it('prints the part titles as headings of the page and as the 部分标题 style of the DOCX (seed 002)', async () => {
    const { document } = await prepareNotice(SEED_002, () => {});
    const [page] = await writeHtml(document, { browser: () => Promise.reject(new Error('no browser')), printsPdf: false });
    const html = fromHtml(new TextDecoder().decode(page!.bytes));
    expect(selectAll('h2.part-title', html).map((node) => hastText(node))).toEqual(['本市政府网站2025年第三季度检查情况', '本市政务新媒体2025年第三季度检查情况']);
    expect(selectAll('h2:not(.part-title):not(.attachment-title)', html).map((node) => hastText(node))).toEqual([
      '一、总体情况',
      '二、下一步工作',
      '一、总体情况',
      '二、主要问题',
      '三、下一步工作',
    ]);
    const body = (await writeAndUnpack(document)).xml('word/document.xml');
    const parts = [...body.matchAll(/<w:pStyle w:val="PartTitle"\/>.*?<w:t[^>]*>([^<]*)<\/w:t>/g)].map(([, text]) => text);
    expect(parts).toEqual(['本市政府网站2025年第三季度检查情况', '本市政务新媒体2025年第三季度检查情况']);
  });
});
