import { describe, expect, it } from 'vitest';
import { COLOPHON, GRID, PAGE } from '../../../src/layout/gbt9704.js';
import { copyToLines } from '../../../src/write/docx/colophon.js';
import { attributesOf, paragraphsOf, styleXml, writeAndUnpack, type DocxParts } from './docx-parts.js';
import { COPY_TO, notice } from './notices.js';

const TEXT_HEIGHT_TWIP = PAGE.heightTwip - PAGE.marginTopTwip - PAGE.marginBottomTwip;
const TEXT_WIDTH_TWIP = PAGE.widthTwip - PAGE.marginLeftTwip - PAGE.marginRightTwip;
const eighths = (mm: number) => String(Math.round(((mm * 72) / 25.4) * 8));

const sectionsOf = (documentXml: string) => documentXml.match(/<w:sectPr>.*?<\/w:sectPr>/g) ?? [];

/** The body paragraphs after the first section's end: the 版记's section. */
function colophonPage(docx: DocxParts) {
  const documentXml = docx.xml('word/document.xml');
  const split = documentXml.indexOf('</w:sectPr>');
  return paragraphsOf(documentXml.slice(split));
}

function footerOf(docx: DocxParts, section: string, type: 'default' | 'even'): string {
  const id = new RegExp(`<w:footerReference w:type="${type}" r:id="(rId\\d+)"/>`).exec(section)?.[1];
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(docx.xml('word/_rels/document.xml.rels'));
  return docx.xml(`word/${target?.[1] ?? target?.[2]}`);
}

describe('版记 in 文件格式', async () => {
  const docx = await writeAndUnpack(notice({ format: 'file' }));
  const documentXml = docx.xml('word/document.xml');
  const stylesXml = docx.xml('word/styles.xml');
  const [body, colophon] = sectionsOf(documentXml);

  it('gets a section of its own that starts on an even page, on the same page setup', () => {
    expect(sectionsOf(documentXml)).toHaveLength(2);
    expect(colophon).toContain('<w:type w:val="evenPage"/>');
    for (const tag of ['w:pgSz', 'w:pgMar', 'w:docGrid']) expect(attributesOf(colophon!, tag), tag).toEqual(attributesOf(body!, tag));
  });

  it('shows no page number on its page, nor on a blank page Word puts before it', () => {
    for (const type of ['default', 'even'] as const) {
      expect(footerOf(docx, colophon!, type)).not.toContain('PAGE');
      expect(footerOf(docx, body!, type)).toContain('PAGE');
    }
    expect(colophon).not.toContain('<w:titlePg/>');
  });

  it('prints 抄送 and 印发 in 4号 between rules of 0.35 and 0.25 mm, 左右各空一字', () => {
    const [spacer, copyTo, printed, ...rest] = colophonPage(docx);
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

  it('fills the page above it, so that its last rule lies on the text block\'s bottom edge', () => {
    const [spacer] = colophonPage(docx);
    const spacerTwip = Number(attributesOf(spacer!.xml, 'w:spacing')['w:line']);
    expect(attributesOf(spacer!.xml, 'w:spacing')['w:lineRule']).toBe('exact');
    const lines = copyToLines(`抄送：${COPY_TO}。`) + 1;
    const rulesTwip = (8 + 6 + 8) * 2.5;
    const used = spacerTwip + lines * GRID.linePitchTwip + rulesTwip;
    // within one point of the bottom edge, never past it
    expect(used).toBeLessThanOrEqual(TEXT_HEIGHT_TWIP);
    expect(used).toBeGreaterThanOrEqual(TEXT_HEIGHT_TWIP - 20);
  });

  it('with 印发 only, rules that one line above and below', async () => {
    const only = await writeAndUnpack(notice({ format: 'file', colophon: 'printed-only' }));
    const [spacer, printed, ...rest] = colophonPage(only);
    expect(rest).toEqual([]);
    expect(printed?.style).toBe('ColophonPrinted');
    // the spacer's rule above (its style's bottom border), the style's own below, none between
    expect(printed!.xml).not.toContain('<w:pBdr>');
    expect(attributesOf(styleXml(only.xml('word/styles.xml'), 'ColophonPrinted'), 'w:bottom')).toMatchObject({ 'w:sz': '8' });
    const spacerTwip = Number(attributesOf(spacer!.xml, 'w:spacing')['w:line']);
    expect(spacerTwip + GRID.linePitchTwip + 16 * 2.5).toBeGreaterThanOrEqual(TEXT_HEIGHT_TWIP - 20);
  });

  it('is absent, with its section, when the notice has none', async () => {
    const none = await writeAndUnpack(notice({ format: 'file', colophon: 'none' }));
    expect(sectionsOf(none.xml('word/document.xml'))).toHaveLength(1);
  });
});

describe('版记 in 信函格式', () => {
  it('prints only 抄送, without rules (10.1)', async () => {
    const docx = await writeAndUnpack(notice({ format: 'letter' }));
    const [, copyTo, ...rest] = colophonPage(docx);
    expect(rest).toEqual([]);
    expect(copyTo?.style).toBe('ColophonCopyTo');
    expect(styleXml(docx.xml('word/styles.xml'), 'ColophonCopyTo')).not.toContain('<w:pBdr>');
  });

  it('has no 版记 page when there is no 抄送', async () => {
    const docx = await writeAndUnpack(notice({ format: 'letter', colophon: 'printed-only' }));
    expect(sectionsOf(docx.xml('word/document.xml'))).toHaveLength(1);
  });
});

describe('copyToLines', () => {
  it('counts a line of up to 28 characters as one, then 25 per line after 抄送：', () => {
    expect(copyToLines('抄'.repeat(28))).toBe(1);
    expect(copyToLines('抄'.repeat(29))).toBe(2);
    expect(copyToLines('抄'.repeat(28 + 25))).toBe(2);
    expect(copyToLines('抄'.repeat(28 + 26))).toBe(3);
    // digits and Latin letters count half
    expect(copyToLines('1'.repeat(56))).toBe(1);
  });
});
