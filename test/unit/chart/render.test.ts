// The chart renderer: the same chart gives the same bytes however many charts the process drew
// before; the SVG carries the labels as text in the layout profile's font; the sanitizer lets
// every chart kind through unchanged and strips anything active added to it.

import type { Element } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { CHART } from '../../../src/layout/gbt9704.js';
import type { ChartKind, GongwenChart } from '../../../src/model/document.js';
import { drawChart } from '../../../src/write/chart/index.js';
import { chartPictures } from '../../../src/write/chart/pictures.js';
import { chartRasteriser } from '../../../src/write/chart/png.js';
import { NOTICE_SCHEMA } from '../../../src/write/html/sanitize-schema.js';
import { noticeToHast } from '../../../src/write/html/to-hast.js';

function chart(kind: ChartKind, number = 1): GongwenChart {
  const value = (printed: string, exact: number | null) => ({ printed, value: exact });
  return {
    type: 'gongwenChart',
    number,
    id: `figure-${number}`,
    kind,
    title: [{ type: 'text', value: '一级扣分指标对比' }],
    measure: '平均得分指数',
    unit: '',
    axisMax: 1,
    categories: ['发布解读', '办事服务<&>'],
    series: [
      { name: '2020年第一季度', values: [value('0.87', 0.871), value('0.82', 0.82)] },
      ...(kind === 'bar-compare' ? [{ name: '2019年第四季度', values: [value('0.86', 0.86), value('—', null)] }] : []),
    ],
  };
}

const KINDS: ChartKind[] = ['bar', 'bar-compare', 'bar-horizontal'];

describe('drawChart', () => {
  it('gives the same bytes for the same chart, whatever was drawn before in the process', () => {
    const first = drawChart({ chart: chart('bar-compare') }).svg;
    for (const kind of KINDS) drawChart({ chart: chart(kind, 5) });
    expect(drawChart({ chart: chart('bar-compare') }).svg).toBe(first);
    expect(first).not.toMatch(/zr\d+-/);
  });

  it('draws a chart once for every writer of a build: the same drawing for the same chart in the same fonts', () => {
    const node = chart('bar');
    const drawing = drawChart({ chart: node });
    // the web page, the print page and the pictures ask for it again
    expect(drawChart({ chart: node })).toBe(drawing);
    // other fonts, another drawing: the labels name them
    const inIssuersHeiti = drawChart({ chart: node, fonts: { heiti: '方正黑体' } });
    expect(inIssuersHeiti).not.toBe(drawing);
    expect(inIssuersHeiti.svg).toContain(`font-family="'方正黑体', '黑体'`);
    expect(drawChart({ chart: node, fonts: { heiti: '方正黑体' } })).toBe(inIssuersHeiti);
  });

  it('writes labels and printed values as text in the chart font, Windows names first, with nothing interactive', () => {
    const { svg, widthPx } = drawChart({ chart: chart('bar-compare') });
    for (const label of ['发布解读', '办事服务&lt;&amp;&gt;', '0.87', '0.86', '2019年第四季度']) expect(svg).toContain(`>${label}</text>`);
    // no bar and no label where the earlier quarter has no value
    expect(svg).not.toContain('>—<');
    expect(svg).toContain(`font-family="'黑体', 'SimHei'`);
    expect(svg).toContain(`fill="${CHART.accent}"`);
    expect(svg).not.toMatch(/<style|class=|ecmeta|pointer-events|style=/);
    expect(widthPx).toBe(Math.round((CHART.widthMm * 96) / 25.4));
  });

  it('rasterises to the same PNG every time, with the CJK labels drawn', async () => {
    // resvg loads here, so no browser is asked for
    const rasterise = await chartRasteriser({ browser: () => Promise.reject(new Error('no browser')), printsPdf: false });
    const drawing = drawChart({ chart: chart('bar') });
    const png = await rasterise(drawing);
    expect(Buffer.from(png.subarray(1, 4)).toString()).toBe('PNG');
    expect(Buffer.from(await rasterise(drawing)).equals(Buffer.from(png))).toBe(true);
    // labels change the pixels: the same chart without its category names differs
    const unlabelled = drawChart({ chart: { ...chart('bar'), categories: ['', ''] } });
    expect(Buffer.from(await rasterise(unlabelled)).equals(Buffer.from(png))).toBe(false);
  });
});

describe('charts in the sanitized HTML', () => {
  const figureOf = (kind: ChartKind, mode: 'web' | 'print' = 'web') =>
    noticeToHast({ doc: { tree: { type: 'root', children: [chart(kind)] }, titleText: '', date: '2020-04-15', author: '', fonts: {} }, mode });

  it('lets every kind of chart through the sanitizer unchanged', () => {
    for (const kind of KINDS) {
      const article = figureOf(kind);
      expect(toHtml(sanitize(article, NOTICE_SCHEMA)), kind).toBe(toHtml(article));
      const svg = toHtml(article).match(/<svg[\s\S]*<\/svg>/)?.[0] ?? '';
      // the same elements and attributes as the renderer's SVG, none lost to the sanitizer
      const raw = drawChart({ chart: chart(kind) }).svg;
      expect(svg.match(/<path/g)?.length, kind).toBe(raw.match(/<path/g)?.length);
      expect(svg.match(/ (stroke-width|text-anchor|dominant-baseline|font-family)=/g)?.length ?? 0, kind).toBe(
        raw.match(/ (stroke-width|text-anchor|dominant-baseline|font-family)=/g)?.length ?? 0,
      );
    }
  });

  it('strips script, handlers, foreignObject, external references and url() paint from SVG', () => {
    const svg: Element = {
      type: 'element',
      tagName: 'svg',
      properties: { onLoad: 'alert(1)', viewBox: '0 0 1 1' },
      children: [
        { type: 'element', tagName: 'script', properties: {}, children: [{ type: 'text', value: 'alert(1)' }] },
        { type: 'element', tagName: 'foreignObject', properties: {}, children: [] },
        { type: 'element', tagName: 'image', properties: { href: 'https://example.com/x.png' }, children: [] },
        { type: 'element', tagName: 'a', properties: { href: 'javascript:alert(1)' }, children: [] },
        { type: 'element', tagName: 'path', properties: { d: 'M0 0', fill: 'url(https://example.com/#p)', onClick: 'x()' }, children: [] },
        { type: 'element', tagName: 'style', properties: {}, children: [{ type: 'text', value: '*{}' }] },
      ],
    };
    const html = toHtml(sanitize(svg, NOTICE_SCHEMA));
    expect(html).toContain('<path d="M0 0"></path>');
    expect(html).not.toMatch(/<script|<style|<foreignObject|<image|\bon[a-z]+=|href|url\(|javascript:/i);
  });

  it('shows 图N and the title under the chart, names the SVG by it, and gives the data as a table on the web only', () => {
    const web = toHtml(figureOf('bar-compare'));
    expect(web).toMatch(/<figure id="figure-1" class="chart"><svg [^>]*role="img" aria-label="图1 一级扣分指标对比"/);
    expect(web).toContain('<figcaption class="chart-caption">图1 一级扣分指标对比</figcaption>');
    expect(web).toContain('<details class="chart-data"><summary>图1的数据</summary><table>');
    expect(web).toContain('<th scope="row">发布解读</th><td class="figure-cell">0.87</td><td class="figure-cell">0.86</td>');
    expect(web).toContain('<th scope="row">办事服务&#x3C;&#x26;></th><td class="figure-cell">0.82</td><td>—</td>');
    const print = toHtml(figureOf('bar-compare', 'print'));
    expect(print).toContain('<svg');
    expect(print).not.toContain('<details');
  });

  it('labels the chart in the issuer’s 黑体 (fonts: in _issuer.yaml), on the page and in the DOCX pictures', async () => {
    const doc = { tree: { type: 'root' as const, children: [chart('bar')] }, titleText: '', date: '2020-04-15', author: '', fonts: { heiti: '方正黑体_GBK' } };
    // the hast's own property values, as hast-util-to-html then escapes the quotes
    for (const mode of ['web', 'print'] as const) expect(JSON.stringify(noticeToHast({ doc, mode }))).toContain(`"fontFamily":"'方正黑体_GBK', '黑体', 'SimHei'`);
    const [picture] = (await chartPictures(doc, { browser: () => Promise.reject(new Error('no browser')), printsPdf: false })).values();
    expect(picture!.drawing.svg).toContain(`font-family="'方正黑体_GBK', '黑体'`);
  });
});
