// The web page as the public and the site inspectors meet it: the bundled example and the
// four seed notices, built through build(), checked by html-validate (page and fragment),
// then opened offline in real Chromium and checked by axe-core (WCAG 2.1 A and AA) at a
// phone's width and a desktop's, for reflow at 320 px and for requests leaving the page.

import { readdirSync, readFileSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { HtmlValidate } from 'html-validate';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, defaultQuarterFile } from '../../src/build.js';
import { createBrowserSession, openOfflinePage } from '../../src/write/pdf/browser.js';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core'), 'utf8');
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The bundled example's latest quarter and the latest quarter of each seed notice (001–004). */
function noticeSources(): string[] {
  const seeds = join(PROJECT_ROOT, 'data', 'seeds');
  const latest = (folder: string) => join(folder, readdirSync(folder).filter((f) => /^\d{4}-q[1-4]\.yaml$/.test(f)).sort().at(-1)!);
  const notices = readdirSync(seeds).filter((seed) => /^00[1-4]-/.test(seed)).sort();
  return [defaultQuarterFile(PROJECT_ROOT), ...notices.map((seed) => latest(join(seeds, seed)))];
}

interface BuiltPage {
  readonly name: string;
  readonly page: string;
  readonly fragment: string;
}

const session = createBrowserSession();
let pages: BuiltPage[];

beforeAll(async () => {
  const outDir = mkdtempSync(join(tmpdir(), 'tongbao-web-'));
  const built = await build({ files: noticeSources(), formats: ['html'], outDir, projectRoot: PROJECT_ROOT });
  pages = built.map((notice) => ({
    name: notice.folder.slice(outDir.length + 1),
    page: readFileSync(join(notice.folder, '通报.html'), 'utf8'),
    fragment: readFileSync(join(notice.folder, '通报.fragment.html'), 'utf8'),
  }));
  expect(pages).toHaveLength(5);
}, 120_000);

afterAll(() => session.close());

/** The page in an offline tab; every request it tries is recorded (and refused). */
async function openPage(html: string, width: number): Promise<{ tab: Page; requests: string[] }> {
  const tab = await openOfflinePage(await session.browser());
  const requests: string[] = [];
  tab.on('request', (request) => {
    if (!request.url().startsWith('about:')) requests.push(request.url());
  });
  await tab.setViewport({ width, height: 900 });
  await tab.setContent(html, { waitUntil: 'load' });
  return { tab, requests };
}

describe('html-validate (recommended rules, no exceptions but the fragment’s inline style)', () => {
  const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
  // an editor's whitelist keeps neither the page's style sheet nor classes: the CMS fragment's
  // presentation can only be inline (src/write/html/cms-fragment.ts)
  const fragmentValidator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'no-inline-style': 'off' } });

  it('finds no error in any standalone page nor in any fragment', async () => {
    for (const { name, page, fragment } of pages) {
      for (const [what, source, checker] of [
        ['page', page, validator],
        ['fragment', fragment, fragmentValidator],
      ] as const) {
        const report = await checker.validateString(source, `${name}/${what}`);
        const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`));
        expect(messages, `${name} ${what}`).toEqual([]);
      }
    }
  });

  it('would see a mistake: the same validator rejects an unlabelled focusable box and a lower-case doctype', async () => {
    const report = await validator.validateString('<!doctype html><html lang="zh-CN"><head><title>x</title></head><body><div tabindex="0" role="region">x</div></body></html>');
    expect(report.results.flatMap((r) => r.messages.map((m) => m.ruleId))).toEqual(expect.arrayContaining(['doctype-style', 'prefer-native-element']));
  });
});

describe('in Chromium', () => {
  it.each([375, 1280])('axe-core finds no WCAG 2.1 A/AA violation at %i px', async (width) => {
    for (const { name, page } of pages) {
      const { tab } = await openPage(page, width);
      await tab.addScriptTag({ content: AXE_SOURCE });
      const violations = await tab.evaluate(async (tags) => {
        const axe = (globalThis as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }>; passes: unknown[] }> } }).axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
        return { failed: result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`), passed: result.passes.length };
      }, WCAG_21_AA);
      await tab.close();
      expect(violations.failed, name).toEqual([]);
      // axe really ran its rules (contrast, headings, tables, names…) on the page
      expect(violations.passed, name).toBeGreaterThan(10);
    }
  }, 120_000);

  it.each([320, 375])('reflows at %i px: the page never scrolls sideways, wide tables scroll in their own named box', async (width) => {
    for (const { name, page } of pages) {
      const { tab } = await openPage(page, width);
      const layout = await tab.evaluate(() => ({
        pageWidth: document.documentElement.scrollWidth,
        boxes: [...document.querySelectorAll('.table-scroll')].map((box) => ({
          fits: box.getBoundingClientRect().right <= document.documentElement.clientWidth,
          scrolls: box.scrollWidth > box.clientWidth,
          focusable: (box as HTMLElement).tabIndex === 0,
          label: box.getAttribute('aria-labelledby') ? document.getElementById(box.getAttribute('aria-labelledby')!)?.textContent : box.getAttribute('aria-label'),
        })),
      }));
      await tab.close();
      expect(layout.pageWidth, name).toBeLessThanOrEqual(width);
      expect(layout.boxes.length, name).toBeGreaterThan(0);
      for (const box of layout.boxes) {
        expect(box, name).toMatchObject({ fits: true, scrolls: true, focusable: true });
        expect(box.label?.length, name).toBeGreaterThan(1);
      }
    }
  }, 120_000);

  it('loads nothing: no request leaves the page, and no script is there to make one', async () => {
    for (const { name, page } of pages) {
      expect(page, name).not.toMatch(/<script/i);
      const { tab, requests } = await openPage(page, 1280);
      await tab.close();
      expect(requests, name).toEqual([]);
    }
  }, 120_000);
});

describe('the web style sheet', () => {
  const css = readFileSync(join(PROJECT_ROOT, 'templates', 'styles', 'web.css'), 'utf8');

  it('sizes text and boxes in relative units and fixes no height', () => {
    expect(css).not.toMatch(/(^|[\s;{])(min-|max-)?height\s*:(?!\s*(auto|none)\b)/m);
    expect(css).not.toMatch(/font-size:\s*[\d.]+px/);
    expect(css).not.toMatch(/(width|padding|margin)[^;]*\d+px/);
  });

  it('has a print style sheet that puts each attachment on its own page and unwraps the tables', () => {
    const print = css.slice(css.indexOf('@media print'));
    expect(print).toContain('break-before: page');
    expect(print).toMatch(/\.table-scroll\s*{\s*overflow: visible;/);
  });
});

describe('the text', () => {
  it('uses full-width punctuation between Chinese characters', () => {
    for (const { name, fragment } of pages) {
      const text = fragment.replace(/<[^>]+>/g, '');
      expect(text.match(/[\u4e00-\u9fff][,;:?!()]|[,;:?!()][\u4e00-\u9fff]/g), name).toBeNull();
    }
  });
});
