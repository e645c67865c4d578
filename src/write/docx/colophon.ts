// 版记 (GB/T 9704-2012 7.4): 抄送 and 印发机关/印发日期 in 4号 between rules (0.35 mm first and
// last, 0.25 mm between), the last rule on the text block's bottom edge of the last page, an
// even page, which shows no page number.
//
// Neither Word's pagination nor the page the body ends on can be known here, so the 版记 gets a
// section of its own that starts on the next even page (Word and WPS insert a blank page when
// the body ends on an even page; LibreOffice 7.4 ignores the even-page break). On that otherwise
// empty page a spacer line, as high as the text block less the 版记, puts the 版记 at the bottom.
// 信函格式 (10.1) prints only 抄送, without rules.

import { BorderStyle, LineRuleType, Paragraph, SectionType, Tab, TabStopType, TextRun, type IParagraphStyleOptions, type ISectionOptions } from 'docx';
import { COLOPHON, GRID, type FontChoices } from '../../layout/gbt9704.js';
import type { GongwenColophon } from '../../model/document.js';
import { emptyFooters } from './footer.js';
import type { NoticeFormat } from './letterhead.js';
import { pageSetup } from './page-setup.js';
import type { State } from './state.js';
import { ON_GRID_LINES, STYLE, bodyVariant, sizedStyle } from './styles.js';
import { toString as plainText } from 'mdast-util-to-string';
import { widthInChars } from '../../layout/text-width.js';
import { TEXT_HEIGHT_TWIP, TEXT_WIDTH_TWIP, pointsFromMm } from './units.js';

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

/**
 * Lines the 抄送 paragraph takes, counted one character short on every line so that an
 * overestimate (the 版记 one line higher) is the only possible error, never an overflow.
 */
export function copyToLines(text: string): number {
  const firstLineChars = Math.floor((TEXT_WIDTH_TWIP - 2 * SIDE_INDENT_TWIP) / CHAR_TWIP) - 1;
  const nextLineChars = Math.floor((TEXT_WIDTH_TWIP - 2 * SIDE_INDENT_TWIP) / CHAR_TWIP - widthInChars(COPY_TO_LEAD)) - 1;
  const width = widthInChars(text);
  return width <= firstLineChars ? 1 : 1 + Math.ceil((width - firstLineChars) / nextLineChars);
}

function colophonParagraphs(colophon: GongwenColophon, format: NoticeFormat, state: State): { paragraphs: Paragraph[]; heightTwip: number } {
  const paragraphs: Paragraph[] = [];
  let heightTwip = 0;
  if (colophon.copyTo) {
    const text = COPY_TO_LEAD + plainText(colophon.copyTo) + '。';
    paragraphs.push(
      new Paragraph({ style: STYLE.colophonCopyTo, children: [new TextRun(COPY_TO_LEAD), ...state.phrasing(colophon.copyTo), new TextRun('。')] }),
    );
    heightTwip += copyToLines(text) * GRID.linePitchTwip;
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
    heightTwip += GRID.linePitchTwip + ruleTwip(OUTER_RULE) + (colophon.copyTo ? ruleTwip(INNER_RULE) : 0);
  }
  return { paragraphs, heightTwip: heightTwip + (format === 'letter' ? 0 : ruleTwip(OUTER_RULE)) };
}

/** The 版记's section, or none when the format prints nothing of it (信函格式 without 抄送). */
export function colophonSection(options: { colophon: GongwenColophon; format: NoticeFormat; state: State }): ISectionOptions | undefined {
  const { colophon, format, state } = options;
  const { paragraphs, heightTwip } = colophonParagraphs(colophon, format, state);
  if (paragraphs.length === 0) return undefined;
  const spacer = new Paragraph({
    style: STYLE.colophonSpacer,
    spacing: { line: Math.round(TEXT_HEIGHT_TWIP - heightTwip - SAFETY_TWIP), lineRule: LineRuleType.EXACT },
  });
  return {
    properties: { ...pageSetup(format), type: SectionType.EVEN_PAGE },
    footers: emptyFooters(),
    children: [spacer, ...paragraphs],
  };
}
