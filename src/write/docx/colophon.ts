// 版记 (GB/T 9704-2012 7.4): 抄送 and 印发机关/印发日期 in 4号 between rules (0.35 mm first and
// last, 0.25 mm between), the last rule on the text block's bottom edge of the last page, an
// even page. 信函格式 (10.1) prints only 抄送, without rules.
//
// Where it goes is the print page's measured decision (src/write/pdf/pagination.ts), which the
// DOCX follows in the flow of the text: under the text on its last page, or on a new page, after
// a blank page when the text ends on an odd one. A spacer line above it, as high as the blank
// lines the print page leaves there, puts its last rule on the text block's bottom edge. Only a
// blank page and the 版记 page after it carry no page number (7.5): they get a section of their
// own, which starts on the next page (a section starting on an even page is ignored by
// LibreOffice and makes Word add a blank page of its own).
//
// A DOCX built without the PDF has no measured print page (measuring costs a browser and a
// full rendering, minutes for an inventory of thousands of failing units): its 版记 then takes a
// section of its own starting on the next even page, with a spacer as high as the text block less
// the 版记, as Word and WPS place it.

import { BorderStyle, LineRuleType, Paragraph, SectionType, Tab, TabStopType, TextRun, type FileChild, type IParagraphStyleOptions, type ISectionOptions } from 'docx';
import { COLOPHON, GRID, PAGE, type FontChoices } from '../../layout/gbt9704.js';
import type { ColophonPlacement } from '../../layout/css-vars.js';
import type { GongwenColophon } from '../../model/document.js';
import { emptyFooters } from './footer.js';
import type { NoticeFormat } from './letterhead.js';
import { pageSetup } from './page-setup.js';
import type { State } from './state.js';
import { ON_GRID_LINES, STYLE, bodyVariant, sizedStyle } from './styles.js';
import { widthInChars } from '../../layout/text-width.js';
import { toString as plainText } from 'mdast-util-to-string';
import { TEXT_HEIGHT_TWIP, TEXT_WIDTH_TWIP, pointsFromMm, twipsFromMm } from './units.js';

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
 * A little room left over beneath the 版记, so that a rounding in Word or LibreOffice can never
 * push its last line onto a page of its own (1 pt, a third of a millimetre).
 */
const SAFETY_TWIP = 20;

/**
 * More room left when the text above ends off the grid (after a table): rows and the lines under
 * a table come out a little taller in Word and LibreOffice than in the print page (LibreOffice:
 * about 1 mm over a table of a page), and a 版记 pushed over the edge would add a page.
 */
const OFF_GRID_SAFETY_TWIP = twipsFromMm(1.5);

export function colophonStyles(options: { format: NoticeFormat; fonts: FontChoices }): IParagraphStyleOptions[] {
  const run = { look: { font: COLOPHON.font, sizePt: COLOPHON.fontSizePt }, fonts: options.fonts };
  const ruled = options.format !== 'letter';
  const lines = { ...ON_GRID_LINES };
  return [
    // in 文件格式 its bottom border is the 版记's first rule: a paragraph without indents, so the
    // rule is as wide as the text block (a border runs between a paragraph's indents)
    bodyVariant(STYLE.colophonSpacer, '版记前空白', { indent: { firstLine: 0 }, keepNext: true, ...(ruled ? { border: { bottom: OUTER_RULE } } : {}) }),
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
    // them is its top border (without 抄送 the spacer's rule is right above it)
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

/** The 版记's paragraphs, and how much its rules add to its height: borders push the lines after them. */
function colophonParagraphs(colophon: GongwenColophon, format: NoticeFormat, state: State): { paragraphs: Paragraph[]; rulesTwip: number; heightTwip: number } {
  const paragraphs: Paragraph[] = [];
  if (colophon.copyTo) {
    paragraphs.push(
      new Paragraph({ style: STYLE.colophonCopyTo, children: [new TextRun(COPY_TO_LEAD), ...state.phrasing(colophon.copyTo), new TextRun('。')] }),
    );
  }
  if (format !== 'letter') {
    paragraphs.push(
      new Paragraph({
        style: STYLE.colophonPrinted,
        // styles cannot carry tab stops in docx: 印发机关 starts 左空一字 at the first, 印发日期 ends 右空一字 at the second
        tabStops: [
          { type: TabStopType.LEFT, position: SIDE_INDENT_TWIP },
          { type: TabStopType.RIGHT, position: TEXT_WIDTH_TWIP - SIDE_INDENT_TWIP },
        ],
        // under 抄送, the rule between them (without 抄送 the spacer's rule is right above)
        ...(colophon.copyTo ? { border: { top: INNER_RULE, bottom: OUTER_RULE } } : {}),
        children: [
          new TextRun({ children: [new Tab()] }),
          ...state.phrasing(colophon.printedBy),
          new TextRun({ children: [new Tab()] }),
          ...state.phrasing(colophon.printDate),
          new TextRun('印发'),
        ],
      }),
    );
  }
  const rulesTwip = format === 'letter' ? 0 : 2 * ruleTwip(OUTER_RULE) + (colophon.copyTo ? ruleTwip(INNER_RULE) : 0);
  const copyToTwip = colophon.copyTo ? copyToLines(COPY_TO_LEAD + plainText(colophon.copyTo) + '。') * GRID.linePitchTwip : 0;
  const heightTwip = copyToTwip + (format === 'letter' ? 0 : GRID.linePitchTwip) + rulesTwip;
  return { paragraphs, rulesTwip, heightTwip };
}

/**
 * Lines the 抄送 paragraph takes, counted one character short on every line so that an
 * overestimate (the 版记 one line higher) is the only possible error, never an overflow.
 */
function copyToLines(text: string): number {
  const firstLineChars = Math.floor((TEXT_WIDTH_TWIP - 2 * SIDE_INDENT_TWIP) / CHAR_TWIP) - 1;
  const nextLineChars = Math.floor((TEXT_WIDTH_TWIP - 2 * SIDE_INDENT_TWIP) / CHAR_TWIP - widthInChars(COPY_TO_LEAD)) - 1;
  const width = widthInChars(text);
  return width <= firstLineChars ? 1 : 1 + Math.ceil((width - firstLineChars) / nextLineChars);
}

/**
 * The spacer's height: the room the print page leaves above the 版记, in the DOCX's lines (579
 * twips for the print page's 225/22 mm), with the part-line the 22 lines leave at the text
 * block's foot, less what the rules add. The text above ends on the grid, or after a table whose
 * rows are as tall as the print page's (styles.ts).
 */
function spacerTwip(placement: ColophonPlacement, rulesTwip: number): number {
  const footTwip = TEXT_HEIGHT_TWIP - PAGE.linesPerPage * GRID.linePitchTwip;
  const roomLines = placement.offsetMm / GRID.linePitchMm;
  // a room of whole lines less the print page's own allowance (pagination.ts: 0.15 mm)
  const onGrid = Math.abs(roomLines - Math.round(roomLines)) < 0.05;
  const safetyTwip = onGrid ? SAFETY_TWIP : OFF_GRID_SAFETY_TWIP;
  return Math.max(1, Math.floor(footTwip + roomLines * GRID.linePitchTwip - rulesTwip - safetyTwip));
}

/**
 * The 版记 where the print page put it: blocks that end the notice's section and, when a blank
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
  const { paragraphs, rulesTwip, heightTwip } = colophonParagraphs(colophon, format, state);
  if (paragraphs.length === 0) return { inFlow: [] };
  if (!placement) return { inFlow: [], section: evenPageSection({ paragraphs, heightTwip, format }) };
  const spacer = new Paragraph({
    style: STYLE.colophonSpacer,
    ...(placement.newPage ? { pageBreakBefore: true } : {}),
    spacing: { line: spacerTwip(placement, rulesTwip), lineRule: LineRuleType.EXACT },
  });
  if (!placement.blankPageBefore) return { inFlow: [spacer, ...paragraphs] };
  return {
    inFlow: [],
    section: {
      properties: { ...pageSetup(format), type: SectionType.NEXT_PAGE },
      footers: emptyFooters(),
      // the blank page holds one empty line; the spacer starts the 版记's page
      children: [new Paragraph({ style: STYLE.body }), spacer, ...paragraphs],
    },
  };
}

/** The 版记 at the foot of a page of its own, the next even one: where Word and WPS put it without a measured print page. */
function evenPageSection(options: { paragraphs: Paragraph[]; heightTwip: number; format: NoticeFormat }): ISectionOptions {
  const spacer = new Paragraph({
    style: STYLE.colophonSpacer,
    spacing: { line: Math.round(TEXT_HEIGHT_TWIP - options.heightTwip - SAFETY_TWIP), lineRule: LineRuleType.EXACT },
  });
  return {
    properties: { ...pageSetup(options.format), type: SectionType.EVEN_PAGE },
    footers: emptyFooters(),
    children: [spacer, ...options.paragraphs],
  };
}
