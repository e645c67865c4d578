// The HTML writer: a standalone, readable web page (通报.html) with the government page
// metadata, the article remade for pasting into a site's content management system
// (通报.fragment.html) with its charts as image files (图N.png, 图N.svg), and the 政府信息公开
// form's fields beside them. No seal on the web.

import { fontVariables, rootRule } from '../../layout/css-vars.js';
import { beginChartPictures, chartsIn, type ChartPictures } from '../chart/pictures.js';
import { FILE_NAMES, chartImageNames } from '../file-names.js';
import type { OutputFile, Writer } from '../types.js';
import { cmsFragment } from './cms-fragment.js';
import { pageAroundArticle } from './page.js';
import { disclosureFiles, pageMetadata } from './publication.js';
import { readStyleSheet } from './style-sheets.js';
import { serializeHtml } from './serialize.js';
import { noticeToHast } from './to-hast.js';

const utf8 = new TextEncoder();

/** 图N.png (rasterised as for the DOCX) and 图N.svg (as the page draws it), in document order. */
function chartImageFiles(pictures: ChartPictures): OutputFile[] {
  return [...pictures].flatMap(([chart, picture]) => {
    const names = chartImageNames(chart.number);
    return [
      { name: names.png, bytes: picture.png },
      { name: names.svg, bytes: utf8.encode(picture.drawing.svg) },
    ];
  });
}

export const writeHtml: Writer = async (doc, context) => {
  // begun first: resvg rasterises the charts on another core while this thread makes the page
  const charts = await beginChartPictures(doc, context);
  const article = noticeToHast({ doc, mode: 'web' });
  const articleHtml = serializeHtml(article);
  const chartNumbers = new Map(chartsIn(doc.tree).map((chart) => [chart.id, chart.number]));
  const fragment = cmsFragment(article, {
    keepTitle: doc.publication?.site.fragmentTitle ?? true,
    chartImage: (figureId) => {
      const chartNumber = chartNumbers.get(figureId);
      if (chartNumber === undefined) throw new Error(`片段中的图表“${figureId}”不在文档树里`);
      return chartImageNames(chartNumber).png;
    },
  });
  const styleSheet = rootRule(fontVariables(doc.fonts)) + (await readStyleSheet('web.css'));
  const page = pageAroundArticle({ title: doc.titleText, meta: pageMetadata(doc), styleSheet, articleHtml });
  return [
    { name: FILE_NAMES.page, bytes: utf8.encode(page) },
    { name: FILE_NAMES.fragment, bytes: utf8.encode(serializeHtml(fragment)) },
    ...chartImageFiles(await charts.pictures),
    ...disclosureFiles(doc),
  ];
};
