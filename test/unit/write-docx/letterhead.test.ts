import { describe, expect, it } from 'vitest';
import { LETTERHEAD, PAGE, PAGE_NUMBER } from '../../../src/layout/gbt9704.js';
import { attributesOf, paragraphsOf, styleXml, writeAndUnpack, type DocxParts } from './docx-parts.js';
import { ORGAN, notice } from './notices.js';

const twips = (mm: number) => Math.round((mm * 1440) / 25.4);
const TITLE = '示例市人民政府办公室关于2025年第三季度全市政府网站和政务新媒体检查情况的通报';

/** The header or footer part a section references for a page type. */
function referencedPart(docx: DocxParts, kind: 'header' | 'footer', type: 'default' | 'first' | 'even'): string | undefined {
  const id = new RegExp(`<w:${kind}Reference w:type="${type}" r:id="(rId\\d+)"/>`).exec(docx.xml('word/document.xml'))?.[1];
  if (!id) return undefined;
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(docx.xml('word/_rels/document.xml.rels'));
  return docx.xml(`word/${target?.[1] ?? target?.[2]}`);
}

const firstSection = (documentXml: string) => /<w:sectPr>.*?<\/w:sectPr>/.exec(documentXml)?.[0] ?? '';

/** 文件格式's first seven paragraphs: organ, 空二行, 文号 (carrying the red rule), 空二行, title. */
const fileOpening = (docNumber: string) => [
  ['LetterheadOrgan', ORGAN.file],
  ['Normal', ''],
  ['Normal', ''],
  ['DocNumber', docNumber],
  ['Normal', ''],
  ['Normal', ''],
  ['Title', TITLE],
];

/** A notice in a format, written and read back. */
async function written(format: 'file' | 'letter') {
  const docx = await writeAndUnpack(notice({ format }));
  const documentXml = docx.xml('word/document.xml');
  return { docx, documentXml, stylesXml: docx.xml('word/styles.xml'), paragraphs: paragraphsOf(documentXml) };
}

describe('文件格式', async () => {
  const { documentXml, stylesXml, paragraphs } = await written('file');

  it('opens with the red organ, two blank lines, the 文号, two blank lines, then the title', () => {
    expect(paragraphs.slice(0, 7).map((p) => [p.style, p.text])).toEqual(fileOpening('示政办函〔2025〕18号'));
  });

  it('sets the organ in red 小标宋, centred, its line 35 mm below the text block top', () => {
    const organ = styleXml(stylesXml, 'LetterheadOrgan');
    expect(attributesOf(organ, 'w:rFonts')['w:eastAsia']).toBe('方正小标宋简体');
    expect(organ).toContain('<w:color w:val="FF0000"/>');
    expect(organ).toContain(`<w:sz w:val="${LETTERHEAD.organFontSizePt * 2}"/>`);
    expect(organ).toContain('<w:jc w:val="center"/>');
    expect(attributesOf(organ, 'w:spacing')).toMatchObject({
      'w:before': String(twips(LETTERHEAD.fileOrganTopBelowTextTopMm)),
      'w:line': String(LETTERHEAD.organFontSizePt * 20),
      'w:lineRule': 'exact',
    });
    // 12 characters of 36 pt fit the 156 mm text block: no narrowing
    expect(paragraphs[0]?.xml).not.toContain('<w:w ');
  });

  it('narrows an organ name too long for one line to the text block', async () => {
    const long = notice({ format: 'file' });
    const organ = '示例省示例市示例区人民政府办公室文件';
    const tree = { ...long.tree, children: long.tree.children.map((node) => (node.type === 'gongwenLetterhead' ? { ...node, children: [{ type: 'text' as const, value: organ }] } : node)) };
    const [first] = paragraphsOf((await writeAndUnpack({ ...long, tree })).xml('word/document.xml'));
    const scale = Number(attributesOf(first!.xml, 'w:w')['w:val']);
    const textWidthPt = (PAGE.textWidthMm * 72) / 25.4;
    expect((organ.length * LETTERHEAD.organFontSizePt * scale) / 100).toBeLessThanOrEqual(textWidthPt);
    expect((organ.length * LETTERHEAD.organFontSizePt * (scale + 1)) / 100).toBeGreaterThan(textWidthPt);
  });

  it('centres the 文号 with the red rule under it, as wide as the text block', () => {
    const docNumber = styleXml(stylesXml, 'DocNumber');
    expect(docNumber).toContain('<w:jc w:val="center"/>');
    const rule = attributesOf(docNumber, 'w:bottom');
    expect(rule).toMatchObject({ 'w:val': 'single', 'w:color': 'FF0000', 'w:sz': String(LETTERHEAD.fileRuleThicknessPt * 8) });
    // about 4 mm under the characters, less the 1.2 mm they end above their line's bottom, in whole points
    expect(rule['w:space']).toBe(String(Math.round(((LETTERHEAD.fileRuleBelowDocNumberMm - 1.2) * 72) / 25.4)));
    expect(attributesOf(docNumber, 'w:ind')).toEqual({ 'w:firstLine': '0' });
  });

  it('keeps the rule when there is no 文号', async () => {
    const paragraphsWithout = paragraphsOf((await writeAndUnpack(notice({ format: 'file', docNumber: false }))).xml('word/document.xml'));
    expect(paragraphsWithout.slice(0, 7).map((p) => [p.style, p.text])).toEqual(fileOpening(''));
  });

  it('numbers page 1 like every other page: no title page, no header', () => {
    expect(firstSection(documentXml)).not.toContain('<w:titlePg/>');
    expect(documentXml).not.toContain('<w:headerReference');
    expect(attributesOf(documentXml, 'w:pgMar')['w:footer']).toBe(String(PAGE_NUMBER.footerDistanceTwip));
  });
});

describe('信函格式', async () => {
  const { docx, documentXml, stylesXml, paragraphs } = await written('letter');

  it('puts the organ and the red double line in page 1\'s header, 30 mm from the page top', () => {
    const header = referencedPart(docx, 'header', 'first');
    expect(paragraphsOf(header ?? '').map((p) => [p.style, p.text])).toEqual([['LetterheadOrgan', ORGAN.letter]]);
    expect(attributesOf(firstSection(documentXml), 'w:pgMar')['w:header']).toBe(String(twips(LETTERHEAD.letterOrganTopFromPageTopMm)));
    const organ = styleXml(stylesXml, 'LetterheadOrgan');
    expect(organ).toContain('<w:color w:val="FF0000"/>');
    expect(attributesOf(organ, 'w:spacing')).toMatchObject({ 'w:before': '0', 'w:lineRule': 'exact' });
    // thick over thin, 170 mm: 7 mm out on each side of the 156 mm text block
    expect(attributesOf(organ, 'w:bottom')).toMatchObject({ 'w:val': 'thickThinSmallGap', 'w:color': 'FF0000' });
    expect(attributesOf(organ, 'w:ind')).toMatchObject({ 'w:left': String(-twips(7)), 'w:right': String(-twips(7)) });
    expect(documentXml).not.toContain('LetterheadOrgan');
  });

  it('prints no page number on page 1: its footer is the lower double line, 20 mm above the edge', () => {
    expect(firstSection(documentXml)).toContain('<w:titlePg/>');
    const footer = referencedPart(docx, 'footer', 'first') ?? '';
    expect(footer).not.toContain('PAGE');
    expect(paragraphsOf(footer).map((p) => p.style)).toEqual(['FooterRule']);
    const rule = styleXml(stylesXml, 'FooterRule');
    expect(attributesOf(rule, 'w:bottom')).toMatchObject({ 'w:val': 'thinThickSmallGap', 'w:color': 'FF0000' });
    expect(attributesOf(rule, 'w:ind')).toMatchObject({ 'w:left': String(-twips(7)), 'w:right': String(-twips(7)) });
    const footerDistance = Number(attributesOf(firstSection(documentXml), 'w:pgMar')['w:footer']);
    expect(footerDistance).toBe(twips(LETTERHEAD.letterBottomRuleAbovePageBottomMm));
    // the page numbers of the other pages are lifted back to where 文件格式 puts them
    expect(Number(attributesOf(styleXml(stylesXml, 'Footer'), 'w:spacing')['w:after'])).toBe(PAGE_NUMBER.footerDistanceTwip - footerDistance);
    expect(referencedPart(docx, 'footer', 'default')).toContain('PAGE');
    expect(referencedPart(docx, 'footer', 'even')).toContain('PAGE');
  });

  it('opens the body with the 文号 flush right, 7/8 of a character under the double line, then the title two lines down', () => {
    expect(paragraphs.slice(0, 4).map((p) => [p.style, p.text])).toEqual([
      ['DocNumber', '示政办函〔2025〕18号'],
      ['Normal', ''],
      ['Normal', ''],
      ['Title', TITLE],
    ]);
    const docNumber = styleXml(stylesXml, 'DocNumber');
    expect(docNumber).toContain('<w:jc w:val="right"/>');
    expect(docNumber).not.toContain('<w:pBdr>');
    expect(attributesOf(docNumber, 'w:spacing')).toMatchObject({ 'w:before': String(Math.round((7 / 8) * 320)), 'w:line': '320', 'w:lineRule': 'exact' });
  });
});

describe('plain format', async () => {
  const docx = await writeAndUnpack(notice({ format: 'plain' }));
  const documentXml = docx.xml('word/document.xml');

  it('prints nothing red and no header, the 文号 centred on the first grid line (as in the PDF), the title a line below', () => {
    expect(documentXml).not.toContain('LetterheadOrgan');
    expect(documentXml).not.toContain('<w:headerReference');
    expect(docx.xml('word/styles.xml')).not.toContain('FF0000');
    const style = styleXml(docx.xml('word/styles.xml'), 'DocNumber');
    expect(attributesOf(style, 'w:jc')).toEqual({ 'w:val': 'center' });
    // no spacing of its own: the body's one grid line
    expect(style).not.toContain('<w:spacing');
    const [docNumber, blank, title] = paragraphsOf(documentXml);
    expect([docNumber?.style, blank?.text, title?.style]).toEqual(['DocNumber', '', 'Title']);
  });
});

describe('preprinted paper', async () => {
  const docx = await writeAndUnpack(notice({ format: 'preprinted' }));
  const documentXml = docx.xml('word/document.xml');
  const stylesXml = docx.xml('word/styles.xml');
  const file = await written('file');

  it('keeps the 文件格式 opening with an empty organ line: 空二行, the 文号, 空二行, the title', () => {
    const opening = paragraphsOf(documentXml).slice(0, 7).map((p) => [p.style, p.text]);
    expect(opening).toEqual(fileOpening('示政办函〔2025〕18号').map(([style, text]) => [style, style === 'LetterheadOrgan' ? '' : text]));
    // the empty line is as high as the printed organ, from as far under the text block's top
    expect(styleXml(stylesXml, 'LetterheadOrgan')).toBe(styleXml(file.stylesXml, 'LetterheadOrgan'));
  });

  it('prints no red rule: the 文号 centred as in 文件格式, the rule’s distance and width kept as space below it', () => {
    const docNumber = styleXml(stylesXml, 'DocNumber');
    expect(docNumber).not.toContain('<w:pBdr>');
    expect(attributesOf(docNumber, 'w:jc')).toEqual({ 'w:val': 'center' });
    const rule = attributesOf(styleXml(file.stylesXml, 'DocNumber'), 'w:bottom');
    expect(Number(attributesOf(docNumber, 'w:spacing')['w:after'])).toBe((Number(rule['w:space']) + Number(rule['w:sz']) / 8) * 20);
    expect(documentXml).not.toContain('<w:headerReference');
  });
});
