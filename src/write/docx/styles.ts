// The DOCX style sheet: every look the notice has is a named paragraph style, so an office can
// restyle the document in Word or WPS and the writer never formats a paragraph by hand.
// Built-in styles (Normal, heading 1–4, Title, footer) keep their Word names so Word and WPS
// show 正文 / 标题 1–4 and the navigation pane works; the 公文 elements get styles of their own.
//
// The writer owns the whole styles.xml: docx's defaults carry Calibri-era colours and theme
// colours, and a style that turns off the line grid has no docx option (see offGridStyle).

import {
  AlignmentType,
  DocumentDefaults,
  ImportedXmlComponent,
  LineRuleType,
  type IParagraphStyleOptions,
  type IRunStylePropertiesOptions,
  type IStylesOptions,
} from 'docx';
import { BODY_CHAR_TWIP, COLOUR, ELEMENT, PAGE_NUMBER, docxFontName, type FontRole } from '../../layout/gbt9704.js';

/** Style ids the handlers name. Ids stay ASCII; the names Word shows are Chinese. */
export const STYLE = {
  body: 'Normal',
  title: 'Title',
  heading: ['Heading1', 'Heading2', 'Heading3', 'Heading4'],
  docNumber: 'DocNumber',
  addressee: 'Addressee',
  attachmentList: 'AttachmentList',
  signatureGap: 'SignatureGap',
  signatureIssuer: 'SignatureIssuer',
  signatureDate: 'SignatureDate',
  annotation: 'Annotation',
  attachmentLabel: 'AttachmentLabel',
  attachmentTitle: 'AttachmentTitle',
  offGrid: 'OffGrid',
  tableText: 'TableText',
  tableHeader: 'TableHeader',
  footer: 'Footer',
  footerOdd: 'FooterOdd',
  footerEven: 'FooterEven',
} as const;

/** 2 字 of body text: the first-line indent of 正文 and of every heading (7.3.3). */
const BODY_INDENT_TWIP = 2 * BODY_CHAR_TWIP;

/**
 * Explicit names for every script, so no theme font ever applies. The eastAsia hint makes Word
 * set “ ” — … in the Chinese face rather than in Times New Roman.
 */
function fontsFor(role: FontRole): IRunStylePropertiesOptions['font'] {
  const latin = docxFontName('latin');
  return { ascii: latin, hAnsi: latin, cs: latin, eastAsia: docxFontName(role), hint: 'eastAsia' };
}

function runFor(element: { font: FontRole; sizePt: number }): IRunStylePropertiesOptions {
  const halfPoints = element.sizePt * 2;
  return {
    font: fontsFor(element.font),
    size: halfPoints,
    sizeComplexScript: halfPoints,
    bold: false,
    italics: false,
    color: COLOUR.text,
    language: { value: 'en-US', eastAsia: 'zh-CN' },
  };
}

/** Single spacing on the document grid, so each body line takes one of the page's 22 lines. */
const SINGLE_SPACING = { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } as const;

const NO_INDENT = { firstLine: 0 } as const;

function headingStyle(depth: 1 | 2 | 3 | 4): IParagraphStyleOptions {
  const element = ELEMENT[`heading${depth}`];
  return {
    id: STYLE.heading[depth - 1]!,
    // Word's own name for the built-in style, lower case: a different name makes a duplicate
    name: `heading ${depth}`,
    basedOn: STYLE.body,
    next: STYLE.body,
    quickFormat: true,
    paragraph: { keepNext: true, keepLines: true, outlineLevel: depth - 1, indent: { firstLine: BODY_INDENT_TWIP } },
    run: runFor(element),
  };
}

/** A style derived from 正文 that differs only in paragraph layout and, optionally, its run. */
function bodyVariant(
  id: string,
  name: string,
  paragraph: IParagraphStyleOptions['paragraph'],
  run?: IRunStylePropertiesOptions,
): IParagraphStyleOptions {
  return { id, name, basedOn: STYLE.body, next: STYLE.body, quickFormat: true, paragraph, ...(run ? { run } : {}) };
}

/**
 * 无网格: paragraphs that must not snap to the 22-line grid (table cells, where a 4号 line would
 * grow to a full grid line, and the footer, whose distance is measured for a natural line).
 * docx has no paragraph-level snapToGrid option, so this one style is assembled element by element.
 */
function offGridStyle(): ImportedXmlComponent {
  const style = new ImportedXmlComponent('w:style', { 'w:type': 'paragraph', 'w:styleId': STYLE.offGrid });
  style.push(new ImportedXmlComponent('w:name', { 'w:val': '无网格' }));
  style.push(new ImportedXmlComponent('w:basedOn', { 'w:val': STYLE.body }));
  const paragraph = new ImportedXmlComponent('w:pPr');
  paragraph.push(new ImportedXmlComponent('w:snapToGrid', { 'w:val': '0' }));
  style.push(paragraph);
  return style;
}

function paragraphStyles(): IParagraphStyleOptions[] {
  const centred = { alignment: AlignmentType.CENTER, indent: NO_INDENT };
  const pageNumberIndentTwip = PAGE_NUMBER.sideIndentPt * 20;
  return [
    {
      id: STYLE.body,
      name: 'Normal',
      quickFormat: true,
      paragraph: { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: BODY_INDENT_TWIP }, spacing: SINGLE_SPACING },
      run: runFor(ELEMENT.body),
    },
    headingStyle(1),
    headingStyle(2),
    headingStyle(3),
    headingStyle(4),
    bodyVariant(STYLE.title, 'Title', { ...centred, keepNext: true, keepLines: true }, runFor(ELEMENT.title)),
    bodyVariant(STYLE.docNumber, '发文字号', centred),
    bodyVariant(STYLE.addressee, '主送机关', { indent: NO_INDENT }),
    // indents differ per item (they follow the width of 附件：N.), so the paragraphs carry them
    bodyVariant(STYLE.attachmentList, '附件说明', { indent: NO_INDENT }),
    bodyVariant(STYLE.signatureGap, '署名前空行', { keepNext: true }),
    bodyVariant(STYLE.signatureIssuer, '署名', { alignment: AlignmentType.RIGHT, indent: NO_INDENT, keepNext: true, keepLines: true }),
    bodyVariant(STYLE.signatureDate, '成文日期', { alignment: AlignmentType.RIGHT, indent: NO_INDENT, keepLines: true }),
    bodyVariant(STYLE.annotation, '附注', { indent: { left: BODY_INDENT_TWIP, firstLine: 0 } }),
    bodyVariant(
      STYLE.attachmentLabel,
      '附件标识',
      { alignment: AlignmentType.LEFT, indent: NO_INDENT, keepNext: true },
      runFor(ELEMENT.attachmentLabel),
    ),
    bodyVariant(STYLE.attachmentTitle, '附件标题', { ...centred, keepNext: true, keepLines: true }, runFor(ELEMENT.attachmentTitle)),
    {
      id: STYLE.tableText,
      name: '表格文字',
      basedOn: STYLE.offGrid,
      quickFormat: true,
      paragraph: { alignment: AlignmentType.LEFT, indent: NO_INDENT, spacing: SINGLE_SPACING },
      run: runFor(ELEMENT.table),
    },
    {
      id: STYLE.tableHeader,
      name: '表头文字',
      basedOn: STYLE.tableText,
      quickFormat: true,
      paragraph: { alignment: AlignmentType.CENTER, keepNext: true },
      run: runFor({ ...ELEMENT.table, font: 'heiti' }),
    },
    {
      id: STYLE.footer,
      name: 'footer',
      basedOn: STYLE.offGrid,
      paragraph: { indent: NO_INDENT, spacing: SINGLE_SPACING },
      run: runFor(ELEMENT.pageNumber),
    },
    {
      id: STYLE.footerOdd,
      name: '页码（单页）',
      basedOn: STYLE.footer,
      paragraph: { alignment: AlignmentType.RIGHT, indent: { right: pageNumberIndentTwip, firstLine: 0 } },
    },
    {
      id: STYLE.footerEven,
      name: '页码（双页）',
      basedOn: STYLE.footer,
      paragraph: { alignment: AlignmentType.LEFT, indent: { left: pageNumberIndentTwip, firstLine: 0 } },
    },
  ];
}

/** The complete style sheet, for the `styles` option of docx's Document. */
export function noticeStyles(): IStylesOptions {
  return {
    // Giving importedStyles replaces docx's default set; the document defaults repeat the body
    // run because Word measures the character grid against the default font size.
    importedStyles: [new DocumentDefaults({ run: runFor(ELEMENT.body) }), offGridStyle()],
    paragraphStyles: paragraphStyles(),
  };
}
