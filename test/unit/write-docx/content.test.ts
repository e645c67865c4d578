import type { RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import type { NoticeDocument } from '../../../src/model/document.js';
import { BODY_CHAR_TWIP, PAGE } from '../../../src/layout/gbt9704.js';
import { HOSTILE_NAME, sampleNotice } from '../../fixtures/sample-notice.js';
import { attributesOf, paragraphsOf, session, writeAndUnpack } from './docx-parts.js';
import { printLayout } from '../../../src/write/pdf/print-layout.js';
import { gridParagraph, noticeEndingWithBody, noticeWithClosingAfter } from '../write-pdf/grid-notices.js';
import { notice } from './notices.js';

const documentXml = (await writeAndUnpack(notice({ format: 'plain', colophon: 'none' }))).xml('word/document.xml');
const paragraphs = paragraphsOf(documentXml);

function noticeWith(children: RootContent[]): NoticeDocument {
  const sample = sampleNotice();
  return { ...sample, tree: { type: 'root', children } };
}

describe('text', () => {
  it('keeps hostile characters as literal text, escaped, with the newline as a line break', () => {
    expect(documentXml).not.toMatch(/<script|<b onclick/);
    expect(documentXml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const [firstLine, secondLine] = HOSTILE_NAME.split('\n');
    const body = paragraphs.find((p) => p.text.includes('微信公众号'));
    expect(body?.text).toContain(`${firstLine}\n${secondLine}微信公众号。`);
    expect(body?.xml).toContain('<w:br/>');
  });

  it('sets strong in the Strong character style (黑体, not bold), emphasis italic, inline code and links as their text', async () => {
    const { xml } = await writeAndUnpack(
      noticeWith([
        {
          type: 'paragraph',
          children: [
            { type: 'strong', children: [{ type: 'text', value: '粗' }, { type: 'emphasis', children: [{ type: 'text', value: '粗斜' }] }] },
            { type: 'inlineCode', value: 'a<b' },
            { type: 'link', url: 'https://example.org/', children: [{ type: 'text', value: '链接' }] },
          ],
        },
      ]),
    );
    const [paragraph] = paragraphsOf(xml('word/document.xml'));
    expect(paragraph?.text).toBe('粗粗斜a<b链接');
    expect(paragraph?.xml).toMatch(/<w:r><w:rPr><w:rStyle w:val="Strong"\/><\/w:rPr><w:t xml:space="preserve">粗<\/w:t>/);
    expect(paragraph?.xml).toMatch(/<w:rPr><w:rStyle w:val="Strong"\/><w:i\/><w:iCs\/><\/w:rPr><w:t xml:space="preserve">粗斜/);
    expect(paragraph?.xml).not.toContain('<w:b/>');
    expect(paragraph?.xml).not.toContain('hyperlink');
  });
});

describe('body', () => {
  it('puts the headings in Heading1..4 with their numbers', () => {
    const headings = paragraphs.filter((p) => p.style?.startsWith('Heading')).map((p) => [p.style, p.text]);
    expect(headings).toEqual([
      ['Heading1', '一、总体情况'],
      ['Heading2', '（一）政府网站检查情况'],
      ['Heading2', '（二）政务新媒体检查情况'],
      ['Heading1', '二、存在的主要问题'],
      ['Heading3', '1.内容更新不及时。'],
      ['Heading4', '（1）个别栏目长期未更新。'],
      ['Heading1', '三、下一步工作要求'],
    ]);
  });

  it('sets list items as plain body paragraphs, without bullets or numbering', () => {
    const items = paragraphs.filter((p) => /^[一二]是/.test(p.text));
    expect(items.map((p) => [p.style, p.text])).toEqual([
      [undefined, '一是栏目更新不及时；'],
      [undefined, '二是互动回应不及时。'],
    ]);
    expect(documentXml).not.toContain('<w:numPr>');
  });

  it('keeps the numbers of an ordered list as text', async () => {
    const item = (value: string) => ({ type: 'listItem' as const, children: [{ type: 'paragraph' as const, children: [{ type: 'text' as const, value }] }] });
    const { xml } = await writeAndUnpack(noticeWith([{ type: 'list', ordered: true, start: 3, children: [item('甲'), item('乙')] }]));
    expect(paragraphsOf(xml('word/document.xml')).map((p) => p.text)).toEqual(['3.甲', '4.乙']);
  });

  it('stops on a node type it has no handler for, naming the type', async () => {
    await expect(writeAndUnpack(noticeWith([{ type: 'thematicBreak' }]))).rejects.toThrow(/"thematicBreak"/);
    await expect(
      writeAndUnpack(noticeWith([{ type: 'paragraph', children: [{ type: 'html', value: '<b>x</b>' }] }])),
    ).rejects.toThrow(/"html"/);
  });
});

describe('front matter and 附件说明', () => {
  it('on plain paper opens with the 发文字号, a blank line, the title, a blank line and 主送机关 (as the PDF)', () => {
    expect(paragraphs.slice(0, 5).map((p) => [p.style, p.text])).toEqual([
      ['DocNumber', '示政办函〔2025〕18号'],
      ['Normal', ''],
      ['Title', '示例市人民政府办公室关于2025年第三季度全市政府网站和政务新媒体检查情况的通报'],
      ['Normal', ''],
      ['Addressee', '各区（县）人民政府，市政府各部门：'],
    ]);
  });

  it('opens with the title when there is neither 版头 nor 发文字号', async () => {
    const { xml } = await writeAndUnpack(notice({ format: 'plain', docNumber: false }));
    expect(paragraphsOf(xml('word/document.xml'))[0]?.style).toBe('Title');
  });

  it('aligns every wrapped line and the second item under the first attachment name', () => {
    const list = paragraphs.filter((p) => p.style === 'AttachmentList');
    expect(list.map((p) => p.text)).toEqual([
      '附件：1.2025年第三季度全市政府网站检查不合格名单',
      '2.2025年第三季度全市政务新媒体检查不合格名单',
    ]);
    const [first, second] = list.map((p) => attributesOf(p.xml, 'w:ind'));
    // the names start after 左空二字 + 附件： (3) + "1." (one character of two half-width ones)
    const nameStart = 6 * BODY_CHAR_TWIP;
    expect(first).toEqual({ 'w:left': String(nameStart), 'w:hanging': String(nameStart - 2 * BODY_CHAR_TWIP) });
    expect(second).toEqual({ 'w:left': String(nameStart), 'w:hanging': String(BODY_CHAR_TWIP) });
    const before = paragraphs[paragraphs.indexOf(list[0]!) - 1];
    expect(before?.text).toBe('');
  });
});

describe('keeping the signature off a page of its own (7.3.5.5)', () => {
  it('chains the last body paragraph, the blank line, 附件说明 and the signature onto one page', async () => {
    // the closing block well inside page 1: the print page does not break it
    const doc = noticeWithClosingAfter(5, 45);
    expect((await printLayout(doc, { browser: session.browser, printsPdf: true })).closingBreakOffset).toBeUndefined();
    const docx = await writeAndUnpack(doc);
    const stylesXml = docx.xml('word/styles.xml');
    const all = paragraphsOf(docx.xml('word/document.xml'));
    const listIndex = all.findIndex((p) => p.style === 'AttachmentList');
    const [lastBody, blank] = all.slice(listIndex - 2, listIndex);
    expect([lastBody?.style, blank?.style, blank?.text]).toEqual(['BodyBeforeSignature', 'KeptBlank', '']);
    expect(lastBody?.xml).not.toContain('w:type="page"');
    // at least its last two lines go along
    expect(lastBody?.xml).toContain('<w:widowControl/>');
    for (const id of ['BodyBeforeSignature', 'KeptBlank', 'AttachmentList', 'SignatureIssuer']) {
      expect(new RegExp(`w:styleId="${id}".*?<w:keepNext/>.*?</w:style>`).test(stylesXml), id).toBe(true);
    }
    expect(all.filter((p) => p.style === 'BodyBeforeSignature')).toHaveLength(1);
  });

  it('breaks the last paragraph where the print page broke it, its last lines opening the signature\'s page', async () => {
    const doc = noticeEndingWithBody([30]);
    const offset = (await printLayout(doc, { browser: session.browser, printsPdf: true })).closingBreakOffset;
    expect(offset).toBeGreaterThan(0);
    const all = paragraphsOf((await writeAndUnpack(doc)).xml('word/document.xml'));
    const tailIndex = all.findIndex((p) => p.style === 'KeptBlank') - 1;
    const [head, tail] = [all[tailIndex - 1]!, all[tailIndex]!];
    // the part before the break a plain paragraph, the last lines opening the next page without an indent
    expect(head.style).toBeUndefined();
    expect(tail.xml).toContain('<w:pageBreakBefore/>');
    expect(attributesOf(tail.xml, 'w:ind')).toEqual({ 'w:firstLine': '0' });
    expect([...head.text]).toHaveLength(offset!);
    expect(head.text + tail.text).toBe(gridParagraph(30).children.map((c) => ('value' in c ? c.value : '')).join(''));
  });

  it('keeps the last body paragraph with the signature when there is no 附件说明', async () => {
    const sample = notice({ format: 'plain', colophon: 'none' });
    const tree = { ...sample.tree, children: sample.tree.children.filter((node) => node.type !== 'gongwenAttachmentList') };
    const all = paragraphsOf((await writeAndUnpack({ ...sample, tree })).xml('word/document.xml'));
    const before = all[all.findIndex((p) => p.style === 'KeptBlank') - 1];
    expect([before?.style, before?.text.slice(0, 2)]).toEqual(['BodyBeforeSignature', '请于']);
  });
});

describe('attachments', () => {
  it('starts each attachment on a new page with its label and title', () => {
    // besides the closing paragraph's last lines, where the print page broke it (no style of their own)
    const breaks = paragraphs.filter((p) => p.xml.includes('<w:pageBreakBefore/>') && p.style !== undefined);
    expect(breaks.map((p) => [p.style, p.text])).toEqual([
      ['AttachmentLabel', '附件1'],
      ['AttachmentLabel', '附件2'],
    ]);
    for (const label of breaks) {
      const index = paragraphs.indexOf(label);
      expect(paragraphs[index + 1]?.text).toBe('');
      expect(paragraphs[index + 2]?.style).toBe('AttachmentTitle');
    }
  });

  it('labels a single unnumbered attachment 附件', async () => {
    const sample = sampleNotice();
    const attachment = sample.tree.children.find((node) => node.type === 'gongwenAttachment');
    const { xml } = await writeAndUnpack(noticeWith([{ ...attachment!, number: undefined } as RootContent]));
    expect(paragraphsOf(xml('word/document.xml'))[0]?.text).toBe('附件');
  });

  it('rules the tables at full text width, repeating the header row and never splitting a row', () => {
    const tables = documentXml.match(/<w:tbl>.*?<\/w:tbl>/g) ?? [];
    expect(tables).toHaveLength(2);
    const textWidth = PAGE.widthTwip - PAGE.marginLeftTwip - PAGE.marginRightTwip;
    for (const table of tables) {
      expect(attributesOf(table, 'w:tblW')).toEqual({ 'w:type': 'dxa', 'w:w': String(textWidth) });
      const columns = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map(([, width]) => Number(width));
      expect(columns.reduce((sum, width) => sum + width, 0)).toBe(textWidth);
      const rows = table.match(/<w:tr>.*?<\/w:tr>/g) ?? [];
      expect(rows[0]).toMatch(/<w:trPr><w:cantSplit\/><w:tblHeader\/><\/w:trPr>/);
      for (const row of rows.slice(1)) expect(row).toMatch(/<w:cantSplit\/><w:tblHeader w:val="off"\/>/);
      for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) {
        expect(table).toMatch(new RegExp(`<w:${side} w:val="single"`));
      }
    }
  });
});
