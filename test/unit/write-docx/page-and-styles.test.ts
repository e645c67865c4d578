import { describe, expect, it } from 'vitest';
import { ELEMENT, GRID, PAGE, PAGE_NUMBER, docxFontName } from '../../../src/layout/gbt9704.js';
import { sampleNotice } from '../../fixtures/sample-notice.js';
import { attributesOf, paragraphsOf, styleXml, writeAndUnpack } from './docx-parts.js';

const docx = await writeAndUnpack(sampleNotice());
const documentXml = docx.xml('word/document.xml');
const stylesXml = docx.xml('word/styles.xml');

describe('page', () => {
  it('is A4 with the GB/T 9704 margins in literal twips and the footer distance', () => {
    expect(attributesOf(documentXml, 'w:pgSz')).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
    expect(attributesOf(documentXml, 'w:pgMar')).toMatchObject({
      'w:top': String(PAGE.marginTopTwip),
      'w:bottom': String(PAGE.marginBottomTwip),
      'w:left': String(PAGE.marginLeftTwip),
      'w:right': String(PAGE.marginRightTwip),
      'w:footer': String(PAGE_NUMBER.footerDistanceTwip),
    });
  });

  it('sets the 22 × 28 document grid', () => {
    expect(attributesOf(documentXml, 'w:docGrid')).toEqual({
      'w:type': 'linesAndChars',
      'w:linePitch': String(GRID.linePitchTwip),
      'w:charSpace': String(GRID.charSpaceWord),
    });
  });

  it('has one section, so odd/even footers count pages from the first', () => {
    expect(documentXml.match(/<w:sectPr/g)).toHaveLength(1);
  });
});

describe('styles', () => {
  it('makes Normal the 3号 仿宋_GB2312 body: justified, 2-char indent, no paragraph spacing', () => {
    const normal = styleXml(stylesXml, 'Normal');
    expect(normal).toContain('w:default="1"');
    expect(normal).toContain('<w:sz w:val="32"/>');
    expect(attributesOf(normal, 'w:rFonts')).toEqual({
      'w:ascii': 'Times New Roman',
      'w:hAnsi': 'Times New Roman',
      'w:cs': 'Times New Roman',
      'w:eastAsia': '仿宋_GB2312',
      'w:hint': 'eastAsia',
    });
    expect(attributesOf(normal, 'w:ind')).toEqual({ 'w:firstLine': '640' });
    expect(attributesOf(normal, 'w:jc')).toEqual({ 'w:val': 'both' });
    expect(attributesOf(normal, 'w:spacing')).toMatchObject({ 'w:before': '0', 'w:after': '0', 'w:lineRule': 'auto' });
  });

  it('restyles the built-in headings under their Word names, 3号, not bold, kept with the next line', () => {
    const fonts = ['黑体', '楷体_GB2312', '仿宋_GB2312', '仿宋_GB2312'];
    fonts.forEach((font, index) => {
      const heading = styleXml(stylesXml, `Heading${index + 1}`);
      expect(heading).toContain(`<w:name w:val="heading ${index + 1}"/>`);
      expect(attributesOf(heading, 'w:rFonts')['w:eastAsia']).toBe(font);
      expect(heading).toContain('<w:sz w:val="32"/>');
      expect(heading).toContain('<w:b w:val="false"/>');
      expect(heading).toContain('<w:keepNext/>');
      expect(attributesOf(heading, 'w:outlineLvl')).toEqual({ 'w:val': String(index) });
    });
  });

  it('sets the title in 小标宋 2号, centred, without the body indent', () => {
    const title = styleXml(stylesXml, 'Title');
    expect(attributesOf(title, 'w:rFonts')['w:eastAsia']).toBe(docxFontName(ELEMENT.title.font));
    expect(title).toContain('<w:sz w:val="44"/>');
    expect(title).toContain('<w:jc w:val="center"/>');
    expect(attributesOf(title, 'w:ind')).toEqual({ 'w:firstLine': '0' });
  });

  it('gives every 公文 element a named style that the document uses', () => {
    const used = new Set(paragraphsOf(documentXml).map((p) => p.style));
    const names: Record<string, string> = {
      DocNumber: '发文字号',
      Addressee: '主送机关',
      AttachmentList: '附件说明',
      SignatureIssuer: '署名',
      SignatureDate: '成文日期',
      Annotation: '附注',
      AttachmentLabel: '附件标识',
      AttachmentTitle: '附件标题',
      TableText: '表格文字',
    };
    for (const [id, name] of Object.entries(names)) {
      expect(styleXml(stylesXml, id)).toContain(`<w:name w:val="${name}"/>`);
      expect(used, id).toContain(id);
    }
    expect(attributesOf(styleXml(stylesXml, 'AttachmentLabel'), 'w:rFonts')['w:eastAsia']).toBe('黑体');
    expect(attributesOf(styleXml(stylesXml, 'Annotation'), 'w:ind')).toEqual({ 'w:left': '640', 'w:firstLine': '0' });
  });

  it('sets table text in 4号, single spaced and off the line grid', () => {
    const tableText = styleXml(stylesXml, 'TableText');
    expect(tableText).toContain(`<w:sz w:val="${ELEMENT.table.sizePt * 2}"/>`);
    expect(tableText).toContain('<w:basedOn w:val="OffGrid"/>');
    expect(attributesOf(tableText, 'w:spacing')).toMatchObject({ 'w:line': '240', 'w:lineRule': 'auto' });
    expect(styleXml(stylesXml, 'OffGrid')).toContain('<w:pPr><w:snapToGrid w:val="0"/></w:pPr>');
  });

  it('names no theme font anywhere, so WPS reports no missing fonts', () => {
    for (const [name, bytes] of Object.entries(docx.entries)) {
      if (!name.endsWith('.xml') || name.startsWith('word/theme/')) continue;
      expect(new TextDecoder().decode(bytes), name).not.toMatch(/w:(ascii|hAnsi|eastAsia|cs)Theme=/);
    }
  });
});

describe('page numbers', () => {
  const footerFor = (type: 'default' | 'even') => {
    const id = new RegExp(`<w:footerReference w:type="${type}" r:id="(rId\\d+)"/>`).exec(documentXml)?.[1];
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(docx.xml('word/_rels/document.xml.rels'));
    return docx.xml(`word/${target?.[1] ?? target?.[2]}`);
  };

  it('switches on different odd and even footers', () => {
    expect(docx.xml('word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
  });

  it('prints — PAGE — with U+2014 on both, right on odd pages and left on even ones', () => {
    const expected = { default: 'FooterOdd', even: 'FooterEven' } as const;
    for (const [type, style] of Object.entries(expected) as Array<[keyof typeof expected, string]>) {
      const footer = footerFor(type);
      expect(footer).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>');
      // the page number itself is a field, so the visible text around it is the two dashes
      expect(paragraphsOf(footer).map((p) => [p.style, p.text])).toEqual([[style, '\u2014 ' + ' \u2014']]);
    }
    const oneChar = String(PAGE_NUMBER.sideIndentPt * 20);
    expect(attributesOf(styleXml(stylesXml, 'FooterOdd'), 'w:ind')).toMatchObject({ 'w:right': oneChar });
    expect(attributesOf(styleXml(stylesXml, 'FooterOdd'), 'w:jc')).toEqual({ 'w:val': 'right' });
    expect(attributesOf(styleXml(stylesXml, 'FooterEven'), 'w:ind')).toMatchObject({ 'w:left': oneChar });
    expect(attributesOf(styleXml(stylesXml, 'FooterEven'), 'w:jc')).toEqual({ 'w:val': 'left' });
    const footerStyle = styleXml(stylesXml, 'Footer');
    expect(attributesOf(footerStyle, 'w:rFonts')['w:eastAsia']).toBe('宋体');
    expect(footerStyle).toContain('<w:sz w:val="28"/>');
  });
});
