import { describe, expect, it } from 'vitest';
import { COLOPHON, GRID, PAGE } from '../../../src/layout/gbt9704.js';
import { printLayout } from '../../../src/write/pdf/print-layout.js';
import type { NoticeDocument } from '../../../src/model/document.js';
import { attributesOf, paragraphsOf, session, styleXml, writeAndUnpack, type DocxParts } from './docx-parts.js';
import { COPY_TO, notice, withColophon } from './notices.js';
import { noticeEndingWithBody } from '../write-pdf/grid-notices.js';

const TEXT_HEIGHT_TWIP = PAGE.heightTwip - PAGE.marginTopTwip - PAGE.marginBottomTwip;
const TEXT_WIDTH_TWIP = PAGE.widthTwip - PAGE.marginLeftTwip - PAGE.marginRightTwip;
const eighths = (mm: number) => String(Math.round(((mm * 72) / 25.4) * 8));

const sectionsOf = (documentXml: string) => documentXml.match(/<w:sectPr>.*?<\/w:sectPr>/g) ?? [];

/** The 版记's paragraphs: from the spacer that carries its first rule to the end. */
function colophonParagraphs(docx: DocxParts) {
  const paragraphs = paragraphsOf(docx.xml('word/document.xml'));
  return paragraphs.slice(paragraphs.findIndex((p) => p.style === 'ColophonSpacer'));
}

function footerOf(docx: DocxParts, section: string, type: 'default' | 'even'): string {
  const id = new RegExp(`<w:footerReference w:type="${type}" r:id="(rId\\d+)"/>`).exec(section)?.[1];
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(docx.xml('word/_rels/document.xml.rels'));
  return docx.xml(`word/${target?.[1] ?? target?.[2]}`);
}

async function written(doc: NoticeDocument) {
  const docx = await writeAndUnpack(doc);
  const layout = await printLayout(doc, { browser: session.browser, printsPdf: true });
  return { docx, placement: layout.colophon!.placement };
}

const spacerTwip = (spacer: { xml: string }) => Number(attributesOf(spacer.xml, 'w:spacing')['w:line']);

describe('版记 of a DOCX built without the PDF', async () => {
  const docx = await writeAndUnpack(notice({ format: 'file' }), { printsPdf: false });
  const documentXml = docx.xml('word/document.xml');

  it('needs no browser: the 版记 takes a section of its own from the next even page, at the foot of the text block', () => {
    const sections = sectionsOf(documentXml);
    expect(sections).toHaveLength(2);
    expect(sections[1]).toContain('<w:type w:val="evenPage"/>');
    const [spacer, copyTo, printed] = colophonParagraphs(docx);
    expect([copyTo?.style, printed?.style]).toEqual(['ColophonCopyTo', 'ColophonPrinted']);
    // 「抄送：」, 46 characters and 「。」 take 2 lines of 4号 (29 characters between the side indents,
    // then 26 after the hanging 「抄送：」), 印发 one; then the rules (0.35 + 0.25 + 0.35 mm) and 1 pt to spare
    expect([...`抄送：${COPY_TO}。`]).toHaveLength(50);
    const rulesTwip = (2 * Number(eighths(COLOPHON.outerRuleMm)) + Number(eighths(COLOPHON.innerRuleMm))) * 2.5;
    expect(spacerTwip(spacer!)).toBe(Math.round(TEXT_HEIGHT_TWIP - 3 * GRID.linePitchTwip - rulesTwip - 20));
  });
});

describe('版记 in 文件格式', async () => {
  const doc = notice({ format: 'file' });
  const { docx, placement } = await written(doc);
  const documentXml = docx.xml('word/document.xml');
  const stylesXml = docx.xml('word/styles.xml');

  it('goes where the print page put it, in the flow: never a section starting on an even page', () => {
    expect(documentXml).not.toContain('evenPage');
    const [spacer] = colophonParagraphs(docx);
    expect(spacer!.xml.includes('<w:pageBreakBefore/>')).toBe(placement.newPage);
    // only a blank page before it makes it a section of its own
    expect(sectionsOf(documentXml)).toHaveLength(placement.blankPageBefore ? 2 : 1);
  });

  it('prints 抄送 and 印发 in 4号 between rules of 0.35 and 0.25 mm, 左右各空一字', () => {
    const [spacer, copyTo, printed, ...rest] = colophonParagraphs(docx);
    expect(rest).toEqual([]);
    expect(spacer?.style).toBe('ColophonSpacer');
    expect([copyTo?.style, copyTo?.text]).toEqual(['ColophonCopyTo', `抄送：${COPY_TO}。`]);
    expect([printed?.style, printed?.text]).toEqual(['ColophonPrinted', '示例市人民政府办公室2025年10月15日印发']);
    // 印发机关 after a left tab one 4号 character in, 印发日期 against a right tab one character in from the right edge
    const tabStops = [...printed!.xml.matchAll(/<w:tab w:val="(\w+)" w:pos="(\d+)"\/>/g)].map((m) => [m[1], m[2]]);
    expect(tabStops).toEqual([
      ['left', '280'],
      ['right', String(TEXT_WIDTH_TWIP - 280)],
    ]);
    expect(printed!.xml.match(/<w:tab\/>/g)).toHaveLength(2);

    // the rules are borders of paragraphs without indents, so they span the text block: the
    // spacer's bottom border above 抄送, the 印发 line's top and bottom borders
    const spacerStyle = styleXml(stylesXml, 'ColophonSpacer');
    const copyToStyle = styleXml(stylesXml, 'ColophonCopyTo');
    const printedStyle = styleXml(stylesXml, 'ColophonPrinted');
    expect(attributesOf(spacerStyle, 'w:bottom')).toMatchObject({ 'w:val': 'single', 'w:sz': eighths(COLOPHON.outerRuleMm) });
    expect(attributesOf(printed!.xml, 'w:top')).toMatchObject({ 'w:val': 'single', 'w:sz': eighths(COLOPHON.innerRuleMm) });
    expect(attributesOf(printed!.xml, 'w:bottom')).toMatchObject({ 'w:val': 'single', 'w:sz': eighths(COLOPHON.outerRuleMm) });
    expect(copyToStyle).not.toContain('<w:pBdr>');
    expect([eighths(COLOPHON.outerRuleMm), eighths(COLOPHON.innerRuleMm)]).toEqual(['8', '6']);
    for (const style of [copyToStyle, printedStyle]) {
      expect(style).toContain(`<w:sz w:val="${COLOPHON.fontSizePt * 2}"/>`);
      expect(attributesOf(style, 'w:rFonts')['w:eastAsia']).toBe('仿宋_GB2312');
    }
    // wrapped 抄送 lines align after 抄送：, 左右各空一字
    expect(attributesOf(copyToStyle, 'w:ind')).toMatchObject({ 'w:left': String(280 + 3 * 280), 'w:hanging': String(3 * 280), 'w:right': '280' });
    expect(attributesOf(printedStyle, 'w:ind')).toMatchObject({ 'w:left': '0', 'w:right': '0' });
  });

  it('leaves above it the room the print page leaves, so that its last rule lies on the text block\'s bottom edge', () => {
    const [spacer] = colophonParagraphs(docx);
    expect(attributesOf(spacer!.xml, 'w:spacing')['w:lineRule']).toBe('exact');
    const roomTwip = (placement.offsetMm / GRID.linePitchMm) * GRID.linePitchTwip;
    const rulesTwip = (8 + 6 + 8) * 2.5;
    const aboveTwip = spacerTwip(spacer!) + rulesTwip - (TEXT_HEIGHT_TWIP - PAGE.linesPerPage * GRID.linePitchTwip);
    // the room less up to one point, so that no rounding pushes the 版记 onto the next page
    expect(aboveTwip).toBeLessThanOrEqual(roomTwip);
    expect(aboveTwip).toBeGreaterThanOrEqual(roomTwip - 21);
  });

  it('with 印发 only, rules that one line above and below', async () => {
    const { docx: only, placement: onlyPlacement } = await written(notice({ format: 'file', colophon: 'printed-only' }));
    const [spacer, printed, ...rest] = colophonParagraphs(only);
    expect(rest).toEqual([]);
    expect(printed?.style).toBe('ColophonPrinted');
    // the spacer's rule above (its style's bottom border), the style's own below, none between
    expect(printed!.xml).not.toContain('<w:pBdr>');
    expect(attributesOf(styleXml(only.xml('word/styles.xml'), 'ColophonPrinted'), 'w:bottom')).toMatchObject({ 'w:sz': '8' });
    const roomTwip = (onlyPlacement.offsetMm / GRID.linePitchMm) * GRID.linePitchTwip;
    const aboveTwip = spacerTwip(spacer!) + 16 * 2.5 - (TEXT_HEIGHT_TWIP - PAGE.linesPerPage * GRID.linePitchTwip);
    expect(aboveTwip).toBeGreaterThanOrEqual(roomTwip - 21);
  });

  it('after a blank page when the text fills its last, even, page: both pages an unnumbered section', async () => {
    const { docx: moved, placement: movedPlacement } = await written(withColophon(noticeEndingWithBody([34])));
    expect(movedPlacement).toMatchObject({ newPage: true, blankPageBefore: true });
    const sections = sectionsOf(moved.xml('word/document.xml'));
    expect(sections).toHaveLength(2);
    expect(sections[1]).toContain('<w:type w:val="nextPage"/>');
    for (const type of ['default', 'even'] as const) {
      expect(footerOf(moved, sections[1]!, type)).not.toContain('PAGE');
      expect(footerOf(moved, sections[0]!, type)).toContain('PAGE');
    }
  });

  it('is absent when the notice has none', async () => {
    const none = await writeAndUnpack(notice({ format: 'file', colophon: 'none' }));
    expect(paragraphsOf(none.xml('word/document.xml')).some((p) => p.style?.startsWith('Colophon'))).toBe(false);
  });
});

describe('版记 in 信函格式', () => {
  it('prints only 抄送, without rules (10.1)', async () => {
    const docx = await writeAndUnpack(notice({ format: 'letter' }));
    const [, copyTo, ...rest] = colophonParagraphs(docx);
    expect(rest).toEqual([]);
    expect(copyTo?.style).toBe('ColophonCopyTo');
    expect(styleXml(docx.xml('word/styles.xml'), 'ColophonCopyTo')).not.toContain('<w:pBdr>');
  });

  it('has no 版记 when there is no 抄送', async () => {
    const docx = await writeAndUnpack(notice({ format: 'letter', colophon: 'printed-only' }));
    expect(paragraphsOf(docx.xml('word/document.xml')).some((p) => p.style?.startsWith('Colophon'))).toBe(false);
  });
});
