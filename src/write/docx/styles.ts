// The DOCX style sheet: every look the notice has is a named paragraph style, so an office can
// restyle the document in Word or WPS and the writer never formats a paragraph by hand.
// Built-in styles (Normal, heading 1–4, Title, footer) keep their Word names so Word and WPS
// show 正文 / 标题 1–4 and the navigation pane works; the 公文 elements get styles of their own.
// The 版头, 版记 and page-number styles live beside the code that uses them; style-sheet.ts
// gathers them all.
//
// How the 22 × 28 page is made: the section carries Word's document grid (22 lines, 28
// characters: what 页面设置 shows), but no paragraph snaps to it. Lines are exactly one grid
// line high and 3号 characters are narrowed by character spacing to one twip under a grid cell.
// Word lays that out as the grid would; LibreOffice, which gives a snapped character wider than
// a grid cell two cells (a 16 pt 3号 character in a 15.8 pt cell: about 14 a line), lays it out
// the same way too.

import {
  AlignmentType,
  LineRuleType,
  type ICharacterStyleOptions,
  type IParagraphStyleOptions,
  type IRunStylePropertiesOptions,
} from 'docx';
import { BODY_CHAR_TWIP, COLOUR, ELEMENT, EMPHASIS, FONT_SIZE_PT, GRID, docxFontName, type FontChoices, type FontRole } from '../../layout/gbt9704.js';
import { TABLE } from '../../layout/table-columns.js';

/** Style ids the handlers name. Ids stay ASCII; the names Word shows are Chinese. */
export const STYLE = {
  body: 'Normal',
  title: 'Title',
  heading: ['Heading1', 'Heading2', 'Heading3', 'Heading4'],
  /** character styles of a heading run into its paragraph, by depth 2–4 */
  runInHeading: { 2: 'RunInHeading2', 3: 'RunInHeading3', 4: 'RunInHeading4' },
  /** Word's own name for the character style of strong text */
  strong: 'Strong',
  partTitle: 'PartTitle',
  letterheadOrgan: 'LetterheadOrgan',
  docNumber: 'DocNumber',
  addressee: 'Addressee',
  bodyBeforeSignature: 'BodyBeforeSignature',
  attachmentList: 'AttachmentList',
  keptBlank: 'KeptBlank',
  signatureIssuer: 'SignatureIssuer',
  signatureDate: 'SignatureDate',
  annotation: 'Annotation',
  attachmentLabel: 'AttachmentLabel',
  attachmentTitle: 'AttachmentTitle',
  tableText: 'TableText',
  tableHeader: 'TableHeader',
  colophonAnchor: 'ColophonAnchor',
  colophonRule: 'ColophonRule',
  colophonCopyTo: 'ColophonCopyTo',
  colophonPrinted: 'ColophonPrinted',
  footer: 'Footer',
  footerOdd: 'FooterOdd',
  footerEven: 'FooterEven',
  footerRule: 'FooterRule',
} as const;

/** 2 字 of body text: the first-line indent of 正文 and of every heading (7.3.3). */
export const BODY_INDENT_TWIP = 2 * BODY_CHAR_TWIP;

/** Character spacing that narrows a 3号 character to BODY_CHAR_TWIP (−6 twips, −0.3 pt). */
const BODY_CHARACTER_SPACING_TWIP = BODY_CHAR_TWIP - FONT_SIZE_PT.sanhao * 20;

export interface RunLook {
  readonly font: FontRole;
  readonly sizePt: number;
  /** digits and Latin letters in the role's Chinese face too (页码, 附件N: 7.5, 7.3.7), not in Times New Roman */
  readonly digitsInRoleFont?: boolean;
}

/**
 * Explicit names for every script, so no theme font ever applies. The eastAsia hint makes Word
 * set “ ” — … in the Chinese face rather than in Times New Roman. An issuer's own font names
 * (e.g. 仿宋 for 仿宋_GB2312) replace the official ones.
 */
function fontsFor(look: RunLook, fonts: FontChoices): IRunStylePropertiesOptions['font'] {
  const latin = docxFontName(look.digitsInRoleFont ? look.font : 'latin', fonts);
  return { ascii: latin, hAnsi: latin, cs: latin, eastAsia: docxFontName(look.font, fonts), hint: 'eastAsia' };
}

const isBodySize = (look: RunLook) => look.sizePt === ELEMENT.body.sizePt;

/**
 * Every run property spelled out, so no style inherits a look it should not have. Only 3号 text
 * is narrowed to the 28-character pitch; titles, tables and page numbers keep their natural width.
 */
export function runFor(look: RunLook, fonts: FontChoices, colour: string = COLOUR.text): IRunStylePropertiesOptions {
  const halfPoints = look.sizePt * 2;
  return {
    font: fontsFor(look, fonts),
    size: halfPoints,
    sizeComplexScript: halfPoints,
    bold: false,
    italics: false,
    color: colour,
    ...(isBodySize(look) ? { characterSpacing: BODY_CHARACTER_SPACING_TWIP } : {}),
    language: { value: 'en-US', eastAsia: 'zh-CN' },
  };
}

/** One grid line per text line: the 22 lines of 5.2.3, whatever the font's own line height. */
export const ON_GRID_LINES = { before: 0, after: 0, line: GRID.linePitchTwip, lineRule: LineRuleType.EXACT } as const;

/** Single spacing off the grid, for footers, whose lines would grow to a grid line. */
export const SINGLE_SPACING = { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } as const;

/** Table lines off the grid, exactly as high as the PDF's (TABLE.lineHeightEm), whatever the font's own line height. */
const TABLE_LINES = { before: 0, after: 0, line: Math.round(ELEMENT.table.sizePt * TABLE.lineHeightEm * 20), lineRule: LineRuleType.EXACT } as const;

export const NO_INDENT = { firstLine: 0 } as const;

function headingStyle(depth: 1 | 2 | 3 | 4, fonts: FontChoices): IParagraphStyleOptions {
  return {
    id: STYLE.heading[depth - 1]!,
    // Word's own name for the built-in style, lower case: a different name makes a duplicate
    name: `heading ${depth}`,
    basedOn: STYLE.body,
    next: STYLE.body,
    quickFormat: true,
    paragraph: { keepNext: true, keepLines: true, outlineLevel: depth - 1, indent: { firstLine: BODY_INDENT_TWIP } },
    run: runFor(ELEMENT[`heading${depth}`], fonts),
  };
}

/** （一）压实主体责任。 at the head of a paragraph: the heading level's font, as a character style of its own. */
export function runInHeadingStyles(fonts: FontChoices): ICharacterStyleOptions[] {
  return ([2, 3, 4] as const).map((depth) => ({
    id: STYLE.runInHeading[depth],
    name: `标题 ${depth}（段首）`,
    quickFormat: true,
    run: runFor(ELEMENT[`heading${depth}`], fonts),
  }));
}

/** **…** in 黑体 at the regular weight, in the size of the text around it (EMPHASIS). */
export function strongStyle(fonts: FontChoices): ICharacterStyleOptions {
  const font = fontsFor({ font: EMPHASIS.font, sizePt: ELEMENT.body.sizePt }, fonts);
  return { id: STYLE.strong, name: 'Strong', quickFormat: true, run: { font, bold: false, boldComplexScript: false } };
}

/** A style derived from 正文 that differs only in paragraph layout and, optionally, its 3号 run. */
export function bodyVariant(
  id: string,
  name: string,
  paragraph: IParagraphStyleOptions['paragraph'],
  run?: { look: RunLook; fonts: FontChoices; colour?: string },
): IParagraphStyleOptions {
  if (run && !isBodySize(run.look)) throw new Error(`DOCX writer: style ${id} is not 3号; it needs sizedStyle`);
  return { id, name, basedOn: STYLE.body, next: STYLE.body, quickFormat: true, paragraph, ...(run ? { run: runFor(run.look, run.fonts, run.colour) } : {}) };
}

/**
 * A style of another size than 正文, based on no style: it must not inherit the 3号 narrowing,
 * and docx writes no zero character spacing that could cancel it. Its paragraph layout is
 * therefore complete in itself.
 */
export function sizedStyle(
  id: string,
  name: string,
  paragraph: NonNullable<IParagraphStyleOptions['paragraph']>,
  run: { look: RunLook; fonts: FontChoices; colour?: string },
): IParagraphStyleOptions {
  return { id, name, next: STYLE.body, quickFormat: true, paragraph, run: runFor(run.look, run.fonts, run.colour) };
}

/** 正文, the headings and the 公文 elements of the main text and the attachments. */
export function bodyStyles(fonts: FontChoices): IParagraphStyleOptions[] {
  const centred = { alignment: AlignmentType.CENTER, indent: NO_INDENT };
  const titleParagraph = { ...centred, spacing: ON_GRID_LINES, keepNext: true, keepLines: true };
  return [
    {
      id: STYLE.body,
      name: 'Normal',
      quickFormat: true,
      paragraph: { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: BODY_INDENT_TWIP }, spacing: ON_GRID_LINES },
      run: runFor(ELEMENT.body, fonts),
    },
    headingStyle(1, fonts),
    headingStyle(2, fonts),
    headingStyle(3, fonts),
    headingStyle(4, fonts),
    sizedStyle(STYLE.title, 'Title', titleParagraph, { look: ELEMENT.title, fonts }),
    bodyVariant(STYLE.addressee, '主送机关', { indent: NO_INDENT }),
    // a part of a notice in parts: centred in the 一、 headings' 黑体, kept with what it heads
    bodyVariant(STYLE.partTitle, '部分标题', { alignment: AlignmentType.CENTER, indent: NO_INDENT, keepNext: true, keepLines: true }, { look: ELEMENT.heading1, fonts }),
    // kept with the 附件说明 and signature after it (7.3.5.5)
    bodyVariant(STYLE.bodyBeforeSignature, '正文末段', { keepNext: true }),
    // indents differ per item (they follow the width of 附件：N.), so the paragraphs carry them;
    // kept with the signature below, so 署名 never opens a page on its own (7.3.5.5)
    bodyVariant(STYLE.attachmentList, '附件说明', { indent: NO_INDENT, keepNext: true }),
    // blank lines that stay with what follows: above 附件说明 and above 署名
    bodyVariant(STYLE.keptBlank, '空行（与下段同页）', { keepNext: true }),
    bodyVariant(STYLE.signatureIssuer, '署名', { alignment: AlignmentType.RIGHT, indent: NO_INDENT, keepNext: true, keepLines: true }),
    bodyVariant(STYLE.signatureDate, '成文日期', { alignment: AlignmentType.RIGHT, indent: NO_INDENT, keepLines: true }),
    bodyVariant(STYLE.annotation, '附注', { indent: { left: BODY_INDENT_TWIP, firstLine: 0 } }),
    bodyVariant(STYLE.attachmentLabel, '附件标识', { alignment: AlignmentType.LEFT, indent: NO_INDENT, keepNext: true }, { look: { ...ELEMENT.attachmentLabel, digitsInRoleFont: true }, fonts }),
    sizedStyle(STYLE.attachmentTitle, '附件标题', titleParagraph, { look: ELEMENT.attachmentTitle, fonts }),
    sizedStyle(STYLE.tableText, '表格文字', { alignment: AlignmentType.LEFT, indent: NO_INDENT, spacing: TABLE_LINES }, { look: ELEMENT.table, fonts }),
    {
      ...sizedStyle(STYLE.tableHeader, '表头文字', { alignment: AlignmentType.CENTER, keepNext: true }, { look: { ...ELEMENT.table, font: 'heiti' }, fonts }),
      basedOn: STYLE.tableText,
    },
  ];
}
