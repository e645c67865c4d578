// An independent OFD reader for the tests: ofd.js (npm, Apache-2.0), the reader many Chinese web
// systems embed, run in the build's Chromium on an offline page. Its parser is its own (a
// WebAssembly core); it draws each page as SVG, text in installed fonts by the OFD's family names.
// Without a licence key it writes a "demotest" watermark over each page: comparisons mask it.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'puppeteer-core';
import { openOfflinePage } from '../../../src/write/pdf/browser.js';

const require = createRequire(import.meta.url);
const script = (module: string) => readFileSync(require.resolve(module), 'utf8');

/**
 * Runs in the page, as text: a function passed to evaluate() would carry the helpers the test
 * runner's compiler adds, which the page does not have.
 */
const RENDER_IN_PAGE = `(base64, widthPx) => new Promise((resolve, reject) => {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  window.ofd.parseOfdDocument({
    ofd: bytes.buffer,
    success: (documents) => {
      const divs = window.ofd.renderOfd(widthPx, documents[0]);
      const holder = document.getElementById('pages');
      for (const div of divs) holder.appendChild(div);
      resolve(divs.map((div) => ({ width: div.offsetWidth, height: div.offsetHeight })));
    },
    fail: (error) => reject(new Error('ofd.js: ' + error)),
  });
})`;

export interface OfdJsPage {
  /** PNG screenshot of the page as ofd.js draws it */
  readonly png: Uint8Array;
  readonly widthPx: number;
  readonly heightPx: number;
}

/** Every page of `ofd` rendered by ofd.js about `widthPx` wide (it rounds its scale to 0.1 px/mm), or the reader's error. */
export async function renderWithOfdJs(browser: Browser, ofd: Uint8Array, widthPx: number): Promise<OfdJsPage[]> {
  const page = await openOfflinePage(browser);
  try {
    await page.setContent('<!doctype html><html><body style="margin:0;background:#888"><div id="pages"></div></body></html>');
    for (const module of ['ofd.js/lib/ofd.umd.min.js']) await page.addScriptTag({ content: script(module) });
    const sizes = (await page.evaluate(`(${RENDER_IN_PAGE})(${JSON.stringify(Buffer.from(ofd).toString('base64'))}, ${widthPx})`)) as Array<{ width: number; height: number }>;
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const handles = await page.$$('#pages > div');
    const pages: OfdJsPage[] = [];
    for (const [index, handle] of handles.entries()) {
      pages.push({ png: new Uint8Array(await handle.screenshot({ type: 'png' })), widthPx: sizes[index]!.width, heightPx: sizes[index]!.height });
    }
    return pages;
  } finally {
    await page.close();
  }
}
