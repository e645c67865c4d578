import { describe, expect, it } from 'vitest';
import { COLOPHON, GRID, PAGE } from '../../../src/layout/gbt9704.js';
import { printLayout } from '../../../src/write/pdf/print-layout.js';
import type { NoticeDocument } from '../../../src/model/document.js';
import { attributesOf, paragraphsOf, session, styleXml, writeAndUnpack, type DocxParts } from './docx-parts.js';
import { COPY_TO, notice, withColophon } from './notices.js';
import { noticeEndingWithBody } from '../write-pdf/grid-notices.js';

const TEXT_WIDTH_TWIP = PAGE.widthTwip - PAGE.marginLeftTwip - PAGE.marginRightTwip;
const eighths = (mm: number) => String(Math.round(((mm * 72) / 25.4) * 8));

const sectionsOf = (documentXml: string) => documentXml.match(/<w:sectPr>.*?<\/w:sectPr>/g) ?? [];

/** The 版记: the properties of the paragraph anchoring its text box, the box's shape, and the paragraphs in the box. */
function colophonOf(docx: DocxParts) {
  const documentXml = docx.xml('word/document.xml');
  const anchor = /<w:p><w:pPr><w:pStyle w:val="ColophonAnchor"\/>(.*?)<\/w:pPr><w:r><w:pict>(<v:rect [^>]*>.*?<\/v:rect>)<\/w:pict><\/w:r><\/w:p>/.exec(documentXml);
  if (!anchor) throw new Error('no 版记 box');
  const content = /<w:txbxContent>(.*)<\/w:txbxContent>/.exec(anchor[2]!)?.[1] ?? '';
  return { anchorProperties: anchor[1]!, shape: anchor[2]!, paragraphs: paragraphsOf(content) };
}

/** The shape's CSS-like style of a VML element, as a map. */
function vmlStyle(element: string): Record<string, string> {
  const style = /style="([^"]*)"/.exec(element)?.[1] ?? '';
  return Object.fromEntries(style.split(';').map((declaration) => declaration.split(':') as [string, string]));
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


describe('版记 of a DOCX built without the PDF', async () => {
  const docx = await writeAndUnpack(notice({ format: 'file' }), { printsPdf: false });
  const documentXml = docx.xml('word/document.xml');

  it('needs no browser: the 版记 takes a section of its own from the next even page, at the foot of the text block', () => {
    const sections = sectionsOf(documentXml);
    expect(sections).toHaveLength(2);
    expect(sections[1]).toContain('<w:type w:val="evenPage"/>');
    const { shape, paragraphs } = colophonOf(docx);
    expect(paragraphs.map((p) => p.style)).toEqual(['ColophonRule', 'ColophonCopyTo', 'ColophonPrinted']);
    expect(vmlStyle(shape)).toMatchObject({ 'mso-position-vertical': 'bottom', 'mso-position-vertical-relative': 'margin' });
    // 「抄送：」, 46 characters and 「。」 take 2 lines of 4号 (29 characters between the side indents,
    // then 26 after the hanging 「抄送：」), 印发 one; then the first rule's 1 pt line and the rules (0.35 + 0.25 + 0.35 mm)
    expect([...`抄送：${COPY_TO}。`]).toHaveLength(50);
    const rulesTwip = (2 * Number(eighths(COLOPHON.outerRuleMm)) + Number(eighths(COLOPHON.innerRuleMm))) * 2.5;
    expect(vmlStyle(shape)['height']).toBe(`${(3 * GRID.linePitchTwip + 20 + rulesTwip) / 20}pt`);
  });
});

describe('版记 in 文件格式', async () => {
  const doc = notice({ format: 'file' });
  const { docx, placement } = await written(doc);
  const documentXml = docx.xml('word/document.xml');
  const stylesXml = docx.xml('word/styles.xml');

  it('goes where the print page put it, in the flow: never a section starting on an even page', () => {
    expect(documentXml).not.toContain('evenPage');
    expect(colophonOf(docx).anchorProperties.includes('<w:pageBreakBefore/>')).toBe(placement.newPage);
    // only a blank page before it makes it a section of its own
    expect(sectionsOf(documentXml)).toHaveLength(placement.blankPageBefore ? 2 : 1);
  });

  it('prints 抄送 and 印发 in 4号 between rules of 0.35 and 0.25 mm, 左右各空一字', () => {
    const [rule, copyTo, printed, ...rest] = colophonOf(docx).paragraphs;
    expect(rest).toEqual([]);
    expect([rule?.style, rule?.text]).toEqual(['ColophonRule', '']);
    expect([copyTo?.style, copyTo?.text]).toEqual(['ColophonCopyTo', `抄送：${COPY_TO}。`]);
    expect([printed?.style, printed?.text]).toEqual(['ColophonPrinted', '示例市人民政府办公室2025年10月15日印发']);
    // 印发机关 after a left tab one 4号 character in, 印发日期 against a right tab one character in from the right edge
    const tabStops = [...printed!.xml.matchAll(/<w:tab w:val="(\w+)" w:pos="(\d+)"\/>/g)].map((m) => [m[1], m[2]]);
    expect(tabStops).toEqual([
      ['left', '280'],
      ['right', String(TEXT_WIDTH_TWIP - 280)],
    ]);
    expect(printed!.xml.match(/<w:tab\/>/g)).toHaveLength(2);

    // the rules are borders of paragraphs without indents, so they span the text block: an empty
    // paragraph's bottom border above 抄送, the 印发 line's top and bottom borders
    const ruleStyle = styleXml(stylesXml, 'ColophonRule');
    const copyToStyle = styleXml(stylesXml, 'ColophonCopyTo');
    const printedStyle = styleXml(stylesXml, 'ColophonPrinted');
    expect(attributesOf(ruleStyle, 'w:ind')).toMatchObject({ 'w:firstLine': '0' });
    expect(attributesOf(ruleStyle, 'w:bottom')).toMatchObject({ 'w:val': 'single', 'w:sz': eighths(COLOPHON.outerRuleMm) });
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

  it('sits in a box on the bottom margin, as wide as the text block, growing to fit its text, with the text flowing above it', () => {
    const { shape } = colophonOf(docx);
    expect(vmlStyle(shape)).toMatchObject({
      position: 'absolute',
      width: `${TEXT_WIDTH_TWIP / 20}pt`,
      'mso-position-horizontal': 'center',
      'mso-position-horizontal-relative': 'margin',
      'mso-position-vertical': 'bottom',
      'mso-position-vertical-relative': 'margin',
      // its last line, and with it the last rule, on the box's bottom edge
      'v-text-anchor': 'bottom',
    });
    expect(attributesOf(shape, 'v:rect')).toMatchObject({ filled: 'f', stroked: 'f' });
    expect(attributesOf(shape, 'v:textbox')).toMatchObject({ inset: '0,0,0,0', style: 'mso-fit-shape-to-text:t' });
    expect(attributesOf(shape, 'w10:wrap')).toMatchObject({ type: 'topAndBottom' });
  });

  it('with 印发 only, rules that one line above and below', async () => {
    const { docx: only } = await written(notice({ format: 'file', colophon: 'printed-only' }));
    const [rule, printed, ...rest] = colophonOf(only).paragraphs;
    expect(rest).toEqual([]);
    expect([rule?.style, printed?.style]).toEqual(['ColophonRule', 'ColophonPrinted']);
    // the first rule above (its style's bottom border), the style's own below, none between
    expect(printed!.xml).not.toContain('<w:pBdr>');
    expect(attributesOf(styleXml(only.xml('word/styles.xml'), 'ColophonPrinted'), 'w:bottom')).toMatchObject({ 'w:sz': '8' });
    expect(vmlStyle(colophonOf(only).shape)['height']).toBe(`${(GRID.linePitchTwip + 20 + 16 * 2.5) / 20}pt`);
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
    const [copyTo, ...rest] = colophonOf(docx).paragraphs;
    expect(rest).toEqual([]);
    expect(copyTo?.style).toBe('ColophonCopyTo');
    expect(styleXml(docx.xml('word/styles.xml'), 'ColophonCopyTo')).not.toContain('<w:pBdr>');
    expect(docx.xml('word/styles.xml')).not.toContain('ColophonRule');
  });

  it('has no 版记 when there is no 抄送', async () => {
    const docx = await writeAndUnpack(notice({ format: 'letter', colophon: 'printed-only' }));
    expect(paragraphsOf(docx.xml('word/document.xml')).some((p) => p.style?.startsWith('Colophon'))).toBe(false);
  });
});
