// 版头 (GB/T 9704-2012 7.2, 10.1): the red 发文机关标志, the 发文字号 and the red rules, in the
// notice's format.
// - 文件格式: the organ 35 mm below the text block's top, the 文号 two lines under it, the red rule
//   4 mm under the 文号, the title two lines under the rule — all in the body, as page 1 shows them.
// - 信函格式: the organ 30 mm from the page top with the red double line under it, which lies
//   above the text block, so both are page 1's header; the lower double line, 20 mm above the
//   page's edge, is page 1's footer, which therefore shows no page number (10.1). The 文号 flush
//   right opens the body.
// - preprinted (paper with the organ mark and red rule printed already): the 文件格式 places with
//   nothing in red: an empty line as high as the organ's name, the 文号 two lines under it and the
//   title where the printed rule puts it.
// - plain (paper without a 版头): the 文号 centred on the first line, the title a line below it,
//   nothing printed in red.

import {
  AlignmentType,
  BorderStyle,
  Footer,
  Header,
  LineRuleType,
  Paragraph,
  TextRun,
  type FileChild,
  type IParagraphStyleOptions,
} from 'docx';
import type { Root } from 'mdast';
import { COLOUR, FONT_SIZE_PT, LETTERHEAD, PAGE, type FontChoices } from '../../layout/gbt9704.js';
import type { GongwenDocNumber, GongwenLetterhead } from '../../model/document.js';
import { blankLines } from './handlers/blocks.js';
import type { State } from './state.js';
import { NO_INDENT, STYLE, bodyVariant, sizedStyle } from './styles.js';
import { toString as plainText } from 'mdast-util-to-string';
import { widthInChars } from '../../layout/text-width.js';
import { pointsFromMm, twipsFromMm } from './units.js';

export type NoticeFormat = GongwenLetterhead['format'] | 'plain';

export function noticeFormat(tree: Root): NoticeFormat {
  return tree.children.find((node) => node.type === 'gongwenLetterhead')?.format ?? 'plain';
}

/**
 * A rule's distance is measured from the bottom of its paragraph's line, but CJK characters end
 * above it: about 1.4 mm under the 文号 and 1.5 mm under the organ's name in LibreOffice, less in
 * Word, whose 仿宋 and 小标宋 sit lower in the line. Taking 1.2 mm off keeps both near the 4 mm.
 */
const INK_ABOVE_LINE_BOTTOM_MM = 1.2;

/** A border's distance from the text, in the whole points Word stores. */
const borderSpacePt = (mm: number) => Math.round(pointsFromMm(mm));

/** Border widths are given in eighths of a point. */
const eighthPoints = (pt: number) => Math.round(pt * 8);

/** The double lines are 170 mm long, centred on the 156 mm text block: 7 mm out on each side. */
const DOUBLE_LINE_OVERHANG_TWIP = -twipsFromMm((LETTERHEAD.letterRuleLengthMm - PAGE.textWidthMm) / 2);

/**
 * Word and LibreOffice draw a thick-thin border with `sz` as the thick line and a fixed thin
 * line and gap of about 0.75 pt (LibreOffice adds 15 twips each when it writes Word's size).
 */
function doubleLine(style: typeof BorderStyle.THICK_THIN_SMALL_GAP | typeof BorderStyle.THIN_THICK_SMALL_GAP, spaceMm = 0) {
  return { style, size: eighthPoints(LETTERHEAD.letterRuleThickPt), color: COLOUR.red, space: borderSpacePt(spaceMm) };
}

/** Exactly as high as the organ's characters, so its spacing places their top edge. */
function organLine(): { line: number; lineRule: typeof LineRuleType.EXACT } {
  return { line: LETTERHEAD.organFontSizePt * 20, lineRule: LineRuleType.EXACT };
}

function organStyle(format: NoticeFormat, fonts: FontChoices): IParagraphStyleOptions {
  const run = { look: { font: LETTERHEAD.organFont, sizePt: LETTERHEAD.organFontSizePt }, fonts, colour: COLOUR.red };
  const centred = { alignment: AlignmentType.CENTER, keepNext: true } as const;
  if (format === 'letter') {
    return sizedStyle(
      STYLE.letterheadOrgan,
      '发文机关标志',
      {
        ...centred,
        indent: { left: DOUBLE_LINE_OVERHANG_TWIP, right: DOUBLE_LINE_OVERHANG_TWIP, firstLine: 0 },
        spacing: { before: 0, after: 0, ...organLine() },
        border: { bottom: doubleLine(BorderStyle.THICK_THIN_SMALL_GAP, LETTERHEAD.letterRuleBelowOrganMm - INK_ABOVE_LINE_BOTTOM_MM) },
      },
      run,
    );
  }
  const before = twipsFromMm(LETTERHEAD.fileOrganTopBelowTextTopMm);
  return sizedStyle(STYLE.letterheadOrgan, '发文机关标志', { ...centred, indent: NO_INDENT, spacing: { before, after: 0, ...organLine() } }, run);
}

/** 7.2.7 the red rule 4 mm under the 文号's glyphs, as the 文号 paragraph's bottom border. */
const FILE_RULE = {
  style: BorderStyle.SINGLE,
  size: eighthPoints(LETTERHEAD.fileRuleThicknessPt),
  color: COLOUR.red,
  space: borderSpacePt(LETTERHEAD.fileRuleBelowDocNumberMm - INK_ABOVE_LINE_BOTTOM_MM),
};

/** How far the rule's border pushes the lines under it down: its distance and its width. */
const FILE_RULE_HEIGHT_TWIP = (FILE_RULE.space + FILE_RULE.size / 8) * 20;

function docNumberStyle(format: NoticeFormat): IParagraphStyleOptions {
  const centred = { alignment: AlignmentType.CENTER, indent: NO_INDENT, keepNext: true } as const;
  if (format === 'file') return bodyVariant(STYLE.docNumber, '发文字号', { ...centred, border: { bottom: FILE_RULE } });
  // on preprinted paper the rule is printed: its place is kept empty, so the title lies as in 文件格式
  if (format === 'preprinted') return bodyVariant(STYLE.docNumber, '发文字号', { ...centred, spacing: { after: FILE_RULE_HEIGHT_TWIP } });
  // without a 版头: centred on the grid's first line, as the PDF sets it
  if (format === 'plain') return bodyVariant(STYLE.docNumber, '发文字号', centred);
  // 信函格式: 7/8 of a 3号 character under the double line, on a line as high as the characters so
  // that the distance is to their top
  const charTwip = FONT_SIZE_PT.sanhao * 20;
  const before = Math.round(LETTERHEAD.letterDocNumberBelowRuleEm * charTwip);
  const spacing = { before, after: 0, line: charTwip, lineRule: LineRuleType.EXACT };
  return bodyVariant(STYLE.docNumber, '发文字号', { alignment: AlignmentType.RIGHT, indent: NO_INDENT, keepNext: true, spacing });
}

/** The lower double line of a 信函格式 first page: thin over thick, as the footer's only content. */
function footerRuleStyle(): IParagraphStyleOptions {
  return bodyVariant(STYLE.footerRule, '信函下双线', {
    indent: { left: DOUBLE_LINE_OVERHANG_TWIP, right: DOUBLE_LINE_OVERHANG_TWIP, firstLine: 0 },
    spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT },
    border: { bottom: doubleLine(BorderStyle.THIN_THICK_SMALL_GAP) },
  });
}

export function letterheadStyles(options: { format: NoticeFormat; fonts: FontChoices }): IParagraphStyleOptions[] {
  const { format, fonts } = options;
  const styles = [docNumberStyle(format)];
  if (format !== 'plain') styles.push(organStyle(format, fonts));
  if (format === 'letter') styles.push(footerRuleStyle());
  return styles;
}

/** The organ's name on one line: a name too long for the text block is narrowed to fit. */
function organParagraph(letterhead: GongwenLetterhead): Paragraph {
  const text = plainText(letterhead.children);
  const naturalWidthPt = widthInChars(text) * LETTERHEAD.organFontSizePt;
  const textWidthPt = pointsFromMm(PAGE.textWidthMm);
  const scale = naturalWidthPt > textWidthPt ? Math.floor((100 * textWidthPt) / naturalWidthPt) : undefined;
  return new Paragraph({ style: STYLE.letterheadOrgan, children: [new TextRun({ text, ...(scale ? { scale } : {}) })] });
}

export interface LetterheadParts {
  /** the paragraphs that open the body, up to and including the blank lines above the title */
  readonly blocks: FileChild[];
  /** 信函格式 only: page 1's header and footer, with the red double lines */
  readonly firstPageHeader?: Header;
  readonly firstPageFooter?: Footer;
}

export function letterheadParts(options: { letterhead?: GongwenLetterhead; docNumber?: GongwenDocNumber; state: State }): LetterheadParts {
  const { letterhead, docNumber, state } = options;
  const docNumberParagraph = () => new Paragraph({ style: STYLE.docNumber, children: docNumber ? state.phrasing(docNumber.children) : [] });
  if (letterhead?.format === 'file' || letterhead?.format === 'preprinted') {
    return {
      // without a 文号 the rule still follows, on an empty line in the 文号's place
      blocks: [
        letterhead.format === 'file' ? organParagraph(letterhead) : new Paragraph({ style: STYLE.letterheadOrgan }),
        ...blankLines(LETTERHEAD.fileDocNumberBlankLinesBelowOrgan),
        docNumberParagraph(),
        ...blankLines(LETTERHEAD.titleBlankLinesBelowRule),
      ],
    };
  }
  const titleGap = blankLines(LETTERHEAD.letterTitleBlankLinesAbove);
  if (letterhead?.format === 'letter') {
    return {
      blocks: docNumber ? [docNumberParagraph(), ...titleGap] : titleGap,
      firstPageHeader: new Header({ children: [organParagraph(letterhead)] }),
      firstPageFooter: new Footer({ children: [new Paragraph({ style: STYLE.footerRule })] }),
    };
  }
  return { blocks: docNumber ? [docNumberParagraph(), ...blankLines(LETTERHEAD.plainTitleBlankLinesBelowDocNumber)] : [] };
}
