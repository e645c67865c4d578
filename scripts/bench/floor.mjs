// The bench's floor: the least a PDF can cost here — plain Node launches the browser tongbao
// would use, with the same flags (the compiled dist/write/pdf modules), prints a one-page PDF
// and quits. Every cold build that makes a PDF pays at least this.
//   npm run build && node scripts/bench/floor.mjs [out.pdf]
import { writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { launchArgs } from '../../dist/write/pdf/browser.js';
import { findBrowserExecutable } from '../../dist/write/pdf/find-browser.js';

// where to keep the PDF; without it the PDF is made and dropped
const [out] = process.argv.slice(2);
const browser = await puppeteer.launch({ executablePath: findBrowserExecutable(), args: launchArgs({ runningAsRoot: process.getuid?.() === 0 }) });
try {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><html lang="zh-CN"><meta charset="utf-8"><style>@page { size: A4 }</style><p>通报</p></html>', { waitUntil: 'load' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true });
  if (out) writeFileSync(out, pdf);
} finally {
  await browser.close();
}
