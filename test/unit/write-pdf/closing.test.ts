// The closing block (GB/T 9704 7.3.5) walked down the page and over its end, line by line, under
// 42, 45 and 60 mm seals: rendered by Chromium and measured — never a page holding only the 附注,
// the signature without body text, or a seal cut by a page edge; and set closer (7.3.5.5) only
// when that keeps it on its page.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBrowserSession } from '../../../src/write/pdf/browser.js';
import { closerBlockMarker, closerLinePitchMm, closerRegions, CLOSING_MARKERS } from '../../../src/write/pdf/closing.js';
import { writePdf } from '../../../src/write/pdf/index.js';
import type { MarkerBox, MarkerPosition } from '../../../src/write/pdf/probe.js';
import { CLOSING, CLOSING_WALK, noticeWithClosingAfter } from './grid-notices.js';
import { closingFaults, pageCount, pageWords, textBlockLines } from './measure.js';

const LINE = 225 / 22;

describe('closerRegions', () => {
  it('covers no page before page 1: a block leaving page 1 gets the text of page 1 only', () => {
    const positions = new Map([
      [CLOSING_MARKERS.start, { page: 1, topMm: 150 }],
      [CLOSING_MARKERS.end, { page: 2, topMm: 60 }],
      [closerBlockMarker(1), { page: 1, topMm: 100 }],
      [closerBlockMarker(2), { page: 1, topMm: 60 }],
    ]);
    const heightsMm = new Map([[0, 11 * LINE], [1, 16 * LINE], [2, 20 * LINE]]);
    expect(closerRegions({ positions, heightsMm })).toEqual([{ blocks: 2, region: { roomMm: 262 - 60, heightMm: 20 * LINE } }]);
  });

  it('tells the room on the first page of a region over a page break, from its first line\'s top', () => {
    // a character box 6 mm tall: its line starts (LINE - 6) / 2 above it
    const box = (page: number, topMm: number): MarkerBox => ({ page, topMm, rectPt: [0, 0, 10, (6 * 72) / 25.4] });
    const positions = new Map<string, MarkerPosition | MarkerBox>([
      [CLOSING_MARKERS.start, { page: 2, topMm: 150 }],
      [CLOSING_MARKERS.end, { page: 3, topMm: 60 }],
      [closerBlockMarker(1), box(2, 100)],
      [closerBlockMarker(2), box(1, 200)],
    ]);
    const heightsMm = new Map([[0, 11 * LINE], [1, 16 * LINE], [2, 30 * LINE]]);
    const regions = closerRegions({ positions, heightsMm });
    expect(regions).toHaveLength(2);
    expect(regions[0]!.region.firstPageRoomMm).toBeUndefined();
    expect(regions[1]!.blocks).toBe(2);
    expect(regions[1]!.region.firstPageRoomMm).toBeCloseTo(262 - (200 - (LINE - 6) / 2), 6);
  });
});

describe('closerLinePitchMm', () => {
  it('sets a region one line too long closer, its seal keeping its size', () => {
    const pitch = closerLinePitchMm({ roomMm: 10 * LINE, heightMm: 11 * LINE }, 45)!;
    expect(pitch).toBeLessThan(LINE);
    // 11 lines in the room of 10, less Chromium's fraction of a pixel
    expect(11 * pitch).toBeLessThanOrEqual(10 * LINE - 0.3);
    expect(11 * pitch).toBeGreaterThan(10 * LINE - 0.4);
  });

  it('spreads the lines over the whole region: the more lines, the milder the pitch', () => {
    const page = closerLinePitchMm({ roomMm: 20 * LINE, heightMm: 22 * LINE })!;
    expect(page).toBeGreaterThan(closerLinePitchMm({ roomMm: 8 * LINE, heightMm: 9 * LINE })!);
    expect(22 * page).toBeLessThanOrEqual(20 * LINE - 0.3);
  });

  it('makes room for extra lines a page break inside the region leaves blank', () => {
    const pitch = closerLinePitchMm({ roomMm: 40 * LINE, heightMm: 44 * LINE, extraLines: 1 })!;
    expect(45 * pitch).toBeLessThanOrEqual(40 * LINE - 0.3);
  });

  it('squeezes the lines but never the seal: a 60 mm seal takes its full height', () => {
    // 16 lines in the room of 15: the seal's 6 lines keep 60 mm, the other 10 take the rest
    const pitch = closerLinePitchMm({ roomMm: 15 * LINE, heightMm: 16 * LINE }, 60)!;
    expect(10 * pitch + 60).toBeLessThanOrEqual(15 * LINE - 0.3);
    expect(10 * pitch + 60).toBeGreaterThan(15 * LINE - 0.4);
    expect(closerLinePitchMm({ roomMm: 10 * LINE, heightMm: 11 * LINE }, 60)).toBeUndefined();
  });

  it('leaves 1 mm below the last line of a page break inside the region, lowering the pitch no more than that', () => {
    const region = { roomMm: 40 * LINE, heightMm: 44 * LINE };
    const evenly = closerLinePitchMm(region)!;
    // 21 lines at the even pitch fill the region's first page to within 0.2 mm
    const firstPageRoomMm = 21 * evenly + 0.2;
    const pitch = closerLinePitchMm({ ...region, firstPageRoomMm })!;
    expect(Math.floor(firstPageRoomMm / pitch)).toBe(21);
    expect(firstPageRoomMm - 21 * pitch).toBeGreaterThanOrEqual(1);
    expect(firstPageRoomMm - 21 * (pitch + 0.01)).toBeLessThan(1);
    // with room enough below that last line, the pitch stays
    expect(closerLinePitchMm({ ...region, firstPageRoomMm: 21 * evenly + 3 })).toBe(evenly);
  });

  it('moves the block instead when it would need more than 15 % closer lines', () => {
    expect(closerLinePitchMm({ roomMm: 10 * LINE, heightMm: 12 * LINE }, 45)).toBeUndefined();
  });
});

const folder = mkdtempSync(join(tmpdir(), 'tongbao-closing-'));
const session = createBrowserSession();
const rendered = new Map<string, string>();

/** a single attachment (no number) whose title is two lines long */
const SINGLE_TITLE = '2025年第三季度全市政府网站和政务新媒体检查发现问题及整改情况明细表（含复查结果和逾期未报送单位名单）';
let singlePdf: string;

beforeAll(async () => {
  const single = noticeWithClosingAfter(5, 45);
  const children = single.tree.children.map((node) =>
    node.type === 'gongwenAttachmentList'
      ? { ...node, children: [{ type: 'gongwenAttachmentItem' as const, target: 'attachment-1', children: [{ type: 'text' as const, value: SINGLE_TITLE }] }] }
      : node,
  );
  const [singleFile] = await writePdf({ ...single, tree: { ...single.tree, children } }, { browser: session.browser, printsPdf: true });
  singlePdf = join(folder, 'single-attachment.pdf');
  writeFileSync(singlePdf, singleFile!.bytes);
  for (const { sealMm, linesBefore } of CLOSING_WALK) {
    const [file] = await writePdf(noticeWithClosingAfter(linesBefore, sealMm), { browser: session.browser, printsPdf: true });
    const path = join(folder, `seal${sealMm}-${linesBefore}.pdf`);
    writeFileSync(path, file!.bytes);
    rendered.set(`${sealMm}/${linesBefore}`, path);
  }
}, 300_000);

afterAll(() => session.close());

describe('the closing block walked over a page end in the PDF', () => {
  it.each(CLOSING_WALK)('$sealMm mm seal after $linesBefore lines: no 附注 alone, no signature alone, the seal whole', ({ sealMm, linesBefore }) => {
    expect(closingFaults(rendered.get(`${sealMm}/${linesBefore}`)!, CLOSING)).toEqual([]);
  });

  it('walks the block over the page end: first on page 1, at last on page 2', () => {
    const signaturePage = (path: string) => (textBlockLines(path, 1).some((line) => line.includes(CLOSING.date)) ? 1 : 2);
    const pages = CLOSING_WALK.filter(({ sealMm }) => sealMm === 45).map(({ linesBefore }) => signaturePage(rendered.get(`45/${linesBefore}`)!));
    expect(pages[0]).toBe(1);
    expect(pages.at(-1)).toBe(2);
    expect(pageCount(rendered.get('45/16')!)).toBe(2);
  });

  it('keeps a block one line too long on its page by setting it closer', () => {
    // 45 mm: the block (3 + 3 + 5 lines) ends on the page's last line after 8 lines; after 9, it is one line too long
    const exact = textBlockLines(rendered.get('45/8')!, 1);
    const closer = textBlockLines(rendered.get('45/9')!, 1);
    expect(exact.at(-1)).toBe(CLOSING.annotation);
    expect(closer.at(-1)).toBe(CLOSING.annotation);
    expect(closer).toHaveLength(exact.length + 1);
  });
});

describe('附件说明 of a single attachment', () => {
  it('wraps a long title inside the text block, its lines under its first character', () => {
    const words = pageWords(singlePdf, 1);
    const lines = textBlockLines(singlePdf, 1).map((line) => line.replace(/\s+/g, ''));
    const first = lines.findIndex((line) => line.startsWith('附件：'));
    expect(first).toBeGreaterThan(0);
    expect(lines.slice(first).join('')).toMatch(new RegExp(`^附件：${SINGLE_TITLE.replace(/[（）]/g, '.')}`));
    // odd page: the text block runs from 28 to 184 mm
    expect(Math.max(...words.map((w) => w.right))).toBeLessThan(184 + 0.5);
    const titleStart = words.find((w) => w.text.startsWith('附件：'))!;
    const secondLine = words.find((w) => w.top > titleStart.bottom && SINGLE_TITLE.includes(w.text) && w.text.length > 3)!;
    expect(Math.abs(secondLine.left - (titleStart.left + 3 * (156 / 28)))).toBeLessThan(1);
  });
});
