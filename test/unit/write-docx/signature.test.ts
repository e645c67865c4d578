import { describe, expect, it } from 'vitest';
import { BODY_CHAR_TWIP, GRID, PAGE, SIGNATURE } from '../../../src/layout/gbt9704.js';
import { signatureIndents } from '../../../src/write/docx/handlers/signature.js';
import { sampleNotice, sampleSeal } from '../../fixtures/sample-notice.js';
import { attributesOf, paragraphsOf, writeAndUnpack } from './docx-parts.js';

describe('signatureIndents', () => {
  it('follows the standard example without a seal: 9-char 署名 and 6-char date give 右空三字', () => {
    // 7.3.5.2: ××市人民政府办公室 over 2024年1月5日
    expect(signatureIndents({ issuerChars: 9, dateChars: 6, sealed: false })).toEqual({ issuerRightChars: 2, dateRightChars: 3 });
  });

  it('keeps a date longer than 署名 右空二字 and moves 署名 left, its first char two ahead', () => {
    const { issuerRightChars, dateRightChars } = signatureIndents({ issuerChars: 4, dateChars: 7, sealed: false });
    expect(dateRightChars).toBe(2);
    expect(issuerRightChars + 4 - (dateRightChars + 7)).toBe(SIGNATURE.dateShiftCharsWithoutSeal);
  });

  it('with a seal puts the date 右空四字 and centres 署名 over it', () => {
    const { issuerRightChars, dateRightChars } = signatureIndents({ issuerChars: 10, dateChars: 7, sealed: true });
    expect(dateRightChars).toBe(4);
    expect(issuerRightChars + 10 / 2).toBe(dateRightChars + 7 / 2);
  });

  it('never indents a long 署名 past the right margin', () => {
    expect(signatureIndents({ issuerChars: 30, dateChars: 7, sealed: true }).issuerRightChars).toBe(0);
  });
});

describe('signature block', () => {
  /**
   * The closing block's line pitch: the grid's, or the closer one the print page set it at (7.3.5.5;
   * the sample notice's closing block stays on its page so), within the grid's and 24 pt.
   */
  const linePitchTwip = (paragraphXml: string) => {
    const exact = /<w:spacing [^>]*w:line="(\d+)"[^>]*w:lineRule="exact"/.exec(paragraphXml);
    const pitch = exact ? Number(exact[1]) : GRID.linePitchTwip;
    expect(pitch).toBeLessThanOrEqual(GRID.linePitchTwip);
    expect(pitch).toBeGreaterThanOrEqual(24 * 20);
    return pitch;
  };

  it('with a seal: two blank lines, 署名 centred over the date 右空四字, the seal floating behind both', async () => {
    const docx = await writeAndUnpack(sampleNotice());
    const paragraphs = paragraphsOf(docx.xml('word/document.xml'));
    const issuerIndex = paragraphs.findIndex((p) => p.style === 'SignatureIssuer');
    const issuer = paragraphs[issuerIndex]!;
    const date = paragraphs[issuerIndex + 1]!;
    expect(paragraphs.slice(issuerIndex - 3, issuerIndex).map((p) => p.style)).toEqual(['AttachmentList', 'KeptBlank', 'KeptBlank']);
    expect([issuer.text, date.style, date.text]).toEqual(['示例市人民政府办公室', 'SignatureDate', '2025年10月15日']);
    // 2025年10月15日 is 7 字 wide (digits are half), 示例市人民政府办公室 10
    expect(attributesOf(date.xml, 'w:ind')).toEqual({ 'w:right': String(4 * BODY_CHAR_TWIP) });
    expect(attributesOf(issuer.xml, 'w:ind')).toEqual({ 'w:right': String(2.5 * BODY_CHAR_TWIP) });
    expect(paragraphs[issuerIndex + 2]?.style).toBe('Annotation');

    const anchor = attributesOf(issuer.xml, 'wp:anchor');
    expect(anchor).toMatchObject({ behindDoc: '1', allowOverlap: '1' });
    expect(issuer.xml).toContain('<wp:wrapNone/>');
    expect(attributesOf(issuer.xml, 'wp:docPr')).toMatchObject({ id: '1', descr: '印章' });
    const diameterEmu = 45 * 36_000;
    expect(attributesOf(issuer.xml, 'wp:extent')).toEqual({ cx: String(diameterEmu), cy: String(diameterEmu) });
    const [, horizontalFrom, horizontal] = /<wp:positionH relativeFrom="(\w+)"><wp:posOffset>(-?\d+)</.exec(issuer.xml)!;
    const [, verticalFrom, vertical] = /<wp:positionV relativeFrom="(\w+)"><wp:posOffset>(-?\d+)</.exec(issuer.xml)!;
    expect([horizontalFrom, verticalFrom]).toEqual(['margin', 'paragraph']);
    // centred on the date: its centre is 4 + 7/2 字 in from the right edge of the text block
    const textWidthEmu = (PAGE.widthTwip - PAGE.marginLeftTwip - PAGE.marginRightTwip) * 635;
    const dateCentreEmu = textWidthEmu - 7.5 * BODY_CHAR_TWIP * 635;
    expect(Number(horizontal) + diameterEmu / 2).toBeCloseTo(dateCentreEmu, -1);
    // its top on the first blank line, so it spans both blank lines, 署名 and the date
    const pitch = linePitchTwip(issuer.xml);
    expect(Number(vertical)).toBe(-2 * pitch * 635);
    expect(diameterEmu + Number(vertical)).toBeGreaterThan(2 * pitch * 635);

    expect(Buffer.from(docx.entries['word/media/image1.png']!).equals(Buffer.from(sampleSeal().png))).toBe(true);
  });

  it('under a 60 mm seal leaves three blank lines, so 署名 stays below the seal\'s centre', async () => {
    const sample = sampleNotice();
    const tree = {
      ...sample.tree,
      children: sample.tree.children.map((node) =>
        node.type === 'gongwenSignature' && node.seal ? { ...node, seal: { ...node.seal, diameterMm: 60 } } : node,
      ),
    };
    const paragraphs = paragraphsOf((await writeAndUnpack({ ...sample, tree })).xml('word/document.xml'));
    const issuerIndex = paragraphs.findIndex((p) => p.style === 'SignatureIssuer');
    expect(paragraphs.slice(issuerIndex - 4, issuerIndex).map((p) => p.style)).toEqual(['AttachmentList', 'KeptBlank', 'KeptBlank', 'KeptBlank']);
    const issuer = paragraphs[issuerIndex]!;
    const [, vertical] = /<wp:positionV relativeFrom="paragraph"><wp:posOffset>(-?\d+)</.exec(issuer.xml)!;
    const pitch = linePitchTwip(issuer.xml);
    expect(Number(vertical)).toBe(-3 * pitch * 635);
    // the seal's centre lies above the middle of the 署名 line
    const centreBelowTopEmu = (60 * 36_000) / 2;
    expect(centreBelowTopEmu).toBeLessThan((3 + 0.5) * pitch * 635);
    expect(attributesOf(issuer.xml, 'wp:extent')).toMatchObject({ cx: String(60 * 36_000) });
  });

  it('without a seal: one blank line, 署名 右空二字, the date two characters further right, no drawing', async () => {
    const docx = await writeAndUnpack(sampleNotice({ seal: false }));
    const documentXml = docx.xml('word/document.xml');
    const paragraphs = paragraphsOf(documentXml);
    const issuerIndex = paragraphs.findIndex((p) => p.style === 'SignatureIssuer');
    expect(paragraphs.slice(issuerIndex - 2, issuerIndex).map((p) => p.style)).toEqual(['AttachmentList', 'KeptBlank']);
    expect(attributesOf(paragraphs[issuerIndex]!.xml, 'w:ind')).toEqual({ 'w:right': String(2 * BODY_CHAR_TWIP) });
    // 10 − 7 − 2 + 2 = 3 字
    expect(attributesOf(paragraphs[issuerIndex + 1]!.xml, 'w:ind')).toEqual({ 'w:right': String(3 * BODY_CHAR_TWIP) });
    expect(documentXml).not.toContain('<w:drawing>');
    expect(Object.keys(docx.entries).filter((name) => name.startsWith('word/media/'))).toEqual([]);
  });
});
