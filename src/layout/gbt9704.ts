// Every GB/T 9704-2012 number tongbao uses, in one place, with units in the names.
// The DOCX writer reads the twip / half-point values, the print CSS reads the mm / pt
// values; neither writer holds a layout number of its own.
// Clause numbers refer to GB/T 9704-2012 《党政机关公文格式》.

/** 字号 in points (3.1): 二号 22 pt, 三号 16 pt, 四号 14 pt. */
export const FONT_SIZE_PT = {
  erhao: 22,
  sanhao: 16,
  sihao: 14,
} as const;

/** 5.1, 5.2: A4, 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm. */
export const PAGE = {
  widthMm: 210,
  heightMm: 297,
  marginTopMm: 37,
  marginBottomMm: 35,
  marginLeftMm: 28,
  marginRightMm: 26,
  textWidthMm: 156,
  textHeightMm: 225,
  /** 5.2.3: 每面排22行，每行排28个字，并撑满版心 */
  linesPerPage: 22,
  charsPerLine: 28,
  /**
   * The same page in twips for DOCX. Written as literals: converting 210 mm by
   * multiplication floors to 11905 and 37 mm to 2097.
   */
  widthTwip: 11906,
  heightTwip: 16838,
  marginTopTwip: 2098,
  marginBottomTwip: 1984,
  marginLeftTwip: 1587,
  marginRightTwip: 1474,
} as const;

/**
 * Word's grid cell: 8845 twips / 28 = 315.9, taken down to a whole twip so that Word's
 * 页面设置 counts 28 characters per line however it rounds (at 315.9 it can show 27).
 */
const WORD_GRID_CELL_TWIP = 315;

/**
 * Line and character pitch. 28 × 16 pt is wider than 156 mm, so characters are set at
 * 156/28 mm (letter-spacing in CSS, the document grid's charSpace in Word).
 */
export const GRID = {
  /** Word's grid for 22 lines: 12756 twips / 22, floored (what Word writes itself) */
  linePitchTwip: 579,
  /** CSS line height: 225 mm / 22 lines */
  linePitchMm: PAGE.textHeightMm / PAGE.linesPerPage,
  /** 156 mm / 28 characters */
  charPitchMm: PAGE.textWidthMm / PAGE.charsPerLine,
  /** Word's grid cell (see WORD_GRID_CELL_TWIP) */
  charPitchTwip: WORD_GRID_CELL_TWIP,
  /**
   * Word's charSpace = 4096 × (pitch − font size) in points, i.e. 204.8 × (pitch in
   * twips − 320): −1024 for the 315-twip cell.
   */
  charSpaceWord: Math.round(204.8 * (WORD_GRID_CELL_TWIP - FONT_SIZE_PT.sanhao * 20)),
} as const;

/**
 * 一字 of 3号 body text as the DOCX sets it, in twips: one twip narrower than the grid cell.
 * The text gets this pitch from character spacing (see the DOCX styles), because LibreOffice
 * spreads text that snaps to a character grid; LibreOffice also fits a line into 28 whole
 * cells and breaks at 27 when the characters are exactly as wide as a cell.
 */
export const BODY_CHAR_TWIP = GRID.charPitchTwip - 1;

/** 7.5 页码: 4号 宋体, "— N —" with U+2014, 一字线 7 mm below the text block, 1 char in. */
export const PAGE_NUMBER = {
  fontSizePt: FONT_SIZE_PT.sihao,
  dash: '\u2014',
  belowTextBlockMm: 7,
  /** odd pages 居右空一字, even pages 居左空一字: one 4号 character */
  sideIndentPt: FONT_SIZE_PT.sihao,
  /** DOCX footer distance from the page edge: 35 − 7 − the dash's height above the line bottom */
  footerDistanceTwip: 1446,
  /**
   * Where the dash's middle sits under the top of a line as tall as the font (em), measured on
   * the PDFs: AR PL SungtiL GB, which stands in for 宋体 on Linux, draws U+2014 at 0.49 em
   * (Noto Serif CJK SC at 0.68 em). The print CSS puts that point, not the line, 7 mm below the
   * text block.
   */
  dashBelowLineTopEm: 0.49,
} as const;

/** 7.3.5 signature block: with a seal the date is 右空四字, without it 右空二字. */
export const SIGNATURE = {
  dateRightCharsWithSeal: 4,
  dateRightCharsWithoutSeal: 2,
  /** 7.3.5.2: without a seal 署名 is 右空二字 and the date's first char sits 二字 right of 署名's */
  issuerRightCharsWithoutSeal: 2,
  dateShiftCharsWithoutSeal: 2,
  /** blank lines between the last body line and 署名 when a seal presses them */
  blankLinesBeforeWithSeal: 2,
  blankLinesBeforeWithoutSeal: 1,
} as const;

/** Seal geometry: 国发〔1999〕25号 diameters run from 4.2 to 6 cm. */
export const SEAL = {
  minDiameterMm: 42,
  maxDiameterMm: 60,
  defaultDiameterMm: 45,
} as const;

/** Colours: red for 版头 and seal, black text (5.2.4). */
export const COLOUR = {
  text: '000000',
  red: 'FF0000',
} as const;

/**
 * Blank lines between the last body line and 署名 under a seal of this diameter: at least
 * blankLinesBeforeWithSeal, and enough that the 署名 line's middle lies below the seal's centre
 * when the seal's top sits on the first blank line (7.3.5.1 居中下压, 偏下). 42–45 mm give 2, 60 mm 3.
 */
export function sealedBlankLinesBefore(diameterMm: number): number {
  const centreInLines = diameterMm / 2 / GRID.linePitchMm;
  return Math.max(SIGNATURE.blankLinesBeforeWithSeal, Math.floor(centreInLines - 0.5) + 1);
}

/**
 * 7.3.5.5: 当公文排版后所剩空白处不能容下印章或签发人签名章、成文日期时，可以采取调整行距、字距的措施解决。
 * The closing block (the last paragraph, 附件说明, 署名, 成文日期, 附注) that would spill over onto
 * the next page is set closer instead, with the text above it on its page, down to a line pitch of
 * one and a half times the 3号 body size: 24 pt, 8.47 mm for the grid's 10.23 mm (0.83). The
 * standard names no floor; 1.5 × the font size is the line spacing readers with low vision need
 * (WCAG 2.1 1.4.8 and 1.4.12) and the densest a Chinese office document is commonly set (1.5倍行距),
 * so a proofreader still reads it as body text. Beyond it, the block moves to the next page.
 * Only the line pitch (调整行距): narrower characters (字距) would break 5.2.3's 28 characters a
 * line and rarely save a line, since a paragraph loses one only when its last line is nearly empty.
 */
export const CLOSING = {
  minLinePitchMm: (1.5 * FONT_SIZE_PT.sanhao * 25.4) / 72,
  /**
   * 7.3.5.5 sets aside 5.2.3's 22 lines a page, so it is used on as few pages as possible: the
   * closer pitch covers the text of the page the block would leave, from its first paragraph or
   * heading, and when that is not enough, the page before it too — never more. Within those
   * pages every line gets the same pitch, the mildest that keeps the block whole: a page whose
   * last lines alone were set closer would look uneven to a proofreader.
   */
  mostPages: 2,
} as const;

/** Whole lines the seal covers from its top, which sits on the first blank line above 署名. */
export function sealLines(diameterMm: number): number {
  return Math.ceil(diameterMm / GRID.linePitchMm);
}

/**
 * Blank lines kept under the closing block (the date, or the 附注 under it) so that the seal ends
 * inside the block: the block is kept on one page, and the seal with it, never cut by a page
 * edge. `linesBelowDate` is the 附注's lines (0 without one). 42–60 mm seals: 1 without a 附注, 0 with.
 */
export function sealedBlankLinesAfter(diameterMm: number, linesBelowDate: number): number {
  const blockLines = sealedBlankLinesBefore(diameterMm) + 2 + linesBelowDate;
  return Math.max(0, sealLines(diameterMm) - blockLines);
}

/**
 * 版头 (7.2 文件格式, 10.1 信函格式). The standard fixes the positions; the organ name's size,
 * the red rule's thickness and the double lines' weights are practice (1–2.25 pt red rules,
 * 1.5 pt + 0.75 pt double lines), kept here so DOCX and PDF agree.
 */
export const LETTERHEAD = {
  /** 发文机关标志: red 小标宋, one line; a longer name is narrowed to the text block's width */
  organFont: 'xiaobiaosong',
  organFontSizePt: 36,
  /** 7.2.4 文件格式: the name's top edge 35 mm below the text block's top (72 mm from the page top) */
  fileOrganTopBelowTextTopMm: 35,
  /** 7.2.5 发文字号: 标志下空二行, centred */
  fileDocNumberBlankLinesBelowOrgan: 2,
  /** 7.2.7 红色分隔线: 发文字号之下 4 mm, as wide as the text block */
  fileRuleBelowDocNumberMm: 4,
  fileRuleThicknessPt: 1.5,
  /** 7.3.1 标题: 红色分隔线下空二行 */
  titleBlankLinesBelowRule: 2,
  /** 10.1 信函格式: the name's top edge 30 mm from the page top */
  letterOrganTopFromPageTopMm: 30,
  /** 10.1 the red double line 4 mm under the name: thick over thin (and thin over thick at the bottom) */
  letterRuleBelowOrganMm: 4,
  letterRuleLengthMm: 170,
  letterRuleThickPt: 1.5,
  letterRuleThinPt: 0.75,
  letterRuleGapPt: 1,
  /** 10.1 the lower double line: 20 mm above the page's bottom edge */
  letterBottomRuleAbovePageBottomMm: 20,
  /** 10.1 发文字号 居右顶格, 7/8 of a 3号 character's height under the double line */
  letterDocNumberBelowRuleEm: 7 / 8,
  /** 10.1 标题: two lines below the last element above it (the 发文字号) */
  letterTitleBlankLinesAbove: 2,
  /**
   * Without a 版头: the 发文字号 居中 (as 7.2.4 sets it under an organ mark) on the first line of
   * the grid, the title one line below it — the same in both writers
   */
  plainTitleBlankLinesBelowDocNumber: 1,
} as const satisfies Record<string, number | FontRole>;

/**
 * 版记 (7.4): 4号 仿宋 lines, 左右各空一字, between rules as wide as the text block; the last
 * rule lies on the text block's bottom edge of the last page, an even page.
 */
export const COLOPHON = {
  font: 'fangsong',
  fontSizePt: FONT_SIZE_PT.sihao,
  /** 7.4.1 首条和末条分隔线 0.35 mm, 中间的分隔线 0.25 mm */
  outerRuleMm: 0.35,
  innerRuleMm: 0.25,
  /** 7.4.2, 7.4.3 左空一字, 右空一字 (of the 4号 text) */
  sideIndentPt: FONT_SIZE_PT.sihao,
  /** practice: a blank line keeps the 版记 clear of the text above it on a shared page */
  minBlankLinesAbove: 1,
} as const satisfies Record<string, number | FontRole>;

/**
 * Charts (图N): as wide as the text block, labels in 黑体 五号 (clear at small sizes, in print
 * and on screen); the caption and note under a chart are set like table text (ELEMENT.table).
 * Black and grey ink with one accent for this quarter, so a black-and-white copy still tells
 * the series apart.
 */
export const CHART = {
  widthMm: PAGE.textWidthMm,
  heightMm: 80,
  /**
   * Grid lines a picture keeps at the least when it is set smaller to fit under the text, rather
   * than leave the page before it half empty (with the 80 mm picture's 8 lines: 60 mm, 3/4)
   */
  minLines: 6,
  labelFont: 'heiti',
  labelSizePt: 10.5,
  ink: '#000000',
  gridGrey: '#d9d9d9',
  earlierGrey: '#a6a6a6',
  accent: '#1f4e79',
} as const satisfies Record<string, number | string | FontRole>;

/**
 * Whole grid lines a chart takes (its picture, without the caption): the text after it stays on
 * the 22-line grid, and both writers give it the same height.
 */
export const CHART_LINES = Math.ceil(CHART.heightMm / (PAGE.textHeightMm / PAGE.linesPerPage));

/**
 * Font stacks: the official Windows names first (used when installed), then TrueType faces
 * Debian packages provide (scripts/setup.sh installs them), then Noto CJK and LXGW WenKai last.
 * Fontconfig does not map the Windows names, so the fallbacks are named explicitly. The order
 * among the fallbacks matters for print: Chromium embeds TrueType (glyf) faces in a PDF as named
 * CID fonts, but CFF-outline faces (Noto CJK) as unnamed Type 3 fonts, which print shops and
 * archives reject and whose text some readers copy as Kangxi radicals (示 → ⽰).
 */
export const FONTS = {
  /**
   * 正文, 三、四级标题: 仿宋_GB2312. Debian has no simplified FangSong in TrueType (FandolFang is
   * CFF); AR PL UMing CN stands in: a light, evenly stroked Ming whose colour on the page is
   * nearest to 仿宋's thin strokes, with mainland punctuation and more than GB2312's characters.
   */
  fangsong: ['仿宋_GB2312', 'FangSong_GB2312', '仿宋', 'FangSong', 'STFangsong', 'AR PL UMing CN', 'Noto Serif CJK SC'],
  /** 一级标题, 附件标识: 黑体; WenQuanYi Zen Hei stands in */
  heiti: ['黑体', 'SimHei', 'Heiti SC', 'WenQuanYi Zen Hei', 'Noto Sans CJK SC'],
  /** 二级标题: 楷体_GB2312; AR PL KaitiM GB (a GB2312 楷) before LXGW WenKai, a handwriting 楷 */
  kaiti: ['楷体_GB2312', 'KaiTi_GB2312', '楷体', 'KaiTi', 'STKaiti', 'AR PL KaitiM GB', 'LXGW WenKai', 'Noto Serif CJK SC'],
  /** 页码: 宋体; AR PL SungtiL GB stands in */
  songti: ['宋体', 'SimSun', 'Songti SC', 'AR PL SungtiL GB', 'AR PL UMing CN', 'Noto Serif CJK SC'],
  /**
   * 标题, 发文机关标志: 方正小标宋简体, a heavy Song drawn at regular weight. AR PL SungtiL GB (报宋,
   * a newspaper Song heavier than 宋体) stands in, also at regular weight: asking a face without a
   * bold for bold makes Chromium embolden it (a Type 3 font in the PDF) and Word smear it.
   */
  xiaobiaosong: ['方正小标宋简体', 'FZXiaoBiaoSong-B05S', '方正小标宋_GBK', 'AR PL SungtiL GB', 'Noto Serif CJK SC'],
  /** digits and Latin letters in DOCX (ascii/hAnsi) */
  latin: ['Times New Roman', 'Liberation Serif'],
} as const;

export type FontRole = keyof typeof FONTS;

/** Official font names an issuer uses instead of the defaults (NoticeDocument.fonts), by role. */
export type FontChoices = Readonly<Partial<Record<FontRole, string>>>;

/**
 * A role's stack with the issuer's chosen name (e.g. 仿宋 instead of 仿宋_GB2312) first and the
 * defaults after it, so both writers name the same font and Chromium can still fall back.
 */
export function fontStack(role: FontRole, choices: FontChoices = {}): readonly [string, ...string[]] {
  const chosen = choices[role];
  return chosen ? [chosen, ...FONTS[role].filter((name) => name !== chosen)] : FONTS[role];
}

/** The font a DOCX names for a role: the issuer's chosen name, else the first, official, one. */
export function docxFontName(role: FontRole, choices: FontChoices = {}): string {
  return fontStack(role, choices)[0];
}

/**
 * Text as a double-quoted CSS string: an issuer's font or organ name cannot end the string,
 * break the line, or close the <style> element it is written into.
 */
export function cssString(text: string): string {
  return `"${text.replace(/["\\<\u0000-\u001f\u007f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

/** A CSS font-family value for a role, with the generic family last; names are quoted strings. */
export function cssFontFamily(role: FontRole, choices: FontChoices = {}): string {
  const generic = role === 'heiti' ? 'sans-serif' : 'serif';
  return [...fontStack(role, choices).map(cssString), generic].join(', ');
}

/**
 * Element styles (7.3): font role and size of each element of the notice. Every line, titles
 * included, takes one line of the grid (the standard leaves the title's spacing open; Word's
 * grid gives a 2号 line one grid line), so all vertical gaps stay whole lines.
 */
export const ELEMENT = {
  title: { font: 'xiaobiaosong', sizePt: FONT_SIZE_PT.erhao },
  body: { font: 'fangsong', sizePt: FONT_SIZE_PT.sanhao },
  heading1: { font: 'heiti', sizePt: FONT_SIZE_PT.sanhao },
  heading2: { font: 'kaiti', sizePt: FONT_SIZE_PT.sanhao },
  heading3: { font: 'fangsong', sizePt: FONT_SIZE_PT.sanhao },
  heading4: { font: 'fangsong', sizePt: FONT_SIZE_PT.sanhao },
  attachmentLabel: { font: 'heiti', sizePt: FONT_SIZE_PT.sanhao },
  attachmentTitle: { font: 'xiaobiaosong', sizePt: FONT_SIZE_PT.erhao },
  /** tables in attachments: practice sets them one size smaller than the body */
  table: { font: 'fangsong', sizePt: FONT_SIZE_PT.sihao },
  pageNumber: { font: 'songti', sizePt: FONT_SIZE_PT.sihao },
} as const satisfies Record<string, { font: FontRole; sizePt: number }>;

/**
 * Text a template or a narrative marks as strong (**…**): 公文 emphasise by typeface, as 7.3.3
 * sets the first heading level in 黑体, never by bold — the Chinese faces have no bold, so bold
 * would be smeared on (in the PDF a Type 3 font). It keeps the size of the text around it.
 */
export const EMPHASIS = { font: 'heiti' } as const satisfies { font: FontRole };

