import { describe, expect, it } from 'vitest';
import { BODY_CHAR_TWIP, ELEMENT, GRID, LETTERHEAD, PAGE, PAGE_NUMBER, docxFontName } from '../../../src/layout/gbt9704.js';
import { attributesOf, paragraphsOf, styleXml, writeAndUnpack } from './docx-parts.js';
import { notice } from './notices.js';

const docx = await writeAndUnpack(notice({ format: 'file' }));
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

  it('sets the 22 × 28 document grid in every section, with a cell Word counts 28 times per line', () => {
    const grids = [...documentXml.matchAll(/<w:docGrid [^>]*\/>/g)].map(([grid]) => attributesOf(grid, 'w:docGrid'));
    expect(grids.length).toBeGreaterThan(0);
    for (const grid of grids) {
      expect(grid).toEqual({ 'w:type': 'linesAndChars', 'w:linePitch': '579', 'w:charSpace': String(GRID.charSpaceWord) });
    }
    // Word's cell is the 3号 size plus charSpace / 4096 points
    const cellTwip = 320 + (GRID.charSpaceWord / 4096) * 20;
    const textWidth = PAGE.widthTwip - PAGE.marginLeftTwip - PAGE.marginRightTwip;
    expect(Math.floor(textWidth / cellTwip)).toBe(28);
    // a whole twip of slack, so no rounding can make it 27
    expect(textWidth - 28 * cellTwip).toBeGreaterThanOrEqual(20);
    expect(Math.floor((PAGE.heightTwip - PAGE.marginTopTwip - PAGE.marginBottomTwip) / 579)).toBe(22);
  });
});

describe('styles', () => {
  it('makes Normal the 3号 仿宋_GB2312 body: justified, 2-char indent, lines of one grid line', () => {
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
    expect(attributesOf(normal, 'w:ind')).toEqual({ 'w:firstLine': String(2 * BODY_CHAR_TWIP) });
    expect(attributesOf(normal, 'w:jc')).toEqual({ 'w:val': 'both' });
    expect(attributesOf(normal, 'w:spacing')).toEqual({ 'w:before': '0', 'w:after': '0', 'w:line': '579', 'w:lineRule': 'exact' });
  });

  it('narrows 3号 text to one twip under the grid cell and takes paragraphs off the grid', () => {
    // pPr spacing is the paragraph's; the run's character spacing is the one with w:val
    const characterSpacing = (style: string) => /<w:rPr>.*<w:spacing w:val="(-?\d+)"\/>/.exec(style)?.[1];
    expect(characterSpacing(styleXml(stylesXml, 'Normal'))).toBe(String(BODY_CHAR_TWIP - 320));
    expect(BODY_CHAR_TWIP).toBe(320 + (GRID.charSpaceWord / 4096) * 20 - 1);
    // 28 narrowed characters fit the text block with room to spare; 29 do not
    const textWidth = PAGE.widthTwip - PAGE.marginLeftTwip - PAGE.marginRightTwip;
    expect(28 * BODY_CHAR_TWIP).toBeLessThan(textWidth);
    expect(29 * BODY_CHAR_TWIP).toBeGreaterThan(textWidth);
    // through basedOn, every style of 3号 text is narrowed and no style of another size is
    const styles = new Map(
      [...stylesXml.matchAll(/<w:style [^>]*w:styleId="(\w+)"[^>]*>(.*?)<\/w:style>/g)].map(([, id, xml]) => [
        id!,
        { basedOn: /<w:basedOn w:val="(\w+)"\/>/.exec(xml!)?.[1], size: /<w:sz w:val="(\d+)"\/>/.exec(xml!)?.[1], spacing: characterSpacing(xml!) },
      ]),
    );
    const inherited = (id: string | undefined, key: 'size' | 'spacing'): string | undefined => {
      const style = id === undefined ? undefined : styles.get(id);
      return style === undefined ? undefined : (style[key] ?? inherited(style.basedOn, key));
    };
    // Strong (**…**) alone has neither: it keeps the size and narrowing of the text it marks
    expect(styles.get('Strong')).toEqual({ basedOn: undefined, size: undefined, spacing: undefined });
    const sizes = new Set<string | undefined>();
    for (const id of styles.keys()) {
      if (id === 'Strong') continue;
      const size = inherited(id, 'size');
      sizes.add(size);
      expect(inherited(id, 'spacing'), id).toBe(size === '32' ? String(BODY_CHAR_TWIP - 320) : undefined);
    }
    expect(sizes).toEqual(new Set(['32', '44', '28', String(LETTERHEAD.organFontSizePt * 2)]));
    const defaults = /<w:docDefaults>.*<\/w:docDefaults>/.exec(stylesXml)?.[0] ?? '';
    expect(defaults).toContain(
      '<w:pPrDefault><w:pPr><w:widowControl w:val="0"/><mc:AlternateContent><mc:Choice Requires="w15"><w:overflowPunct w:val="0"/></mc:Choice><mc:Fallback><w:overflowPunct w:val="1"/></mc:Fallback></mc:AlternateContent><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/><w:snapToGrid w:val="0"/></w:pPr></w:pPrDefault>',
    );
    expect(defaults).toContain('<w:sz w:val="32"/>');
    // the markup-compatibility choice above needs its prefixes declared where it stands
    const root = /<w:styles [^>]*>/.exec(stylesXml)?.[0] ?? '';
    expect(root).toContain('xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"');
    expect(root).toContain('xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"');
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
    expect(attributesOf(styleXml(stylesXml, 'Annotation'), 'w:ind')).toEqual({ 'w:left': String(2 * BODY_CHAR_TWIP), 'w:firstLine': '0' });
  });

  it('sets table text in 4号 on lines of exactly 1.5 times its size (the PDF\'s), instead of the grid line', () => {
    const tableText = styleXml(stylesXml, 'TableText');
    expect(tableText).toContain(`<w:sz w:val="${ELEMENT.table.sizePt * 2}"/>`);
    // 14 pt × 1.5 = 21 pt
    expect(attributesOf(tableText, 'w:spacing')).toMatchObject({ 'w:line': '420', 'w:lineRule': 'exact' });
  });

  it('names the issuer\'s fonts instead of the official ones, everywhere', async () => {
    const swapped = await writeAndUnpack(notice({ fonts: { fangsong: '仿宋', kaiti: '楷体' } }));
    const styles = swapped.xml('word/styles.xml');
    expect(attributesOf(styleXml(styles, 'Normal'), 'w:rFonts')['w:eastAsia']).toBe('仿宋');
    expect(attributesOf(styleXml(styles, 'Heading2'), 'w:rFonts')['w:eastAsia']).toBe('楷体');
    expect(attributesOf(styleXml(styles, 'Heading1'), 'w:rFonts')['w:eastAsia']).toBe('黑体');
    expect(styles).not.toMatch(/仿宋_GB2312|楷体_GB2312/);
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
