import type { Heading, Link, Paragraph } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../src/compose/parse.js';
import { isTongbaoError } from '../../../src/diagnostics/diagnostic.js';
import type { GongwenAttachment, GongwenAttachmentList, GongwenSignature } from '../../../src/model/document.js';

const NOTICE = `:::title
某市关于检查情况的通报
:::

:::addressee
各区人民政府：
:::

导语。详见:ref{to=b}。

# 总体情况

## 网站

## 新媒体

### 细项

#### 更细

### 细项二

# 问题

## 第一类

:::signature
某市人民政府办公室

2025年10月15日
:::

:::attachment[甲名单]{key=a}
| 序号 | 名称 |
| --- | --- |
| 1 | 某网站 |
:::

:::attachment[乙名单]{key=b}
注：无。
:::
`;

function headingText(h: Heading): string {
  return h.children.map((c) => ('value' in c ? c.value : '')).join('');
}

describe('parseNotice', () => {
  const tree = parseNotice(NOTICE, {});

  it('numbers headings 一、（一）1.（1） and restarts lower levels', () => {
    const headings = tree.children.filter((c): c is Heading => c.type === 'heading').map(headingText);
    expect(headings).toEqual(['一、总体情况', '（一）网站', '（二）新媒体', '1.细项', '（1）更细', '2.细项二', '二、问题', '（一）第一类']);
  });

  it('turns blocks into 公文 nodes in order, with 附件说明 generated before 署名', () => {
    expect(tree.children.map((c) => c.type).filter((t) => t.startsWith('gongwen'))).toEqual([
      'gongwenTitle',
      'gongwenAddressee',
      'gongwenAttachmentList',
      'gongwenSignature',
      'gongwenAttachment',
      'gongwenAttachment',
    ]);
    const list = tree.children.find((c): c is GongwenAttachmentList => c.type === 'gongwenAttachmentList')!;
    expect(list.children.map((i) => [i.number, i.target, i.children.map((c) => ('value' in c ? c.value : '')).join('')])).toEqual([
      [1, 'attachment-1', '甲名单'],
      [2, 'attachment-2', '乙名单'],
    ]);
    const attachments = tree.children.filter((c): c is GongwenAttachment => c.type === 'gongwenAttachment');
    expect(attachments.map((a) => a.children.map((c) => c.type))).toEqual([['table'], ['paragraph']]);
    const signature = tree.children.find((c): c is GongwenSignature => c.type === 'gongwenSignature')!;
    expect(signature.children.map((c) => c.type)).toEqual(['gongwenSignatureIssuer', 'gongwenSignatureDate']);
  });

  it('resolves :ref to the attachment label it ends up with', () => {
    const intro = tree.children.find((c): c is Paragraph => c.type === 'paragraph')!;
    const link = intro.children.find((c): c is Link => c.type === 'link')!;
    expect(link.url).toBe('#attachment-2');
    expect(link.children).toEqual([{ type: 'text', value: '附件2' }]);
  });

  it('labels a single attachment 附件 without a number', () => {
    const single = parseNotice(':::attachment[唯一名单]{key=x}\n注。\n:::\n\n见:ref{to=x}。\n', {});
    const attachment = single.children.find((c): c is GongwenAttachment => c.type === 'gongwenAttachment')!;
    expect(attachment.number).toBeUndefined();
    expect(attachment.id).toBe('attachment');
    const link = (single.children.find((c) => c.type === 'paragraph' && c.children.some((x) => x.type === 'link')) as Paragraph).children.find((c): c is Link => c.type === 'link')!;
    expect(link.children).toEqual([{ type: 'text', value: '附件' }]);
  });

  it('keeps raw HTML and stray :directives as literal text', () => {
    const parsed = parseNotice('文字<script>alert(1)</script>和邮箱:abc。\n\n<div onclick="x()">块</div>\n', {});
    const texts = JSON.stringify(parsed);
    expect(texts).not.toContain('"type":"html"');
    expect(texts).not.toContain('"type":"textDirective"');
    const paragraphs = parsed.children.map((p) => (p as Paragraph).children.map((c) => ('value' in c ? c.value : '')).join(''));
    expect(paragraphs).toEqual(['文字<script>alert(1)</script>和邮箱:abc。', '<div onclick="x()">块</div>']);
  });

  it('drops a block that came out empty, such as an absent 文号', () => {
    const parsed = parseNotice(':::doc-number\n:::\n\n正文。\n', {});
    expect(parsed.children.map((c) => c.type)).toEqual(['paragraph']);
  });

  it('rejects unknown blocks, a signature without two lines, and references to missing attachments', () => {
    for (const bad of [':::seal\n印\n:::\n', ':::signature\n只有署名\n:::\n', '见:ref{to=none}。\n']) {
      let caught: unknown;
      try {
        parseNotice(bad, {});
      } catch (error) {
        caught = error;
      }
      expect(isTongbaoError(caught)).toBe(true);
    }
  });
});

describe('版头 and 版记 blocks', () => {
  it('make a letterhead of the given format and a colophon from its three lines', () => {
    const tree = parseNotice(
      ':::letterhead{format="letter"}\n某市人民政府办公室\n:::\n\n:::title\n标题\n:::\n\n:::colophon\n::copy-to[甲，乙]\n::printed-by[某市人民政府办公室]\n::print-date[2025年10月15日]\n:::\n',
      {},
    );
    expect(tree.children.map((c) => c.type)).toEqual(['gongwenLetterhead', 'gongwenTitle', 'gongwenColophon']);
    expect(tree.children[0]).toMatchObject({ format: 'letter', children: [{ type: 'text', value: '某市人民政府办公室' }] });
    expect(tree.children[2]).toMatchObject({
      copyTo: [{ type: 'text', value: '甲，乙' }],
      printedBy: [{ type: 'text', value: '某市人民政府办公室' }],
      printDate: [{ type: 'text', value: '2025年10月15日' }],
    });
  });

  it('leaves out 抄送 when empty and rejects an unknown format or a colophon without its organ', () => {
    const tree = parseNotice(':::colophon\n::copy-to[]\n::printed-by[某办]\n::print-date[2025年1月5日]\n:::\n', {});
    expect(tree.children[0]).not.toHaveProperty('copyTo');
    for (const bad of [':::letterhead{format=red}\n某办\n:::\n', ':::colophon\n::print-date[2025年1月5日]\n:::\n', ':::colophon\n::seal[x]\n:::\n']) {
      expect(() => parseNotice(bad, {})).toThrow();
    }
  });
});

describe('the office Markdown reduced to what a 公文 has', () => {
  it('keeps the text of quotations and code as paragraphs and drops rules', () => {
    const tree = parseNotice('> 引用的话\n\n```\n代码 <b>\n```\n\n---\n\n    缩进\n\n正文\n', {});
    expect(tree.children.map((c) => c.type)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph']);
    const texts = tree.children.map((p) => (p as Paragraph).children.map((c) => ('value' in c ? c.value : '')).join(''));
    expect(texts).toEqual(['引用的话', '代码 <b>', '缩进', '正文']);
  });
});

describe('line breaks inside a paragraph', () => {
  it('vanish between Chinese characters and become one space between Latin words; hard breaks stay', () => {
    const tree = parseNotice('换行前的文字\n换行后的文字。see\nalso\n\n第一行  \n第二行', {});
    const [first, second] = tree.children;
    expect(first).toMatchObject({ type: 'paragraph', children: [{ type: 'text', value: '换行前的文字换行后的文字。see also' }] });
    expect(second).toMatchObject({ type: 'paragraph', children: [{ type: 'text', value: '第一行' }, { type: 'break' }, { type: 'text', value: '第二行' }] });
  });
});
