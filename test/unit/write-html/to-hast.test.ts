import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import type { RootContent, Table } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { describe, expect, it } from 'vitest';
import type { NoticeDocument } from '../../../src/model/document.js';
import { noticeToHast } from '../../../src/write/html/to-hast.js';
import { columnPercent, tableColumnWidths } from '../../../src/write/table-columns.js';
import { sampleNotice, sampleSeal } from '../../fixtures/sample-notice.js';

/** A notice whose tree is just the given nodes. */
function noticeOf(children: RootContent[]): NoticeDocument {
  return { ...sampleNotice(), tree: { type: 'root', children } };
}

const text = (node: Element | undefined) => (node ? toString(node) : undefined);

describe('noticeToHast', () => {
  it('shows raw HTML as text, never as markup', () => {
    const doc = noticeOf([{ type: 'html', value: '<img src=x onerror="alert(1)"><script>alert(2)</script>' }]);
    const article = noticeToHast({ doc, mode: 'web' });
    expect(selectAll('img, script', article)).toHaveLength(0);
    expect(toString(article)).toContain('<img src=x onerror="alert(1)"><script>alert(2)</script>');
  });

  it('drops javascript: links, style and event attributes, and classes that are not ours', () => {
    const doc = noticeOf([
      {
        type: 'paragraph',
        data: { hProperties: { className: ['signature', 'evil'], style: 'color:red', onClick: 'x()' } },
        children: [{ type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', value: '点我' }] }],
      },
    ]);
    const paragraph = select('p', noticeToHast({ doc, mode: 'web' }));
    // the sanitizer leaves an empty class list behind, which says nothing
    expect(paragraph && toHtml(paragraph)).toMatch(/^<p( class="")?><a>点我<\/a><\/p>$/);
  });

  it('refuses a node type it has no handler for instead of dropping its text', () => {
    const directive = { type: 'containerDirective', name: 'seal', attributes: {}, children: [] } as unknown as RootContent;
    expect(() => noticeToHast({ doc: noticeOf([directive]), mode: 'web' })).toThrow(/containerDirective/);
  });

  it('adds the seal as a data: PNG in print mode only', () => {
    const doc = sampleNotice();
    const seal = select('.signature > img.seal', noticeToHast({ doc, mode: 'print' }));
    expect(String(seal?.properties.src)).toMatch(/^data:image\/png;base64,iVBOR/);
    expect(seal?.properties.alt).toBe('印章');
    expect(selectAll('img', noticeToHast({ doc, mode: 'web' }))).toHaveLength(0);
    expect(selectAll('img', noticeToHast({ doc: sampleNotice({ seal: false }), mode: 'print' }))).toHaveLength(0);
  });

  it('leaves print tables unwrapped, so they can break across pages', () => {
    const article = noticeToHast({ doc: sampleNotice(), mode: 'print' });
    expect(selectAll('.table-scroll', article)).toHaveLength(0);
    expect(selectAll('section > table > caption', article)).toHaveLength(2);
  });

  it('keeps cells that hold a figure whole, and only those', () => {
    const cell = (value: string) => ({ type: 'tableCell' as const, children: [{ type: 'text' as const, value }] });
    const doc = noticeOf([
      {
        type: 'table',
        children: [
          { type: 'tableRow', children: [cell('地区'), cell('合格率'), cell('网站数')] },
          { type: 'tableRow', children: [cell('海南省'), cell('99.94%'), cell('1037')] },
        ],
      },
    ]);
    const article = noticeToHast({ doc, mode: 'print' });
    expect(selectAll('td.figure-cell', article).map((td) => toString(td))).toEqual(['99.94%', '1037']);
    expect(selectAll('td:not(.figure-cell)', article).map((td) => toString(td))).toEqual(['海南省']);
  });

  it('writes tables as mdast-util-to-hast does, with scope="col" on the header cells and, in print, the shared column widths', () => {
    const cell = (value: string) => ({ type: 'tableCell' as const, children: [{ type: 'text' as const, value: `  ${value}\n  续` }] });
    const table: Table = {
      type: 'table',
      align: ['left', null, 'right'],
      children: [
        { type: 'tableRow', children: [cell('地区'), cell('说明'), cell('备注')] },
        { type: 'tableRow', children: [cell('海南省'), { type: 'tableCell', children: [{ type: 'strong', children: [{ type: 'text', value: '重' }] }] }] },
        { type: 'tableRow', children: [cell('广东省'), cell('无'), cell('有')] },
      ],
    };
    const reference = toHast(table) as Element;
    const head = reference.children.find((child): child is Element => child.type === 'element' && child.tagName === 'thead');
    for (const th of selectAll('th', head)) th.properties.scope = 'col';
    const web = select('table', noticeToHast({ doc: noticeOf([table]), mode: 'web' }));
    expect(web && toHtml(web)).toBe(toHtml(reference));
    const columns: Element[] = tableColumnWidths(table).map((width) => ({ type: 'element', tagName: 'col', properties: { width: columnPercent(width) }, children: [] }));
    reference.children.splice(1, 0, { type: 'element', tagName: 'colgroup', properties: {}, children: columns }, { type: 'text', value: '\n' });
    const print = select('table', noticeToHast({ doc: noticeOf([table]), mode: 'print' }));
    expect(print && toHtml(print)).toBe(toHtml(reference));
  });

  it('converts an attachment table and a link in its cells to a definition outside it, leaving the notice tree as it was', () => {
    const table: Table = {
      type: 'table',
      children: [
        { type: 'tableRow', children: [{ type: 'tableCell', children: [{ type: 'text', value: '网站' }] }] },
        {
          type: 'tableRow',
          children: [{ type: 'tableCell', children: [{ type: 'linkReference', identifier: 'site', referenceType: 'full', children: [{ type: 'text', value: '某市政府网站' }] }] }],
        },
      ],
    };
    const title = [{ type: 'text' as const, value: '检查不合格名单' }];
    const attachment: RootContent = { type: 'gongwenAttachment', id: 'attachment-1', title, children: [table] };
    const doc = noticeOf([attachment, { type: 'definition', identifier: 'site', url: 'https://www.example.gov.cn/' }]);
    const before = structuredClone(doc.tree);
    for (const mode of ['web', 'print'] as const) {
      const article = noticeToHast({ doc, mode });
      expect(text(select('#attachment-1 caption', article))).toBe('检查不合格名单');
      expect(select('#attachment-1 td > a', article)?.properties.href).toBe('https://www.example.gov.cn/');
    }
    // the same objects, rows and all: the writers of one build share the tree
    expect(doc.tree).toEqual(before);
    expect(doc.tree.children[0]).toBe(attachment);
    expect(attachment.children[0]).toBe(table);
  });

  it('labels a single attachment 附件 and lists it without a number', () => {
    const title = [{ type: 'text' as const, value: '检查不合格名单' }];
    const doc = noticeOf([
      {
        type: 'gongwenAttachmentList',
        children: [{ type: 'gongwenAttachmentItem', target: 'attachment-1', children: title }],
      },
      { type: 'gongwenAttachment', id: 'attachment-1', title, children: [{ type: 'paragraph', children: [{ type: 'text', value: '无' }] }] },
    ]);
    const article = noticeToHast({ doc, mode: 'web' });
    expect(selectAll('.attachment-number', article)).toHaveLength(0);
    expect(text(select('.attachment-items a', article))).toBe('检查不合格名单');
    expect(text(select('#attachment-1 > .attachment-label', article))).toBe('附件');
    // no table opens this attachment, so the title is its heading
    expect(text(select('#attachment-1 > h2.attachment-title', article))).toBe('检查不合格名单');
    expect(selectAll('caption', article)).toHaveLength(0);
  });

  it('keeps the attachment ids as given, without a clobber prefix', () => {
    const ids = selectAll('[id]', noticeToHast({ doc: sampleNotice(), mode: 'web' })).map((e) => e.properties.id);
    expect(ids).toEqual(['attachment-1', 'attachment-1-title', 'attachment-2', 'attachment-2-title']);
  });

  it('passes the seal image through untouched in print', () => {
    const doc = noticeOf([
      {
        type: 'gongwenSignature',
        seal: sampleSeal(),
        children: [
          { type: 'gongwenSignatureIssuer', children: [{ type: 'text', value: '某办' }] },
          { type: 'gongwenSignatureDate', children: [{ type: 'text', value: '2025年10月15日' }] },
        ],
      },
    ]);
    const seal = select('img.seal', noticeToHast({ doc, mode: 'print' }));
    const base64 = String(seal?.properties.src).split(',')[1] ?? '';
    expect(Buffer.from(base64, 'base64').equals(Buffer.from(sampleSeal().png))).toBe(true);
  });

  it('shows no 版头 and no 版记 on the web: the 发文字号 stands above the title', () => {
    const article = noticeToHast({ doc: sampleNotice({ letterhead: 'file', colophon: true }), mode: 'web' });
    expect(selectAll('[class^="letterhead"], [class^="colophon"]', article)).toHaveLength(0);
    expect(text(select('.notice > .doc-number', article))).toBe('示政办函〔2025〕18号');
    expect(toString(article)).not.toContain('示例市人民政府办公室文件');
    expect(toString(article)).not.toContain('抄送');
  });

  it('prints the 文件格式 版头 as one block: red name, 发文字号, red rule, then the title', () => {
    const article = noticeToHast({ doc: sampleNotice({ letterhead: 'file' }), mode: 'print' });
    const letterhead = select('.notice > .letterhead-file', article);
    const parts = (letterhead?.children ?? []).filter((c): c is Element => c.type === 'element');
    expect(parts.map((c) => c.properties.className)).toEqual([['letterhead-organ'], ['doc-number'], ['letterhead-rule']]);
    expect(text(parts[0])).toBe('示例市人民政府办公室文件');
    expect(selectAll('.notice > .doc-number', article)).toHaveLength(0);
    expect(select('.notice > .letterhead-file + h1', article)).toBeDefined();
  });

  it('prints on preprinted paper an empty organ line and the 文号 in the 文件格式 block, no rule, then the title', () => {
    const article = noticeToHast({ doc: sampleNotice({ letterhead: 'preprinted' }), mode: 'print' });
    const parts = (select('.notice > .letterhead-preprinted', article)?.children ?? []).filter((c): c is Element => c.type === 'element');
    expect(parts.map((c) => c.properties.className)).toEqual([['letterhead-organ'], ['doc-number']]);
    expect(text(parts[0])).toBe('');
    expect(text(parts[1])).toBe('示政办函〔2025〕18号');
    expect(select('.notice > .letterhead-preprinted + h1', article)).toBeDefined();
  });

  it('prints the 信函格式 版头 with the 文号 only: the name and double lines belong to the page', () => {
    const article = noticeToHast({ doc: sampleNotice({ letterhead: 'letter', colophon: true }), mode: 'print' });
    const parts = (select('.letterhead-letter', article)?.children ?? []).filter((c): c is Element => c.type === 'element');
    expect(parts.map((c) => c.properties.className)).toEqual([['doc-number']]);
    // 10.1: the 版记 of a 信函格式 keeps only its 抄送 line
    expect(text(select('.colophon', article))?.trim()).toBe('抄送：市委办公室，市人大常委会办公室。');
    expect(selectAll('.colophon-print', article)).toHaveLength(0);
  });

  it('prints the 版记 last, after a blank-page placeholder: 抄送 ending in 。, 印发机关, date with 印发', () => {
    const article = noticeToHast({ doc: sampleNotice({ colophon: true }), mode: 'print' });
    const elements = article.children.filter((c): c is Element => c.type === 'element');
    expect(elements.slice(-2).map((c) => c.properties.className)).toEqual([['colophon-blank-page'], ['colophon']]);
    expect(text(select('.colophon-copy-to', article))).toBe('抄送：市委办公室，市人大常委会办公室。');
    expect(text(select('.colophon-printed-by', article))).toBe('示例市人民政府办公室');
    expect(text(select('.colophon-print-date', article))).toBe('2025年10月15日印发');
  });
});
