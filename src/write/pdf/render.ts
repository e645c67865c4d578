// Print HTML → PDF bytes in a fresh offline page of the session's browser. A browser that
// stops answering is reported to the user (TB502) instead of hanging the build.

import { TimeoutError, type Browser, type Page } from 'puppeteer-core';
import { TongbaoError } from '../../diagnostics/diagnostic.js';
import { openOfflinePage } from './browser.js';

export const RENDER_TIMEOUT_MS = 60_000;

function browserHung(timeoutMs: number): TongbaoError {
  return new TongbaoError([
    {
      code: 'TB502',
      severity: 'error',
      message: `浏览器在 ${Math.round(timeoutMs / 1000)} 秒内没有排完 PDF，看来已经卡住。`,
      hint: '关掉其他占用浏览器的程序后重试；若仍然卡住，可以用 --format html,docx 先只生成 HTML 和 DOCX。',
    },
  ]);
}

/** Reads the rendered page's layout after printing (a measuring pass); it may change the layout. */
export type PageInspection = (page: Page) => Promise<void>;

interface PrintOptions {
  readonly html: string;
  readonly timeoutMs: number;
  /**
   * With the structure tree screen readers follow (the default). A measuring pass reads only
   * where the pages break, which tagging does not move, and tagging a long table costs seconds.
   */
  readonly tagged: boolean;
  readonly inspect?: PageInspection;
}

async function printToPdf(page: Page, { html, timeoutMs, tagged, inspect }: PrintOptions): Promise<Uint8Array> {
  await page.setContent(html, { waitUntil: 'load', timeout: timeoutMs });
  // layout must use the final fonts, or line breaks (and page count) change between runs
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  // and, like the fonts, every image (the seal) decoded: the print must not depend on when decoding ends
  await page.evaluate(() => Promise.all(Array.from(document.images, (image) => image.decode().catch(() => undefined))).then(() => undefined));
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged, timeout: timeoutMs });
  await inspect?.(page);
  return pdf;
}

/** Per browser, the page printing now (settled when it is done): the next waits for it. */
const printing = new WeakMap<Browser, Promise<unknown>>();

/**
 * One page at a time per browser. Two pages laying out at once in one Chromium now and then
 * print the same page in other bytes (the seal drawn with or without a group of its own: the same
 * look), and a batch must give the bytes single builds give. A batch still keeps both cores
 * busy: while Chromium prints one notice, Node reads, composes and writes the HTML and DOCX of another.
 */
function oneAtATime<T>(browser: Browser, print: () => Promise<T>): Promise<T> {
  const turn = (printing.get(browser) ?? Promise.resolve()).then(print);
  printing.set(browser, turn.catch(() => undefined));
  return turn;
}

type RenderOptions = { browser: Browser; html: string; timeoutMs?: number; tagged?: boolean; inspect?: PageInspection };

export function renderPdf(options: RenderOptions): Promise<Uint8Array> {
  return oneAtATime(options.browser, () => renderAlone(options));
}

async function renderAlone(options: RenderOptions): Promise<Uint8Array> {
  const timeoutMs = options.timeoutMs ?? RENDER_TIMEOUT_MS;
  const page = await openOfflinePage(options.browser);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(browserHung(timeoutMs)), timeoutMs);
  });
  try {
    return await Promise.race([printToPdf(page, { html: options.html, timeoutMs, tagged: options.tagged ?? true, inspect: options.inspect }), deadline]);
  } catch (error) {
    throw error instanceof TimeoutError ? browserHung(timeoutMs) : error;
  } finally {
    clearTimeout(timer);
    // a hung page may never confirm closing; the session's browser.close() ends it anyway
    void page.close().catch(() => undefined);
  }
}
