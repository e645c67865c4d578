// Renders the sample notice with the real Chromium and reads the PDFs back with poppler.
// One browser session serves the whole file: a launch costs about a second.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TongbaoError } from '../../../src/diagnostics/diagnostic.js';
import { createBrowserSession, openOfflinePage } from '../../../src/write/pdf/browser.js';
import { writePdf } from '../../../src/write/pdf/index.js';
import { renderPdf } from '../../../src/write/pdf/render.js';
import { TONGBAO_VERSION } from '../../../src/version.js';
import { HOSTILE_NAME, sampleNotice } from '../../fixtures/sample-notice.js';

const folder = mkdtempSync(join(tmpdir(), 'tongbao-pdf-'));
const session = createBrowserSession();
const context = { browser: session.browser, printsPdf: true };

function saved(name: string, bytes: Uint8Array): string {
  const path = join(folder, name);
  writeFileSync(path, bytes);
  return path;
}

const poppler = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });
const withoutSpace = (s: string) => s.replace(/\s+/g, '');

interface Word {
  readonly text: string;
  readonly xMin: number;
}

/** Words of one page with their left edge in points, in reading order. */
function pageWords(path: string, page: number): Word[] {
  const xml = poppler('pdftotext', '-bbox', '-f', String(page), '-l', String(page), path, '-');
  return [...xml.matchAll(/<word xMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({ xMin: Number(m[1]), text: m[2] ?? '' }));
}

/** The "— N —" page number: three consecutive words, dash, N, dash. */
function pageNumberX(words: Word[], page: number): number | undefined {
  const at = words.findIndex((w, i) => w.text === '—' && words[i + 1]?.text === String(page) && words[i + 2]?.text === '—');
  return at < 0 ? undefined : words[at]?.xMin;
}

let pdfPath: string;
let bytes: Uint8Array;

beforeAll(async () => {
  const [file] = await writePdf(sampleNotice(), context);
  if (!file) throw new Error('writePdf returned no file');
  expect(file.name).toBe('通报.pdf');
  bytes = file.bytes;
  pdfPath = saved('first.pdf', bytes);
});

afterAll(() => session.close());

describe('writePdf', () => {
  it('prints A4 pages, more than one, tagged for screen readers in Chinese', () => {
    const info = poppler('pdfinfo', pdfPath);
    const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info) ?? [];
    expect(Number(width)).toBeCloseTo(595, -0.3);
    expect(Number(height)).toBeCloseTo(842, -0.3);
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThan(1);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(Buffer.from(bytes).toString('latin1')).toContain('/Lang (zh-CN)');
  });

  it('says in its properties what it is, who issued it and that tongbao made it, dated the notice’s date; poppler reads it without complaint', () => {
    const read = spawnSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
    expect(read.stderr).toBe('');
    const notice = sampleNotice();
    const property = (name: string) => new RegExp(`^${name}:\\s+(.*)$`, 'm').exec(read.stdout)?.[1];
    expect(property('Title')).toBe(notice.titleText);
    expect(property('Author')).toBe(notice.author);
    expect(property('Creator')).toBe(`tongbao ${TONGBAO_VERSION}`);
    expect(property('Producer')).toBe(`tongbao ${TONGBAO_VERSION}`);
    expect(notice.date).toBe('2025-10-15');
    expect(property('CreationDate')).toBe('Wed Oct 15 00:00:00 2025 UTC');
    expect(property('ModDate')).toBe(property('CreationDate'));
    // Chromium's own properties are gone from the file, not only hidden behind the new ones
    expect(Buffer.from(bytes).toString('latin1')).not.toMatch(/HeadlessChrome|Mozilla/);
  });

  it('contains the title, the attachment labels and the hostile name as plain letters', () => {
    const text = withoutSpace(poppler('pdftotext', pdfPath, '-'));
    expect(text).toContain(withoutSpace(sampleNotice().titleText));
    expect(text).toContain('附件1');
    expect(text).toContain('附件2');
    expect(text).toContain('示政办函〔2025〕18号');
    expect(text).toContain(withoutSpace(HOSTILE_NAME.split('\n')[0] ?? ''));
  });

  it('numbers pages "— N —", outside: right on odd pages, left on even pages', () => {
    const pageWidthPt = 595;
    const first = pageNumberX(pageWords(pdfPath, 1), 1);
    const second = pageNumberX(pageWords(pdfPath, 2), 2);
    expect(first).toBeGreaterThan(pageWidthPt / 2);
    expect(second).toBeLessThan(pageWidthPt / 2);
  });

  it('starts every attachment on a page of its own, label first', () => {
    const pages = Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', pdfPath))?.[1]);
    const firstWords = Array.from({ length: pages }, (_, i) => pageWords(pdfPath, i + 1)[0]?.text);
    expect(firstWords.filter((w) => /^附件\d*$/.test(w ?? ''))).toEqual(['附件1', '附件2']);
  });

  it('embeds every font it uses', () => {
    const rows = poppler('pdffonts', pdfPath).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    // columns: name type encoding emb sub uni object generation; "emb" is fourth from the end
    expect(rows.every((row) => row.trim().split(/\s+/).at(-5) === 'yes')).toBe(true);
  });

  it('presses the seal when the notice has one, and only then', async () => {
    // rows: page num type …; a transparent PNG adds an "smask" row beside its "image" row
    const images = (path: string) =>
      poppler('pdfimages', '-list', path).trim().split('\n').slice(2).filter((row) => row.trim().split(/\s+/)[2] === 'image');
    expect(images(pdfPath)).toHaveLength(1);
    const [unsealed] = await writePdf(sampleNotice({ seal: false }), context);
    expect(images(saved('unsealed.pdf', unsealed?.bytes ?? new Uint8Array()))).toHaveLength(0);
  });

  it('gives the same bytes on a second render, dated with the notice date', async () => {
    const [again] = await writePdf(sampleNotice(), context);
    expect(Buffer.from(again?.bytes ?? []).equals(Buffer.from(bytes))).toBe(true);
    expect(Buffer.from(bytes).toString('latin1')).toContain("/CreationDate (D:20251015000000+00'00')");
  });
});

describe('rendering offline', () => {
  it('blocks every request that is not data: or about:', async () => {
    const page = await openOfflinePage(await session.browser());
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(`${request.url()} ${request.failure()?.errorText}`));
    try {
      const html = '<link rel="stylesheet" href="https://example.invalid/a.css"><img src="http://127.0.0.1:9/a.png">';
      await page.setContent(html, { waitUntil: 'load' });
    } finally {
      await page.close();
    }
    // blocked by our interception, not by a failed lookup or a refused connection
    expect(failed.sort()).toEqual([
      expect.stringMatching(/^http:\/\/127\.0\.0\.1:9\/a\.png net::ERR_BLOCKED_BY_CLIENT/),
      expect.stringMatching(/^https:\/\/example\.invalid\/a\.css net::ERR_BLOCKED_BY_CLIENT/),
    ]);
  });

  it('reports a browser that does not finish in time as TB502', async () => {
    const error = await renderPdf({ browser: await session.browser(), html: '<p>慢</p>', timeoutMs: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TongbaoError);
    expect((error as TongbaoError).diagnostics[0]?.code).toBe('TB502');
    expect((error as TongbaoError).diagnostics[0]?.message).toContain('卡住');
  });
});
