// The layout profile as CSS custom properties, so the style sheets in templates/styles/
// hold no GB/T 9704 number of their own: they only say var(--…).
// Lengths keep their original units (mm for the page, pt for type) and the derived
// pitches stay calc() expressions, so the CSS shows where each value comes from.

import { TABLE } from './table-columns.js';
import { widthInChars } from './text-width.js';
import {
  CHART,
  CHART_LINES,
  COLOPHON,
  COLOUR,
  ELEMENT,
  EMPHASIS,
  FONTS,
  FONT_SIZE_PT,
  LETTERHEAD,
  PAGE,
  PAGE_NUMBER,
  SIGNATURE,
  cssFontFamily,
  cssString,
  sealedBlankLinesBefore,
  sealLines,
  type FontChoices,
  type FontRole,
} from './gbt9704.js';

/**
 * Chromium sums letter-spacing after every glyph, the last one included, so a line of
 * exactly 28 compressed characters can round to 27. Taking a hair off each character
 * keeps 28 on the line without visibly changing the pitch.
 */
const LETTER_SPACING_SAFETY_PT = 0.01;

/** 7.3.3 正文 (and 附件说明, 附注, headings) 左空二字 */
const INDENT_CHARS = 2;

/** 7.3.5.2 without a seal, 成文日期 starts two characters right of the 署名's first character */
const DATE_OFFSET_CHARS_UNSEALED = 2;

export type CssVariables = Readonly<Record<`--${string}`, string>>;

/** One font-family stack per role, the issuer's chosen names first: --font-fangsong, --font-heiti… */
export function fontVariables(choices: FontChoices = {}): CssVariables {
  const roles = (Object.keys(FONTS) as FontRole[]).filter((role) => role !== 'latin');
  return Object.fromEntries(roles.map((role) => [`--font-${role}`, cssFontFamily(role, choices)]));
}

/**
 * Where the 版记 goes, decided after measuring a first rendering (src/write/pdf/pagination.ts):
 * on the last page under the text, or on a later, even, page after an optional blank page.
 */
export interface ColophonPlacement {
  /** start a new page for the 版记 */
  readonly newPage: boolean;
  /** an unnumbered blank page before the 版记's page (7.5: then the 版记 page is unnumbered too) */
  readonly blankPageBefore: boolean;
  /** space above the 版记 that brings its last rule onto the text block's bottom edge */
  readonly offsetMm: number;
}

/** The 版记 on a page of its own, at its top: how the measuring pass lays it out. */
export const COLOPHON_ON_OWN_PAGE: ColophonPlacement = { newPage: true, blankPageBefore: false, offsetMm: 0 };

const pt = (value: number) => `${value}pt`;
const mm = (value: number) => `${value}mm`;
const font = (role: FontRole) => `var(--font-${role})`;

function colophonVariables(placement: ColophonPlacement): CssVariables {
  return {
    '--colophon-font': font(COLOPHON.font),
    '--colophon-size': pt(COLOPHON.fontSizePt),
    '--colophon-outer-rule': mm(COLOPHON.outerRuleMm),
    '--colophon-inner-rule': mm(COLOPHON.innerRuleMm),
    '--colophon-side-indent': pt(COLOPHON.sideIndentPt),
    '--colophon-break': placement.newPage ? 'page' : 'auto',
    // 7.5 公文的版记页前有空白页的，空白页和版记页均不编排页码: only after a blank page does the
    // 版记 page go unnumbered; a 版记 page right after the text's last (odd) page keeps its number
    '--colophon-page': placement.blankPageBefore ? 'unnumbered' : 'auto',
    '--colophon-blank-page': placement.blankPageBefore ? 'block' : 'none',
    // rounded down to 0.01 mm so rounding can never push the 版记 onto the next page
    '--colophon-offset': mm(Math.max(0, Math.floor(placement.offsetMm * 100) / 100)),
  };
}

function letterheadVariables(organName: string): CssVariables {
  const organWidthPt = widthInChars(organName) * LETTERHEAD.organFontSizePt;
  const textWidthPt = (PAGE.textWidthMm * 72) / 25.4;
  const scale = organWidthPt > textWidthPt ? Math.floor((textWidthPt / organWidthPt) * 1000) / 1000 : 1;
  return {
    // 信函格式 prints the name in page 1's top margin box, which takes text only from CSS
    '--organ-name': cssString(organName),
    '--red': `#${COLOUR.red}`,
    '--organ-font': font(LETTERHEAD.organFont),
    '--organ-size': pt(LETTERHEAD.organFontSizePt),
    // a name wider than the text block is narrowed, never shrunk: its height stays that of the size
    '--organ-scale': String(scale),
    '--file-organ-top': mm(LETTERHEAD.fileOrganTopBelowTextTopMm),
    '--file-doc-number-blank-lines': `calc(${LETTERHEAD.fileDocNumberBlankLinesBelowOrgan} * var(--line-pitch))`,
    '--file-rule-below-doc-number': mm(LETTERHEAD.fileRuleBelowDocNumberMm),
    '--file-rule': pt(LETTERHEAD.fileRuleThicknessPt),
    '--title-blank-lines-below-letterhead': `calc(${LETTERHEAD.titleBlankLinesBelowRule} * var(--line-pitch))`,
    '--letter-organ-top': mm(LETTERHEAD.letterOrganTopFromPageTopMm),
    // 信函格式 page 1: name and double line in the top margin, the text from under the double line
    '--letter-first-page-top':
      'calc(var(--letter-organ-top) + var(--organ-size) + var(--letter-rule-below-organ) + ' +
      'var(--letter-rule-thick) + var(--letter-rule-gap) + var(--letter-rule-thin))',
    '--letter-rule-below-organ': mm(LETTERHEAD.letterRuleBelowOrganMm),
    '--letter-rule-length': mm(LETTERHEAD.letterRuleLengthMm),
    '--letter-rule-thick': pt(LETTERHEAD.letterRuleThickPt),
    '--letter-rule-thin': pt(LETTERHEAD.letterRuleThinPt),
    '--letter-rule-gap': pt(LETTERHEAD.letterRuleGapPt),
    '--letter-bottom-rule-above-page-bottom': mm(LETTERHEAD.letterBottomRuleAbovePageBottomMm),
    '--plain-title-blank-lines': String(LETTERHEAD.plainTitleBlankLinesBelowDocNumber),
    '--letter-doc-number-below-rule': pt(LETTERHEAD.letterDocNumberBelowRuleEm * FONT_SIZE_PT.sanhao),
  };
}

export interface PrintLayoutOptions {
  readonly sealDiameterMm?: number;
  /** the 版头's organ name, narrowed when longer than the text block is wide */
  readonly organName?: string;
  readonly colophon?: ColophonPlacement;
  /** the closing block set closer to stay on its page (src/write/pdf/closing.ts); the grid's pitch when undefined */
  readonly closingLinePitchMm?: number;
}

/** Page geometry, pitches, element fonts and sizes, 版头, 版记, page number and signature placement for print. */
export function printLayoutVariables(options: PrintLayoutOptions = {}): CssVariables {
  const charPitch = `calc(${mm(PAGE.textWidthMm)} / ${PAGE.charsPerLine})`;
  const linePitch = `calc(${mm(PAGE.textHeightMm)} / ${PAGE.linesPerPage})`;
  const variables: Record<`--${string}`, string> = {
    '--page-width': mm(PAGE.widthMm),
    '--page-height': mm(PAGE.heightMm),
    '--margin-top': mm(PAGE.marginTopMm),
    '--margin-bottom': mm(PAGE.marginBottomMm),
    // 订口 (binding side) is the left margin of a right-hand page, the right margin of a left-hand page
    '--margin-inside': mm(PAGE.marginLeftMm),
    '--margin-outside': mm(PAGE.marginRightMm),
    '--text-height': mm(PAGE.textHeightMm),
    '--line-pitch': linePitch,
    // the space a 3号 line's glyphs leave above and below them inside the line
    '--half-leading': `calc((${linePitch} - ${pt(ELEMENT.body.sizePt)}) / 2)`,
    '--char-pitch': charPitch,
    '--letter-spacing': `calc(${charPitch} - ${pt(ELEMENT.body.sizePt)} - ${pt(LETTER_SPACING_SAFETY_PT)})`,
    '--indent': `calc(${INDENT_CHARS} * var(--char-pitch))`,
    '--colour-text': `#${COLOUR.text}`,
    '--table-rule': pt(TABLE.rulePt),
    '--table-cell-padding': pt(TABLE.cellPaddingPt),
    '--page-number-prefix': `"${PAGE_NUMBER.dash} "`,
    '--page-number-suffix': `" ${PAGE_NUMBER.dash}"`,
    '--page-number-below-text': mm(PAGE_NUMBER.belowTextBlockMm),
    '--page-number-dash-below-line-top': pt(PAGE_NUMBER.dashBelowLineTopEm * PAGE_NUMBER.fontSizePt),
    '--page-number-side-indent': pt(PAGE_NUMBER.sideIndentPt),
    '--signature-blank-lines-unsealed': String(SIGNATURE.blankLinesBeforeWithoutSeal),
    '--date-right-chars-sealed': String(SIGNATURE.dateRightCharsWithSeal),
    '--date-right-chars-unsealed': String(SIGNATURE.dateRightCharsWithoutSeal),
    '--date-offset-unsealed': `calc(${DATE_OFFSET_CHARS_UNSEALED} * var(--char-pitch))`,
    '--chart-height': mm(CHART.heightMm),
    '--chart-lines': String(CHART_LINES),
    '--emphasis-font': font(EMPHASIS.font),
    '--closing-line-pitch': options.closingLinePitchMm === undefined ? 'var(--line-pitch)' : mm(options.closingLinePitchMm),
    ...letterheadVariables(options.organName ?? ''),
    ...colophonVariables(options.colophon ?? COLOPHON_ON_OWN_PAGE),
  };
  for (const [element, style] of Object.entries(ELEMENT)) {
    const name = element.replace(/[A-Z0-9]/g, (c) => `-${c.toLowerCase()}`);
    variables[`--${name}-font`] = font(style.font);
    variables[`--${name}-size`] = pt(style.sizePt);
  }
  if (options.sealDiameterMm !== undefined) {
    variables['--seal-diameter'] = mm(options.sealDiameterMm);
    variables['--signature-blank-lines-sealed'] = String(sealedBlankLinesBefore(options.sealDiameterMm));
    variables['--seal-lines'] = String(sealLines(options.sealDiameterMm));
  }
  return variables;
}

/** A `:root { … }` rule declaring the variables, one per line, in a stable order. */
export function rootRule(variables: CssVariables): string {
  const lines = Object.entries(variables).map(([name, value]) => `  ${name}: ${value};`);
  return `:root {\n${lines.join('\n')}\n}\n`;
}
