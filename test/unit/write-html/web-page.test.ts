import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeHtml } from '../../../src/write/html/index.js';
import type { OutputFile } from '../../../src/write/types.js';
import { HOSTILE_NAME, sampleNotice } from '../../fixtures/sample-notice.js';

const noBrowser = { browser: () => Promise.reject(new Error('the HTML writer must not start a browser')), printsPdf: false };
const decode = (file: OutputFile | undefined) => new TextDecoder().decode(file?.bytes);

function byName(files: OutputFile[], name: string): OutputFile {
  const file = files.find((f) => f.name === name);
  if (!file) throw new Error(`no ${name} among ${files.map((f) => f.name).join(', ')}`);
  return file;
}

const text = (node: Element | undefined) => (node ? toString(node) : undefined);

describe('writeHtml: standalone page', () => {
  const doc = sampleNotice();
  let files: OutputFile[];
  let page: Root;

  beforeAll(async () => {
    files = await writeHtml(doc, noBrowser);
    page = fromHtml(decode(byName(files, '通报.html')));
  });

  it('writes the page and the CMS fragment, nothing else', () => {
    expect(files.map((f) => f.name).sort()).toEqual(['通报.fragment.html', '通报.html']);
  });

  it('is a Chinese, UTF-8, mobile-ready page titled after the notice', () => {
    expect(select('html', page)?.properties.lang).toBe('zh-CN');
    expect(select('meta[charset]', page)?.properties.charSet).toBe('utf-8');
    expect(select('meta[name="viewport"]', page)?.properties.content).toContain('width=device-width');
    expect(text(select('head > title', page))).toBe(doc.titleText);
  });

  it('inlines the web style sheet with the 公文 font stacks', () => {
    const css = text(select('head > style', page)) ?? '';
    expect(css).toContain('--font-fangsong: "仿宋_GB2312"');
    expect(css).toContain('max-width: 48em');
    expect(css).toContain('overflow-x: auto');
    expect(css).not.toMatch(/@page/);
  });

  it('has one h1, the title, inside one article, the 发文字号 above it and the 主送 after it', () => {
    const article = select('body > main > article', page);
    expect(selectAll('article', page)).toHaveLength(1);
    expect(selectAll('h1', page)).toHaveLength(1);
    expect(text(select('article > h1', page))).toBe(doc.titleText);
    const [first, second, third] = selectAll('article > *', page);
    expect([first?.properties.className, second?.tagName, third?.properties.className]).toEqual([['doc-number'], 'h1', ['addressee']]);
    expect(text(first)).toBe('示政办函〔2025〕18号');
    expect(text(select('h1 + .addressee', article))).toBe('各区（县）人民政府，市政府各部门：');
  });

  it('maps heading depths 1–4 to h2–h5, keeping their numbers as text', () => {
    expect(selectAll('article > h2', page).map(text)).toEqual(['一、总体情况', '二、存在的主要问题', '三、下一步工作要求']);
    expect(selectAll('h3', page).map(text)).toEqual(['（一）政府网站检查情况', '（二）政务新媒体检查情况']);
    expect(text(select('h4', page))).toBe('1.内容更新不及时。');
    expect(text(select('h5', page))).toBe('（1）个别栏目长期未更新。');
  });

  it('captions every table with its attachment title and scopes the header cells', () => {
    const sections = selectAll('section.attachment', page);
    expect(sections.map((s) => s.properties.id)).toEqual(['attachment-1', 'attachment-2']);
    expect(sections.map((s) => text(select('.attachment-label', s)))).toEqual(['附件1', '附件2']);
    const titles = ['2025年第三季度全市政府网站检查不合格名单', '2025年第三季度全市政务新媒体检查不合格名单'];
    expect(sections.map((s) => text(select('table > caption', s)))).toEqual(titles);
    for (const table of selectAll('table', page)) {
      const headers = selectAll('thead th', table);
      expect(headers.length).toBeGreaterThan(3);
      expect(headers.every((th) => th.properties.scope === 'col')).toBe(true);
      expect(selectAll('tbody th', table)).toHaveLength(0);
    }
  });

  it('wraps tables in a focusable box that scrolls sideways on narrow screens, named by the caption', () => {
    const wrappers = selectAll('.table-scroll', page);
    expect(wrappers).toHaveLength(2);
    expect(wrappers.every((w) => select(':scope > table', w) && w.properties.tabIndex === 0)).toBe(true);
    for (const wrapper of wrappers) {
      const [captionId] = wrapper.properties.ariaLabelledBy as string[];
      expect(wrapper.tagName).toBe('section');
      expect(select(`caption[id="${captionId}"]`, wrapper)).toBeDefined();
    }
    expect(text(select('[id="attachment-1-title"]', page))).toBe('2025年第三季度全市政府网站检查不合格名单');
  });

  it('lists the attachments with links that land on the attachment sections', () => {
    const links = selectAll('.attachment-list a', page);
    expect(links.map((a) => a.properties.href)).toEqual(['#attachment-1', '#attachment-2']);
    for (const link of links) {
      const target = select(`[id="${String(link.properties.href).slice(1)}"]`, page);
      expect(target?.tagName).toBe('section');
      expect(text(select('caption', target))).toBe(text(link));
    }
    expect(selectAll('.attachment-number', page).map(text)).toEqual(['1.', '2.']);
    expect(text(select('.attachment-list-label', page))).toBe('附件：');
  });

  it('marks up the signature with a machine-readable date, and the 附注 after it', () => {
    const signature = select('div.signature', page);
    expect(text(select('.signature-issuer', signature))).toBe('示例市人民政府办公室');
    const time = select('.signature-date > time', signature);
    expect(time?.properties.dateTime).toBe('2025-10-15');
    expect(text(time)).toBe('2025年10月15日');
    expect(text(select('div.signature + p.annotation', page))).toBe('（此件公开发布）');
  });

  it('carries no seal, although the notice has one', () => {
    expect(sampleNotice().tree.children.some((n) => n.type === 'gongwenSignature' && n.seal)).toBe(true);
    expect(selectAll('img', page)).toHaveLength(0);
    expect(decode(byName(files, '通报.html'))).not.toContain('data:image');
  });

  it('keeps hostile names as text: no script, no event handler, no style attribute', () => {
    expect(selectAll('article script, article b', page)).toHaveLength(0);
    expect(selectAll('script', page)).toHaveLength(0);
    for (const element of selectAll('*', page)) {
      for (const name of Object.keys(element.properties)) {
        expect(name.toLowerCase().startsWith('on'), `${element.tagName}.${name}`).toBe(false);
        expect(name).not.toBe('style');
      }
      expect(String(element.properties.href ?? '')).not.toMatch(/^\s*javascript:/i);
    }
    const paragraphs = selectAll('article > p', page).map(text);
    expect(paragraphs.some((p) => p?.includes(`如${HOSTILE_NAME}微信公众号。`))).toBe(true);
    expect(selectAll('td', page).map(text)).toContain(HOSTILE_NAME);
  });

  it('gives the same bytes for the same notice', async () => {
    const again = await writeHtml(sampleNotice(), noBrowser);
    expect(again.map((f) => Buffer.from(f.bytes).toString('base64'))).toEqual(files.map((f) => Buffer.from(f.bytes).toString('base64')));
  });
});

describe('writeHtml: CMS fragment', () => {
  it('is the article’s blocks alone, with no page or <article> around them and no class, id or attachment link', async () => {
    const fragment = decode(byName(await writeHtml(sampleNotice(), noBrowser), '通报.fragment.html'));
    expect(fragment).not.toMatch(/<(html|head|body|style|title|meta|article|section)\b|<!doctype/i);
    expect(fragment).not.toMatch(/\s(class|id|role|aria-[a-z]+|tabindex)=/);
    const tree = fromHtml(fragment, { fragment: true });
    expect(selectAll('h1', tree)).toHaveLength(1);
    expect(selectAll('a[href^="#"]', tree)).toHaveLength(0);
    expect(selectAll('table', tree).length).toBeGreaterThan(0);
    expect(selectAll('table', tree).map((table) => String(table.properties.border))).not.toContain('undefined');
  });
});
