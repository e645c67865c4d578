// Run-in headings: a template printing a narrative with runIn=true gets （一）压实主体责任。各单位要……
// as one paragraph, the heading in its level's font (楷体 for the second level) and the text
// after it in the body's. Checked in the document tree, the web page's DOM, the DOCX XML and
// the print style sheet.

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString as hastText } from 'hast-util-to-string';
import { toString as mdastText } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { prepareNotice } from '../../../src/build.js';
import { writeHtml } from '../../../src/write/html/index.js';
import { writeAndUnpack } from '../write-docx/docx-parts.js';
import { ISSUER_YAML, QUARTER_YAML, tempProject } from '../load/temp-project.js';

const REQUIREMENTS = `narrative:
  requirements: |
    ## 压实主体责任

    各单位要落实主管主办责任。

    ## 强化日常监管。

    各单位要健全日常巡检机制。

    ## 规范账号管理
`;

async function composed(runIn: boolean) {
  const project = tempProject({
    'package.json': '{}',
    '城/_issuer.yaml': `${ISSUER_YAML}templates: 模板\n`,
    '城/模板/partials/requirements.hbs': `{{markdown narrative.requirements${runIn ? ' runIn=true' : ''}}}\n`,
    '城/2025-q3.yaml': `${QUARTER_YAML}${REQUIREMENTS}`,
  });
  return (await prepareNotice(join(project.root, '城/2025-q3.yaml'), () => {})).document;
}

describe('run-in headings', () => {
  it('run a narrative’s headings into their paragraphs, numbered, ending with 。; a heading with no paragraph after it stays a heading', async () => {
    const document = await composed(true);
    const paragraphs = document.tree.children.filter((node) => node.type === 'paragraph').map((node) => mdastText(node));
    expect(paragraphs).toContain('（一）压实主体责任。各单位要落实主管主办责任。');
    expect(paragraphs).toContain('（二）强化日常监管。各单位要健全日常巡检机制。');
    const headings = document.tree.children.filter((node) => node.type === 'heading').map((node) => mdastText(node));
    expect(headings).toContain('（三）规范账号管理');
    expect(headings).not.toContain('（一）压实主体责任');
  });

  it('leave the headings alone without runIn', async () => {
    const document = await composed(false);
    const headings = document.tree.children.filter((node) => node.type === 'heading').map((node) => mdastText(node));
    expect(headings).toEqual(expect.arrayContaining(['（一）压实主体责任', '（二）强化日常监管。']));
  });

  it('print in the heading’s font on the web page and in print, and as a character style in the DOCX', async () => {
    const document = await composed(true);
    const [page] = await writeHtml(document, { browser: () => Promise.reject(new Error('no browser')), printsPdf: false });
    const tree = fromHtml(new TextDecoder().decode(page!.bytes));
    const heads = selectAll('p > span.run-in-heading-2', tree);
    expect(heads.map((span) => hastText(span))).toEqual(['（一）压实主体责任。', '（二）强化日常监管。']);
    const css = readFileSync(resolve(import.meta.dirname, '../../../templates/styles/print.css'), 'utf8');
    expect(css).toMatch(/h3,\s*\.run-in-heading-2 \{\s*font-family: var\(--heading-2-font\)/);

    const docx = await writeAndUnpack(document);
    const body = docx.xml('word/document.xml');
    const runIn = [...body.matchAll(/<w:r><w:rPr><w:rStyle w:val="RunInHeading2"\/>.*?<w:t[^>]*>([^<]*)<\/w:t><\/w:r>/g)].map(([, text]) => text);
    expect(runIn.join('')).toContain('压实主体责任');
    const style = /<w:style w:type="character" w:styleId="RunInHeading2">[\s\S]*?<\/w:style>/.exec(docx.xml('word/styles.xml'))?.[0];
    expect(style).toMatch(/w:eastAsia="楷体/);
  });
});
