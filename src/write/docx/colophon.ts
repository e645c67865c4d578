// 版记 (GB/T 9704-2012 7.4): 抄送 and 印发机关/印发日期 in 4号 between rules (0.35 mm first and
// last, 0.25 mm between), the last rule on the text block's bottom edge of the last page, an
// even page. 信函格式 (10.1) prints only 抄送, without rules.
//
// Its paragraphs sit in a text box aligned to the bottom of the page's margin box (VML, which
// every Word, WPS and LibreOffice read), so the last rule lies on the text block's bottom edge
// whatever the text above it is: LibreOffice sets table rows and borders a little taller than
// the print page and Word, and a spacer line in the flow left the rule 0.5 to 1.5 mm short.
// The box's paragraph anchors it to a page; the text flows above the box, never beside it.
//
// Which page is the print page's measured decision (src/write/pdf/pagination.ts): the page the
// text ends on, or a new page, after a blank page when the text ends on an odd one. Only a blank
// page and the 版记 page after it carry no page number (7.5): they get a section of their own,
// which starts on the next page (a section starting on an even page is ignored by LibreOffice
// and makes Word add a blank page of its own).
//
// A DOCX built without the PDF has no measured print page (measuring costs a browser and a
// full rendering, minutes for an inventory of thousands of failing units): its 版记 then takes a
// section of its own starting on the next even page, as Word and WPS place it.

import { BorderStyle, LineRuleType, Paragraph, SectionType, type FileChild, type IParagraphStyleOptions, type ISectionOptions } from 'docx';
import { COLOPHON, GRID, type FontChoices } from '../../layout/gbt9704.js';
import type { ColophonPlacement } from '../../layout/css-vars.js';
import type { PhrasingContent } from 'mdast';
import type { GongwenColophon } from '../../model/document.js';
import { emptyFooters } from './footer.js';
import type { NoticeFormat } from './letterhead.js';
import { pageSetup } from './page-setup.js';
import type { State } from './state.js';
import { ON_GRID_LINES, STYLE, bodyVariant, sizedStyle } from './styles.js';
import { widthInChars } from '../../layout/text-width.js';
import { toString as plainText } from 'mdast-util-to-string';
import { TEXT_WIDTH_TWIP, pointsFromMm } from './units.js';
import { runXml } from './verbatim.js';

const COPY_TO_LEAD = '抄送：';

/** 左右各空一字 of 4号 text */
const SIDE_INDENT_TWIP = COLOPHON.sideIndentPt * 20;

/** A 4号 character; 版记 lines are not narrowed to the body's 28-character pitch. */
const CHAR_TWIP = COLOPHON.fontSizePt * 20;

/** Rule widths in eighths of a point, as borders take them: 0.35 mm → 8, 0.25 mm → 6. */
const OUTER_RULE = { style: BorderStyle.SINGLE, size: Math.round(pointsFromMm(COLOPHON.outerRuleMm) * 8), color: '000000', space: 0 };
const INNER_RULE = { ...OUTER_RULE, size: Math.round(pointsFromMm(COLOPHON.innerRuleMm) * 8) };

/** How far a border pushes the lines after it, in twips (20 per point). */
const ruleTwip = (rule: typeof OUTER_RULE) => (rule.size / 8) * 20;

/**
 * The paragraphs that carry no text, the box's anchor and the first rule's, are one point high:
 * the anchor needs room above the box (the print page leaves at least a blank line there), and
 * the rule lies right on top of 抄送's line.
 */
const HAIRLINE = { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT } as const;

export function colophonStyles(options: { format: NoticeFormat; fonts: FontChoices }): IParagraphStyleOptions[] {
  const run = { look: { font: COLOPHON.font, sizePt: COLOPHON.fontSizePt }, fonts: options.fonts };
  const ruled = options.format !== 'letter';
  const lines = { ...ON_GRID_LINES };
  return [
    bodyVariant(STYLE.colophonAnchor, '版记位置', { indent: { firstLine: 0 }, spacing: HAIRLINE }),
    // in 文件格式 the first rule is the bottom border of a paragraph without indents, so it is as
    // wide as the text block (a border runs between a paragraph's indents; 抄送's are not zero)
    ...(ruled ? [bodyVariant(STYLE.colophonRule, '版记首条分隔线', { indent: { firstLine: 0 }, spacing: HAIRLINE, keepNext: true, border: { bottom: OUTER_RULE } })] : []),
    // wrapped lines of 抄送 align after its colon (7.4.2)
    sizedStyle(
      STYLE.colophonCopyTo,
      '抄送机关',
      {
        indent: { left: SIDE_INDENT_TWIP + widthInChars(COPY_TO_LEAD) * CHAR_TWIP, hanging: widthInChars(COPY_TO_LEAD) * CHAR_TWIP, right: SIDE_INDENT_TWIP },
        spacing: lines,
        keepNext: true,
        keepLines: true,
      },
      run,
    ),
    // 印发机关 左空一字, 印发日期 右空一字 on the same line (7.4.3), set by tab stops so that the
    // paragraph has no indents and its rules span the text block; under 抄送 the rule between
    // them is its top border (without 抄送 the first rule is right above it)
    sizedStyle(
      STYLE.colophonPrinted,
      '印发机关和印发日期',
      {
        indent: { left: 0, right: 0, firstLine: 0 },
        spacing: lines,
        border: { bottom: OUTER_RULE },
      },
      run,
    ),
  ];
}

/** A border element as docx writes it from a style's border option. */
const borderXml = (edge: 'top' | 'bottom', rule: typeof OUTER_RULE) => `<w:${edge} w:val="${rule.style}" w:color="${rule.color}" w:sz="${rule.size}" w:space="${rule.space}"/>`;

/** A paragraph of a style, its extra properties (in schema order) and its runs. */
const paragraphXml = (style: string, properties: string, runs: string) => `<w:p><w:pPr><w:pStyle w:val="${style}"/>${properties}</w:pPr>${runs}</w:p>`;

const TAB_RUN = '<w:r><w:tab/></w:r>';

/** The 版记's paragraphs as XML text, and their height: the box is given it (and may grow to fit). */
function colophonParagraphs(colophon: GongwenColophon, format: NoticeFormat, state: State): { xml: string; heightTwip: number } {
  const ruled = format !== 'letter';
  const runs = (nodes: readonly PhrasingContent[]) => state.runs(nodes).map(runXml).join('');
  let xml = ruled ? paragraphXml(STYLE.colophonRule, '', '') : '';
  if (colophon.copyTo) {
    xml += paragraphXml(STYLE.colophonCopyTo, '', runXml({ text: COPY_TO_LEAD }) + runs(colophon.copyTo) + runXml({ text: '。' }));
  }
  if (ruled) {
    // under 抄送, the rule between them (without 抄送 the first rule is right above); styles
    // cannot carry tab stops in docx: 印发机关 starts 左空一字 at the first, 印发日期 ends 右空一字 at the second
    const borders = colophon.copyTo ? `<w:pBdr>${borderXml('top', INNER_RULE)}${borderXml('bottom', OUTER_RULE)}</w:pBdr>` : '';
    const tabs = `<w:tabs><w:tab w:val="left" w:pos="${SIDE_INDENT_TWIP}"/><w:tab w:val="right" w:pos="${TEXT_WIDTH_TWIP - SIDE_INDENT_TWIP}"/></w:tabs>`;
    xml += paragraphXml(STYLE.colophonPrinted, borders + tabs, TAB_RUN + runs(colophon.printedBy) + TAB_RUN + runs(colophon.printDate) + runXml({ text: '印发' }));
  }
  const rulesTwip = ruled ? HAIRLINE.line + 2 * ruleTwip(OUTER_RULE) + (colophon.copyTo ? ruleTwip(INNER_RULE) : 0) : 0;
  const copyToTwip = colophon.copyTo ? copyToLines(COPY_TO_LEAD + plainText(colophon.copyTo) + '。') * GRID.linePitchTwip : 0;
  const heightTwip = copyToTwip + (ruled ? GRID.linePitchTwip : 0) + rulesTwip;
  return { xml, heightTwip };
}

/**
 * Lines the 抄送 paragraph takes, counted one character short on every line so that an
 * overestimate (a box one line higher, which the box's fit-to-text takes back) is the only
 * possible error, never text cut off.
 */
function copyToLines(text: string): number {
  const firstLineChars = Math.floor((TEXT_WIDTH_TWIP - 2 * SIDE_INDENT_TWIP) / CHAR_TWIP) - 1;
  const nextLineChars = Math.floor((TEXT_WIDTH_TWIP - 2 * SIDE_INDENT_TWIP) / CHAR_TWIP - widthInChars(COPY_TO_LEAD)) - 1;
  const width = widthInChars(text);
  return width <= firstLineChars ? 1 : 1 + Math.ceil((width - firstLineChars) / nextLineChars);
}

/**
 * The box and the paragraph anchoring it to its page: as wide as the text block, its bottom on
 * the bottom margin (mso-position-vertical:bottom relative to the margin), its text set from
 * its bottom edge without insets and the box growing to fit it, no outline or fill; the text
 * of the page flows above and below it, never beside (wrap topAndBottom).
 */
function colophonBox(options: { paragraphsXml: string; heightTwip: number; pageBreakBefore: boolean }): string {
  const style = [
    'position:absolute',
    `width:${TEXT_WIDTH_TWIP / 20}pt`,
    `height:${options.heightTwip / 20}pt`,
    'mso-position-horizontal:center',
    'mso-position-horizontal-relative:margin',
    'mso-position-vertical:bottom',
    'mso-position-vertical-relative:margin',
    'v-text-anchor:bottom',
  ].join(';');
  const box =
    `<w:r><w:pict><v:rect style="${style}" filled="f" stroked="f">` +
    `<v:textbox inset="0,0,0,0" style="mso-fit-shape-to-text:t"><w:txbxContent>${options.paragraphsXml}</w:txbxContent></v:textbox>` +
    '<w10:wrap type="topAndBottom" anchorx="margin" anchory="margin"/></v:rect></w:pict></w:r>';
  return paragraphXml(STYLE.colophonAnchor, options.pageBreakBefore ? '<w:pageBreakBefore/>' : '', box);
}

/**
 * The 版记 where the print page put it: a block that ends the notice's section and, when a blank
 * page comes before it, an unnumbered section of its own. Nothing when the format prints none of
 * it (信函格式 without 抄送).
 */
export function colophonBlocks(options: {
  colophon: GongwenColophon;
  format: NoticeFormat;
  /** the print page's decision; none when the build measured no print page (no PDF) */
  placement: ColophonPlacement | undefined;
  state: State;
}): { inFlow: FileChild[]; section?: ISectionOptions } {
  const { colophon, format, placement, state } = options;
  const { xml: paragraphsXml, heightTwip } = colophonParagraphs(colophon, format, state);
  if (!paragraphsXml) return { inFlow: [] };
  const box = (pageBreakBefore: boolean) => state.verbatim.block(colophonBox({ paragraphsXml, heightTwip, pageBreakBefore }));
  if (!placement) return { inFlow: [], section: unnumberedSection({ type: SectionType.EVEN_PAGE, children: [box(false)], format }) };
  if (!placement.blankPageBefore) return { inFlow: [box(placement.newPage)] };
  // the blank page holds one empty line; the box's anchor starts the 版记's page
  return { inFlow: [], section: unnumberedSection({ type: SectionType.NEXT_PAGE, children: [new Paragraph({ style: STYLE.body }), box(true)], format }) };
}

/** A section without page numbers, for the 版记's page (and a blank page before it). */
function unnumberedSection(options: { type: (typeof SectionType)[keyof typeof SectionType]; children: FileChild[]; format: NoticeFormat }): ISectionOptions {
  return { properties: { ...pageSetup(options.format), type: options.type }, footers: emptyFooters(), children: options.children };
}
