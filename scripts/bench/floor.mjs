// The floor a cold single build is measured against (issue 14): a bare script that launches the
// browser tongbao would launch, with the same flags (src/write/pdf/browser.ts), and prints a
// one-page PDF — no data, no templates, no writers. Plain Node on the compiled dist/.
//
// Run: npm run build && node scripts/bench/floor.mjs [out.pdf]

import { writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { launchArgs } from '../../dist/write/pdf/browser.js';
import { findBrowserExecutable } from '../../dist/write/pdf/find-browser.js';

const browser = await puppeteer.launch({ executablePath: findBrowserExecutable(), args: launchArgs({ runningAsRoot: process.getuid?.() === 0 }) });
const page = await browser.newPage();
await page.setContent('<!doctype html><html lang="zh"><body><p>通报</p></body></html>', { waitUntil: 'load' });
const pdf = await page.pdf({ format: 'A4' });
await browser.close();
if (process.argv[2]) writeFileSync(process.argv[2], pdf);
