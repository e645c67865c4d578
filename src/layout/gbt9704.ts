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
  /**
   * Word's charSpace = 4096 × (pitch − font size) in points, i.e. 204.8 × (pitch in
   * twips − 320). An 8845-twip text width over 28 characters gives −842.
   */
  charSpaceWord: -842,
} as const;

/** 一字 of 3号 body text in twips (16 pt × 20), for indents in DOCX. */
export const BODY_CHAR_TWIP = FONT_SIZE_PT.sanhao * 20;

/** 7.5 页码: 4号 宋体, "— N —" with U+2014, 一字线 7 mm below the text block, 1 char in. */
export const PAGE_NUMBER = {
  fontSizePt: FONT_SIZE_PT.sihao,
  dash: '\u2014',
  belowTextBlockMm: 7,
  /** odd pages 居右空一字, even pages 居左空一字: one 4号 character */
  sideIndentPt: FONT_SIZE_PT.sihao,
  /** DOCX footer distance from the page edge: 35 − 7 − the dash's height above the line bottom */
  footerDistanceTwip: 1446,
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
 * Font stacks: the official Windows names first (used when installed), then open
 * fallbacks that Debian packages provide. Fontconfig does not map the Windows names,
 * so the fallbacks are named explicitly.
 */
export const FONTS = {
  /** 正文, 三、四级标题: 仿宋_GB2312 (Noto Serif CJK SC stands in; Debian has no simplified FangSong) */
  fangsong: ['仿宋_GB2312', 'FangSong_GB2312', '仿宋', 'FangSong', 'STFangsong', 'Noto Serif CJK SC'],
  /** 一级标题, 附件标识 */
  heiti: ['黑体', 'SimHei', 'Heiti SC', 'Noto Sans CJK SC'],
  /** 二级标题 */
  kaiti: ['楷体_GB2312', 'KaiTi_GB2312', '楷体', 'KaiTi', 'STKaiti', 'LXGW WenKai', 'AR PL KaitiM GB', 'Noto Serif CJK SC'],
  /** 页码 */
  songti: ['宋体', 'SimSun', 'Songti SC', 'Noto Serif CJK SC'],
  /** 标题 */
  xiaobiaosong: ['方正小标宋简体', 'FZXiaoBiaoSong-B05S', '方正小标宋_GBK', 'Noto Serif CJK SC'],
  /** digits and Latin letters in DOCX (ascii/hAnsi) */
  latin: ['Times New Roman', 'Liberation Serif'],
} as const;

export type FontRole = keyof typeof FONTS;

/** The font a DOCX names for a role: the first, official, name. */
export function docxFontName(role: FontRole): string {
  return FONTS[role][0];
}

/** A CSS font-family value for a role, with the generic family last. */
export function cssFontFamily(role: FontRole): string {
  const generic = role === 'heiti' ? 'sans-serif' : 'serif';
  return [...FONTS[role], generic].map((f) => (f.includes(' ') || /[^\x00-\x7f]/.test(f) ? `"${f}"` : f)).join(', ');
}

/** Element styles (7.3): font role and size of each element of the notice. */
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

/** Title line spacing: not fixed by the standard; anchors use 28–35 pt exact. */
export const TITLE_LINE_PITCH_PT = 35;
