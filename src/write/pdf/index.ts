// The PDF writer: the print page rendered by the build's browser, with its timestamps fixed
// to the notice's date so the same input gives the same bytes.

import type { Writer } from '../types.js';
import { withFixedDates } from './pdf-dates.js';
import { printHtml } from './print-page.js';
import { renderPdf } from './render.js';

export const writePdf: Writer = async (doc, context) => {
  const html = await printHtml(doc);
  const pdf = await renderPdf({ browser: await context.browser(), html });
  return [{ name: '通报.pdf', bytes: withFixedDates({ pdf, date: doc.date }) }];
};
