// The layout profile as CSS custom properties, so the style sheets in templates/styles/
// hold no GB/T 9704 number of their own: they only say var(--…).
// Lengths keep their original units (mm for the page, pt for type) and the derived
// pitches stay calc() expressions, so the CSS shows where each value comes from.

import {
  COLOUR,
  ELEMENT,
  PAGE,
  PAGE_NUMBER,
  SIGNATURE,
  TITLE_LINE_PITCH_PT,
  cssFontFamily,
  type FontRole,
} from './gbt9704.js';

/**
 * Chromium sums letter-spacing after every glyph, the last one included, so a line of
 * exactly 28 compressed characters can round to 27. Taking a hair off each character
 * keeps 28 on the line without visibly changing the pitch.
 */
const LETTER_SPACING_SAFETY_PT = 0.01;

/** Table rules: the standard sets none for tables; a half point is what printed notices show. */
const TABLE_RULE_PT = 0.5;

/** 7.3.3 正文 (and 附件说明, 附注, headings) 左空二字 */
const INDENT_CHARS = 2;

/** 7.3.5.2 without a seal, 成文日期 starts two characters right of the 署名's first character */
const DATE_OFFSET_CHARS_UNSEALED = 2;

export type CssVariables = Readonly<Record<`--${string}`, string>>;

/** One font-family stack per role: --font-fangsong, --font-heiti… (web and print). */
export function fontVariables(): CssVariables {
  const roles: FontRole[] = ['fangsong', 'heiti', 'kaiti', 'songti', 'xiaobiaosong'];
  return Object.fromEntries(roles.map((role) => [`--font-${role}`, cssFontFamily(role)]));
}

const pt = (value: number) => `${value}pt`;
const mm = (value: number) => `${value}mm`;
const font = (role: FontRole) => `var(--font-${role})`;

/** Page geometry, pitches, element fonts and sizes, page number and signature placement for print. */
export function printLayoutVariables(options: { sealDiameterMm?: number } = {}): CssVariables {
  const charPitch = `calc(${mm(PAGE.textWidthMm)} / ${PAGE.charsPerLine})`;
  const variables: Record<`--${string}`, string> = {
    '--page-width': mm(PAGE.widthMm),
    '--page-height': mm(PAGE.heightMm),
    '--margin-top': mm(PAGE.marginTopMm),
    '--margin-bottom': mm(PAGE.marginBottomMm),
    // 订口 (binding side) is the left margin of a right-hand page, the right margin of a left-hand page
    '--margin-inside': mm(PAGE.marginLeftMm),
    '--margin-outside': mm(PAGE.marginRightMm),
    '--line-pitch': `calc(${mm(PAGE.textHeightMm)} / ${PAGE.linesPerPage})`,
    '--char-pitch': charPitch,
    '--letter-spacing': `calc(${charPitch} - ${pt(ELEMENT.body.sizePt)} - ${pt(LETTER_SPACING_SAFETY_PT)})`,
    '--indent': `calc(${INDENT_CHARS} * var(--char-pitch))`,
    '--colour-text': `#${COLOUR.text}`,
    '--table-rule': pt(TABLE_RULE_PT),
    '--title-line-pitch': pt(TITLE_LINE_PITCH_PT),
    '--page-number-prefix': `"${PAGE_NUMBER.dash} "`,
    '--page-number-suffix': `" ${PAGE_NUMBER.dash}"`,
    '--page-number-below-text': mm(PAGE_NUMBER.belowTextBlockMm),
    '--page-number-side-indent': pt(PAGE_NUMBER.sideIndentPt),
    '--signature-blank-lines-sealed': String(SIGNATURE.blankLinesBeforeWithSeal),
    '--signature-blank-lines-unsealed': String(SIGNATURE.blankLinesBeforeWithoutSeal),
    '--date-right-chars-sealed': String(SIGNATURE.dateRightCharsWithSeal),
    '--date-right-chars-unsealed': String(SIGNATURE.dateRightCharsWithoutSeal),
    '--date-offset-unsealed': `calc(${DATE_OFFSET_CHARS_UNSEALED} * var(--char-pitch))`,
  };
  for (const [element, style] of Object.entries(ELEMENT)) {
    const name = element.replace(/[A-Z0-9]/g, (c) => `-${c.toLowerCase()}`);
    variables[`--${name}-font`] = font(style.font);
    variables[`--${name}-size`] = pt(style.sizePt);
  }
  if (options.sealDiameterMm !== undefined) variables['--seal-diameter'] = mm(options.sealDiameterMm);
  return variables;
}

/** A `:root { … }` rule declaring the variables, one per line, in a stable order. */
export function rootRule(variables: CssVariables): string {
  const lines = Object.entries(variables).map(([name, value]) => `  ${name}: ${value};`);
  return `:root {\n${lines.join('\n')}\n}\n`;
}
