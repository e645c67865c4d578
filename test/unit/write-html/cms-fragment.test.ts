// The CMS fragment pasted into a portal editor: run through js-xss set up as UEditor ships it
// (the default whitelist without svg, figure, figcaption, time, summary and details, and an
// unlisted element removed with its content), the example notice keeps every sentence, figure,
// date, table cell and chart image; and with no style sheet Chromium draws its tables with
// borders and numbers its 附件说明 once.

import { resolve } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FilterXSS, getDefaultWhiteList } from 'xss';
import { prepareNotice } from '../../../src/build.js';
import type { NoticeDocument } from '../../../src/model/document.js';
import { chartsIn } from '../../../src/write/chart/pictures.js';
import { writeHtml } from '../../../src/write/html/index.js';
import { createBrowserSession, openOfflinePage } from '../../../src/write/pdf/browser.js';
import type { OutputFile } from '../../../src/write/types.js';

const EXAMPLE = resolve(import.meta.dirname, '../../../data/示例市/2025-q3.yaml');
const SEED_001 = resolve(import.meta.dirname, '../../../data/seeds/001-广西/2020-q1.yaml');
const noBrowser = { browser: () => Promise.reject(new Error('the HTML writer must not start a browser')), printsPdf: false };
const decode = (file: OutputFile | undefined) => new TextDecoder().decode(file?.bytes);

/** UEditor's xssFilter: js-xss's whitelist less the elements it does not list. */
function ueditorLikeFilter(): FilterXSS {
  const whiteList = getDefaultWhiteList();
  for (const tag of ['svg', 'figure', 'figcaption', 'time', 'summary', 'details']) delete whiteList[tag];
  return new FilterXSS({ whiteList, stripIgnoreTagBody: true });
}

const compact = (node: Root | Element) => toString(node).replace(/\s+/g, '');
/** Figures as written: 90.9%, 2025, 18… in reading order. */
const figuresOf = (textValue: string) => textValue.match(/\d+(\.\d+)?%?/g) ?? [];
const cellsOf = (tree: Root) => selectAll('table', tree).map((table) => selectAll('tr', table).map((row) => selectAll('th, td', row).map(compact)));

interface WrittenNotice {
  readonly notice: NoticeDocument;
  readonly files: OutputFile[];
  readonly fragmentHtml: string;
  readonly filteredHtml: string;
  readonly fragment: Root;
  readonly filtered: Root;
  /** The article of the full page, less what the fragment shows otherwise: the charts' drawn labels (an image there) and the data widgets' summary lines. */
  readonly article: Element;
}

async function written(source: string): Promise<WrittenNotice> {
  const { document: notice } = await prepareNotice(source, () => {});
  const files = await writeHtml(notice, noBrowser);
  const fragmentHtml = decode(files.find((f) => f.name === '通报.fragment.html'));
  const filteredHtml = ueditorLikeFilter().process(fragmentHtml);
  const article = select('article', fromHtml(decode(files.find((f) => f.name === '通报.html'))))!;
  for (const parent of selectAll('figure, details', article)) {
    parent.children = parent.children.filter((child) => !(child.type === 'element' && (child.tagName === 'summary' || child.tagName === 'svg')));
  }
  return { notice, files, fragmentHtml, filteredHtml, fragment: fromHtml(fragmentHtml, { fragment: true }), filtered: fromHtml(filteredHtml, { fragment: true }), article };
}

let example: WrittenNotice;
beforeAll(async () => {
  example = await written(EXAMPLE);
});

// seed 001 has two charts and a 文号; through such a filter tongbao's first fragment lost both charts and the date
describe.each([
  ['the example', EXAMPLE],
  ['seed 001', SEED_001],
])('the CMS fragment of %s through a UEditor-like whitelist', (_, source) => {
  let notice: NoticeDocument;
  let files: OutputFile[];
  let fragmentHtml: string;
  let fragment: Root;
  let filtered: Root;
  let article: Element;
  beforeAll(async () => {
    ({ notice, files, fragmentHtml, fragment, filtered, article } = source === EXAMPLE ? example : await written(source));
  });

  it('loses no text at all: the same characters before and after filtering', () => {
    expect(compact(filtered)).toBe(compact(fragment));
  });

  it('keeps every sentence of the notice and every figure, in order', () => {
    const kept = compact(filtered);
    const sentences = selectAll('p, h1, h2, h3, h4, h5, h6, caption', article).map(compact).filter((sentence) => sentence.length > 0);
    expect(sentences.length).toBeGreaterThan(20);
    for (const sentence of sentences) expect(kept).toContain(sentence);
    expect(figuresOf(kept)).toEqual(figuresOf(compact(article)));
  });

  it('keeps the 成文日期 and the signature', () => {
    const kept = compact(filtered);
    expect(kept).toContain(compact(select('.signature-date', article)!));
    expect(kept).toContain(compact(select('.signature-issuer', article)!));
  });

  it('keeps every table cell, cell by cell, and every table bordered', () => {
    const pageTables = cellsOf({ type: 'root', children: [article] });
    expect(pageTables.length).toBeGreaterThan(2);
    expect(cellsOf(filtered)).toEqual(pageTables);
    expect(selectAll('table', filtered).map((table) => String(table.properties.border))).toEqual(pageTables.map(() => '1'));
  });

  it('keeps every chart as an image of a file written beside it, named by its alt text', () => {
    const charts = chartsIn(notice.tree);
    expect(charts.length).toBeGreaterThan(0);
    const images = selectAll('img', filtered);
    expect(images.map((image) => image.properties.src)).toEqual(charts.map((chart) => `./图${chart.number}.png`));
    for (const [index, chart] of charts.entries()) {
      expect(String(images[index]!.properties.alt)).toMatch(new RegExp(`^图${chart.number} \\S`));
      // shown at the size the page draws it, not at the PNG's print resolution
      expect(Number(images[index]!.properties.width)).toBeGreaterThan(100);
      expect(Number(images[index]!.properties.width)).toBeLessThan(800);
      const png = files.find((f) => f.name === `图${chart.number}.png`)!.bytes;
      expect(Buffer.from(png.subarray(1, 4)).toString('latin1')).toBe('PNG');
      expect(decode(files.find((f) => f.name === `图${chart.number}.svg`))).toMatch(/^<svg[\s>]/);
    }
  });

  it('has nothing for the filter to take but scope: no element outside the whitelist, no attribute pointing at a stripped one', () => {
    expect(fragmentHtml).not.toMatch(/<(svg|figure|figcaption|time|summary|details|article|section)\b/);
    expect(fragmentHtml).not.toMatch(/\s(class|id|role|aria-[a-z]+|tabindex)=/);
  });
});

describe('site.fragmentTitle: false, for an editor that prints the title and 文号 from its own fields', () => {
  it('leaves both out of the fragment, and only them', async () => {
    const { notice } = example;
    const site = { ...notice.publication!.site, fragmentTitle: false };
    const withoutTitle = await writeHtml({ ...notice, publication: { ...notice.publication!, site } }, noBrowser);
    const shorter = fromHtml(decode(withoutTitle.find((f) => f.name === '通报.fragment.html')), { fragment: true });
    const title = compact(select('h1', example.article)!);
    const docNumber = compact(select('.doc-number', example.article)!);
    expect(compact(example.fragment)).toContain(title);
    expect(compact(example.fragment)).toContain(docNumber);
    expect(select('h1', shorter)).toBeUndefined();
    expect(compact(example.fragment).replace(docNumber, '').replace(title, '')).toBe(compact(shorter));
  });
});

describe('the filtered fragment in Chromium with no style sheet', () => {
  const session = createBrowserSession();
  afterAll(() => session.close());

  async function rendered(html: string) {
    const tab = await openOfflinePage(await session.browser());
    await tab.setContent(`<!doctype html><html lang="zh-CN"><meta charset="utf-8"><body>${html}</body></html>`, { waitUntil: 'load' });
    return tab;
  }

  it('draws a border around every table cell', async () => {
    const tab = await rendered(example.filteredHtml);
    const widths = await tab.$$eval('td, th', (cells) => cells.map((cell) => parseFloat(getComputedStyle(cell).borderTopWidth)));
    expect(widths.length).toBeGreaterThan(10);
    expect(widths.filter((width) => !(width > 0))).toEqual([]);
    await tab.close();
  });

  it('numbers the 附件说明 once: the numbers are in the text, no list adds its own', async () => {
    const tab = await rendered(example.filteredHtml);
    const markers = await tab.$$eval('*', (elements) =>
      elements.filter((e) => getComputedStyle(e).display === 'list-item' && getComputedStyle(e).listStyleType !== 'none').map((e) => e.textContent),
    );
    expect(markers).toEqual([]);
    const shown = await tab.evaluate(() => document.body.innerText);
    expect(shown).toMatch(/附件：1\.\S/);
    expect(shown).not.toMatch(/1\.\s*1\./);
    await tab.close();
  });

  it('unfiltered, sets the signature and date on the right and the title centred', async () => {
    const tab = await rendered(example.fragmentHtml);
    const alignments = await tab.$$eval('h1, p', (blocks) => blocks.map((block) => [block.textContent, getComputedStyle(block).textAlign]));
    const alignmentOf = (textValue: string) => alignments.find(([content]) => content === textValue)?.[1];
    expect(alignmentOf(toString(select('.signature-date', example.article)!))).toBe('right');
    expect(alignmentOf(toString(select('.signature-issuer', example.article)!))).toBe('right');
    expect(alignmentOf(example.notice.titleText)).toBe('center');
    await tab.close();
  });
});
