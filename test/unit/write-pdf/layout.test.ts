// GB/T 9704-2012 measured on real PDFs: each notice is rendered once by Chromium (one browser for
// the whole file) and measured with a ruler — rasterised ink and pdftotext's word boxes. The
// expected numbers are the standard's own (in mm from the page's top-left corner), not read back
// from the layout profile, so a wrong profile fails here too.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NoticeDocument } from '../../../src/model/document.js';
import { createBrowserSession } from '../../../src/write/pdf/browser.js';
import { writePdf } from '../../../src/write/pdf/index.js';
import { sampleNotice } from '../../fixtures/sample-notice.js';
import { GRID_TEXT, noticeEndingWithBody, noticeWithFullBodyPage, noticeWithParagraph, noticeWithTextAttachment } from './grid-notices.js';
import { dark, inkBands, inkBox, pageCount, pageNumberWords, pageWords, rasterize, red, type Box, type InkTest, type Word } from './measure.js';

const TOP = 37;
const BOTTOM = 262;
const LINE = 225 / 22;
const CHAR = 156 / 28;
/** 3号 glyphs sit in the middle of their line: half the leading above and below them */
const HALF_LEADING = (LINE - (16 * 25.4) / 72) / 2;
/** 4号, the page number's and the 版记's size */
const SIHAO = (14 * 25.4) / 72;
/** odd pages bind on the left (订口 28 mm), even pages on the right */
const textLeft = (page: number) => (page % 2 === 1 ? 28 : 26);
const textRight = (page: number) => textLeft(page) + 156;
const black: InkTest = ({ r, g, b }) => r < 100 && g < 100 && b < 100;

const folder = mkdtempSync(join(tmpdir(), 'tongbao-layout-'));
const session = createBrowserSession();

async function rendered(name: string, doc: NoticeDocument): Promise<string> {
  const [file] = await writePdf(doc, { browser: session.browser, printsPdf: true });
  const path = join(folder, `${name}.pdf`);
  writeFileSync(path, file?.bytes ?? new Uint8Array());
  return path;
}

const pages = (path: string) => Array.from({ length: pageCount(path) }, (_, i) => i + 1);
const textWords = (path: string, page: number) => {
  const words = pageWords(path, page);
  const number = pageNumberWords(words);
  return number ? words.filter((w) => w.top < number.box.top - 1) : words;
};
/** a line of the grid notices' body text (no punctuation, no figures) */
const isBodyText = (w: Word) => [...w.text].every((c) => GRID_TEXT.includes(c));
const centre = (box: Box) => ({ x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 });

/** 文件格式, a page of body text, the seal, a 50-row attachment, a 版记 under its last rows. */
let filePdf: string;
// The sample notice's body takes pages 1 and 2, its closing block set closer to stay on page 2
// (7.3.5.5); its second attachment starts on page 4 under its title, 18 lines of text there.
/** text filling an even page to its last line (18 + 22 + 22 lines): an unnumbered blank page, then the 版记 page */
let blankPagePdf: string;
/** text ending on an odd page (18 + 10 lines): the 版记 on the next page, numbered */
let nextPagePdf: string;
/** a paragraph whose first line ends on "办”" before "“谁管理": 26 characters only if a line may end between the quotations */
let quotationsPdf: string;
const QUOTATIONS = `${GRID_TEXT.slice(0, 24)}办”“谁管理、谁负责”${GRID_TEXT}`;
/** 信函格式 with a 版记, which then has its 抄送 line only */
let letterPdf: string;
/**
 * a last paragraph from page 1 over page 3 that ends three lines short of the page's end: no room
 * for the sealed signature, and the closer pitch covers no more than the two pages before it
 * (CLOSING.mostPages), where this paragraph does not start
 */
let tightPdf: string;
/** paragraphs of 36 and 4 lines, the last ending a line short of page 2's end: room for the signature only set closer */
let closerPdf: string;

beforeAll(async () => {
  filePdf = await rendered('file', noticeWithFullBodyPage({ letterhead: 'file', colophon: true, failingRows: 50 }));
  blankPagePdf = await rendered('blank-page', noticeWithTextAttachment({ colophon: true, lines: 62 }));
  nextPagePdf = await rendered('next-page', noticeWithTextAttachment({ colophon: true, lines: 28 }));
  letterPdf = await rendered('letter', sampleNotice({ letterhead: 'letter', colophon: true }));
  tightPdf = await rendered('tight', noticeEndingWithBody([60]));
  closerPdf = await rendered('closer', noticeEndingWithBody([36, 4]));
  quotationsPdf = await rendered('quotations', noticeWithParagraph({}, QUOTATIONS));
}, 120_000);

afterAll(() => session.close());

describe('the text block', () => {
  it('holds 22 lines of 28 characters on a full page of body text, within 0.5 mm of the margins', () => {
    const full = pages(filePdf).find((page) => {
      const lines = textWords(filePdf, page);
      return lines.length === 22 && lines.every((line) => line.text.length === 28 && [...line.text].every((c) => GRID_TEXT.includes(c)));
    });
    expect(full, 'a page whose 22 lines are all body text').toBeDefined();
    const page = full!;
    for (const line of textWords(filePdf, page)) expect(line.right - line.left).toBeCloseTo(156, 0);

    const bands = inkBands(rasterize({ path: filePdf, page }), dark, { top: TOP - 5, bottom: BOTTOM });
    expect(bands).toHaveLength(22);
    // on the grid: no line drifts from its place (Chromium rounds each line to whole pixels)
    bands.forEach((band, i) => expect(Math.abs(band.top - bands[0]!.top - i * LINE)).toBeLessThan(0.5));
    expect(Math.abs(bands[0]!.top - (TOP + HALF_LEADING))).toBeLessThan(0.5);
    expect(Math.abs(bands.at(-1)!.bottom - (BOTTOM - HALF_LEADING))).toBeLessThan(0.5);
    expect(Math.abs(Math.min(...bands.map((b) => b.left)) - textLeft(page))).toBeLessThan(0.5);
    expect(Math.abs(Math.max(...bands.map((b) => b.right)) - textRight(page))).toBeLessThan(0.5);
  });

  it('never starts a line with closing punctuation (避头尾)', () => {
    const lineStarts = pages(filePdf).flatMap((page) => {
      const words = textWords(filePdf, page);
      return words.filter((w, i) => i === 0 || Math.abs(w.top - words[i - 1]!.top) > 1).map((w) => w.text[0]);
    });
    expect(lineStarts.length).toBeGreaterThan(50);
    expect(lineStarts.filter((c) => '，。、；：！？）》」』”'.includes(c ?? ''))).toEqual([]);
  });
});

describe('loose lines', () => {
  it('ends a line between ” and “ rather than stretching it over two characters short (”“ kept together by UAX #14)', () => {
    const lines = pages(quotationsPdf).flatMap((page) => {
      const words = textWords(quotationsPdf, page);
      const lineOf = (word: Word) => words.filter((w) => Math.abs(w.top - word.top) < 1).map((w) => w.text).join('');
      return words.filter((w) => w.text.startsWith(GRID_TEXT.slice(0, 24))).map(lineOf);
    });
    expect(lines).toEqual([`${GRID_TEXT.slice(0, 24)}办”`]);
  });
});

describe('page numbers', () => {
  it('print "— N —" in 4号, its dash 7 mm under the text block, one character in from the outer edge', () => {
    for (const page of pages(filePdf)) {
      const words = pageWords(filePdf, page);
      const number = pageNumberWords(words);
      expect(number?.number, `page ${page}`).toBe(page);
      if (page % 2 === 1) expect(Math.abs(number!.box.right - (textRight(page) - SIHAO))).toBeLessThan(0.5);
      else expect(Math.abs(number!.box.left - (textLeft(page) + SIHAO))).toBeLessThan(0.5);
      const dashArea = { left: number!.box.left, right: number!.box.left + SIHAO * 0.8, top: BOTTOM + 1, bottom: 290 };
      const dash = inkBox(rasterize({ path: filePdf, page, dpi: 300, area: dashArea }), dark);
      expect(Math.abs(centre(dash!).y - (BOTTOM + 7))).toBeLessThan(0.5);
    }
    // word boxes scale with the font size: 4号 against the 2号 title (宋体 and 小标宋 are both AR PL SungtiL GB here)
    const title = pageWords(filePdf, 1).find((word) => word.text.startsWith('示例市人民政府办公室关于'))!;
    const number = pageNumberWords(pageWords(filePdf, 2))!.box;
    expect((number.bottom - number.top) / (title.bottom - title.top)).toBeCloseTo(14 / 22, 2);
  });
});

describe('attachments', () => {
  it('start on a page of their own: 附件N in the top-left corner, the title centred on line 3', () => {
    const starts = pages(filePdf).filter((page) => /^附件\d$/.test(pageWords(filePdf, page)[0]?.text ?? ''));
    expect(starts.map((page) => pageWords(filePdf, page)[0]?.text)).toEqual(['附件1', '附件2']);
    for (const page of starts) {
      expect(Math.abs(pageWords(filePdf, page)[0]!.left - textLeft(page))).toBeLessThan(0.5);
      const [label, title] = inkBands(rasterize({ path: filePdf, page }), dark, { top: TOP - 5, bottom: BOTTOM });
      expect(label!.top).toBeGreaterThan(TOP);
      expect(label!.bottom).toBeLessThan(TOP + LINE);
      expect(title!.top).toBeGreaterThan(TOP + 2 * LINE);
      expect(title!.bottom).toBeLessThan(TOP + 3 * LINE);
      expect(Math.abs(centre(title!).x - (textLeft(page) + 78))).toBeLessThan(1);
    }
  });
});

describe('the seal', () => {
  it('is centred on the date, 右空四字, its top within a line of the text above, 署名 and date below its centre', () => {
    const page = pages(filePdf).find((p) => pageWords(filePdf, p).some((w) => w.text === '2025年10月15日'))!;
    const words = pageWords(filePdf, page);
    const date = words.find((w) => w.text === '2025年10月15日')!;
    const issuer = words[words.indexOf(date) - 1]!;
    expect(issuer.text).toBe('示例市人民政府办公室');
    const colour = rasterize({ path: filePdf, page, dpi: 200, colour: true });
    const seal = inkBox(colour, red)!;
    // the sample seal's ring: outer edge at 145/150 of the 45 mm image's radius
    expect(Math.abs(seal.right - seal.left - (45 * 145) / 150)).toBeLessThan(0.5);
    expect(Math.abs(centre(seal).x - centre(date).x)).toBeLessThan(0.5);
    expect(Math.abs(date.right - (textRight(page) - 4 * CHAR))).toBeLessThan(0.5);
    for (const line of [issuer, date]) expect(centre(line).y).toBeGreaterThan(centre(seal).y);
    const textAbove = inkBands(colour, black, { top: TOP - 5, bottom: seal.top }).at(-1)!;
    expect(seal.top - textAbove.bottom).toBeGreaterThan(0);
    expect(seal.top - textAbove.bottom).toBeLessThan(LINE);
  });

  it('takes the last two lines of text along when the signature does not fit: never a page with the signature alone', () => {
    const page = pages(tightPdf).find((p) => pageWords(tightPdf, p).some((w) => w.text === '示例市人民政府办公室'))!;
    expect(page).toBe(4);
    expect(textWords(tightPdf, page).filter(isBodyText)).toHaveLength(2);
    // the rest of the last paragraph stays where it was, on the grid: 17 + 2 lines on page 3
    const before = textWords(tightPdf, page - 1).filter(isBodyText);
    expect(before).toHaveLength(17);
    expect(Math.abs(before.at(-1)!.top - before[0]!.top - 16 * LINE)).toBeLessThan(0.5);
    const colour = rasterize({ path: tightPdf, page, dpi: 200, colour: true });
    const seal = inkBox(colour, red)!;
    const lastLine = inkBands(colour, black, { top: TOP - 5, bottom: seal.top }).at(-1)!;
    expect(seal.top - lastLine.bottom).toBeLessThan(LINE);
  });

  it('sets the text of the page closer (7.3.5.5: 调整行距), evenly and no closer than 24 pt, when that keeps the signature with it', () => {
    expect(pageCount(closerPdf)).toBe(2);
    expect(textWords(closerPdf, 2).map((w) => w.text)).toEqual(expect.arrayContaining(['示例市人民政府办公室', '2025年10月15日']));
    // the 36-line paragraph starts on page 1: from there on every line has one pitch, between 24 pt and the grid's
    const pitches = [1, 2].flatMap((page) => {
      const tops = textWords(closerPdf, page)
        .filter(isBodyText)
        .map((w) => w.top);
      return tops.slice(1).map((top, i) => top - tops[i]!);
    });
    expect(pitches).toHaveLength(36 + 4 - 2);
    const pitch = pitches[0]!;
    expect(pitch).toBeGreaterThanOrEqual((24 * 25.4) / 72 - 0.3);
    expect(pitch).toBeLessThan(LINE - 0.3);
    for (const each of pitches) expect(Math.abs(each - pitch)).toBeLessThan(0.3);
    const colour = rasterize({ path: closerPdf, page: 2, dpi: 200, colour: true });
    const seal = inkBox(colour, red)!;
    expect(seal.bottom).toBeLessThan(BOTTOM + 0.5);
    const lastLine = inkBands(colour, black, { top: TOP - 5, bottom: seal.top }).at(-1)!;
    expect(seal.top - lastLine.bottom).toBeLessThan(LINE);
  });
});

/** The rules of a 版记 page: ink bands thinner than 0.6 mm that run across the text block. */
function colophonRules(path: string, page: number): Box[] {
  const area = { top: TOP, bottom: BOTTOM + 1, left: 0, right: 210 };
  const bands = inkBands(rasterize({ path, page, dpi: 600, area }), dark);
  return bands.filter((band) => band.bottom - band.top < 0.6 && band.right - band.left > 150);
}

describe('the 版记', () => {
  it('lies at the bottom of the last page, an even page, between 0.35, 0.25 and 0.35 mm rules, the last on the bottom edge', () => {
    for (const path of [filePdf, blankPagePdf, nextPagePdf]) {
      const last = pageCount(path);
      expect(last % 2).toBe(0);
      expect(pageWords(path, last).map((w) => w.text)).toEqual(
        expect.arrayContaining(['抄送：市委办公室，市人大常委会办公室。', '示例市人民政府办公室', '2025年10月15日印发']),
      );
      const rules = colophonRules(path, last);
      expect(rules.map((rule) => Number((rule.bottom - rule.top).toFixed(1)))).toEqual([0.4, 0.3, 0.4]);
      expect(Math.abs(rules.at(-1)!.bottom - BOTTOM)).toBeLessThan(0.3);
      for (const rule of rules) expect(Math.abs(rule.left - textLeft(last))).toBeLessThan(0.3);
    }
  });

  it('shares the last page with the text when it fits there, and that page keeps its number', () => {
    const last = pageCount(filePdf);
    expect(pageWords(filePdf, last).some((w) => w.text.startsWith('注：'))).toBe(true);
    expect(pageNumberWords(pageWords(filePdf, last))?.number).toBe(last);
  });

  it('goes to the next page when the text ends on an odd page, and that page keeps its number (7.5: no blank page before it)', () => {
    const last = pageCount(nextPagePdf);
    expect(textWords(nextPagePdf, last - 1).at(-1)?.text).toMatch(new RegExp(`^[${GRID_TEXT}]+$`));
    expect(textWords(nextPagePdf, last)[0]?.text).toMatch(/^抄送：/);
    for (const page of pages(nextPagePdf)) expect(pageNumberWords(pageWords(nextPagePdf, page))?.number).toBe(page);
  });

  it('goes to a page of its own after an unnumbered blank page when the text fills an even page, unnumbered too (7.5)', () => {
    const last = pageCount(blankPagePdf);
    expect(pageWords(blankPagePdf, last - 1)).toEqual([]);
    expect(pageNumberWords(pageWords(blankPagePdf, last))).toBeUndefined();
    expect(textWords(blankPagePdf, last - 2).at(-1)?.text).toMatch(new RegExp(`^[${GRID_TEXT}]{28}$`));
    for (const page of pages(blankPagePdf).slice(0, -2)) expect(pageNumberWords(pageWords(blankPagePdf, page))?.number).toBe(page);
  });
});

describe('版头', () => {
  it('文件格式: the red name 35 mm under the text block top, the red rule across the text block 4 mm under the 文号', () => {
    const colour = rasterize({ path: filePdf, page: 1, dpi: 300, colour: true });
    const [organ, rule] = inkBands(colour, red);
    // the glyphs' own top edge lies a little inside their em box
    expect(organ!.top - (TOP + 35)).toBeGreaterThanOrEqual(0);
    expect(organ!.top - (TOP + 35)).toBeLessThan(1);
    expect(Math.abs(centre(organ!).x - 106)).toBeLessThan(0.5);
    expect(Math.abs(rule!.left - 28)).toBeLessThan(0.3);
    expect(Math.abs(rule!.right - 184)).toBeLessThan(0.3);
    const docNumber = pageWords(filePdf, 1).find((w) => w.text.startsWith('示政办函'))!;
    expect(Math.abs(centre(docNumber).x - 106)).toBeLessThan(0.5);
    const docNumberInk = inkBands(colour, black, { top: organ!.bottom, bottom: rule!.top }).at(-1)!;
    expect(Math.abs(rule!.top - docNumberInk.bottom - 4)).toBeLessThan(0.6);
  });

  it('信函格式: red name 30 mm from the top, 170 mm double lines, 文号 flush right, no page number on page 1', () => {
    const top = inkBands(rasterize({ path: letterPdf, page: 1, dpi: 600, colour: true, area: { top: 0, bottom: 60, left: 0, right: 210 } }), red);
    const bottom = inkBands(rasterize({ path: letterPdf, page: 1, dpi: 600, colour: true, area: { top: 262, bottom: 297, left: 0, right: 210 } }), red);
    const [organ, thick, thin, lowerThin, lowerThick] = [...top, ...bottom];
    expect(organ!.top - 30).toBeGreaterThanOrEqual(0);
    expect(organ!.top - 30).toBeLessThan(1);
    expect(Math.abs(thick!.top - (30 + (36 * 25.4) / 72 + 4))).toBeLessThan(0.5);
    expect(thick!.bottom - thick!.top).toBeGreaterThan(thin!.bottom - thin!.top);
    expect(lowerThick!.bottom - lowerThick!.top).toBeGreaterThan(lowerThin!.bottom - lowerThin!.top);
    expect(Math.abs(lowerThick!.bottom - (297 - 20))).toBeLessThan(0.5);
    for (const line of [thick, thin, lowerThin, lowerThick]) {
      expect(Math.abs(line!.right - line!.left - 170)).toBeLessThan(0.5);
      expect(Math.abs(centre(line!).x - 106)).toBeLessThan(0.5);
    }
    const words = pageWords(letterPdf, 1);
    expect(Math.abs(words.find((w) => w.text.startsWith('示政办函'))!.right - 184)).toBeLessThan(0.5);
    expect(pageNumberWords(words)).toBeUndefined();
    expect(pageNumberWords(pageWords(letterPdf, 2))?.number).toBe(2);
  });

  it('信函格式 keeps the text of page 1 on the line grid of a full page of body text', () => {
    const offset = (path: string, page: number) => {
      // a line of 3号 body text (the 2号 title and the 文号 sit differently in their lines)
      const bodyLine = (b: Box) => b.bottom - b.top > 4.5 && b.bottom - b.top < 6.5;
      const band = inkBands(rasterize({ path, page, dpi: 200 }), black, { top: 110, bottom: BOTTOM }).find(bodyLine)!;
      return (((band.top - TOP) % LINE) + LINE) % LINE;
    };
    // the letter's page 2 ends in its closing block, set closer (7.3.5.5): a 文件格式 page of 22 lines holds the grid
    const full = pages(filePdf).find((page) => textWords(filePdf, page).filter(isBodyText).length === 22)!;
    expect(Math.abs(offset(letterPdf, 1) - offset(filePdf, full))).toBeLessThan(0.3);
  });

  it('信函格式 keeps only the 抄送 line of the 版记, without rules', () => {
    const last = pageCount(letterPdf);
    expect(last % 2).toBe(0);
    const texts = pageWords(letterPdf, last).map((w: Word) => w.text);
    expect(texts).toContain('抄送：市委办公室，市人大常委会办公室。');
    expect(texts.some((t) => t.endsWith('印发'))).toBe(false);
    expect(colophonRules(letterPdf, last)).toEqual([]);
  });
});
