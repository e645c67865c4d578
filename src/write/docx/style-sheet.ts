// The whole styles.xml: document defaults and every paragraph style the notice uses, for the
// notice's 版头 format and the issuer's font names.
//
// The writer owns the whole style sheet: docx's defaults carry Calibri-era colours and theme
// fonts. The defaults take paragraphs off the document grid, which docx has no option for.

import { ImportedXmlComponent, RunPropertiesDefaults, type IStylesOptions } from 'docx';
import { ELEMENT, type FontChoices } from '../../layout/gbt9704.js';
import { colophonStyles } from './colophon.js';
import { footerStyles } from './footer.js';
import { letterheadStyles, type NoticeFormat } from './letterhead.js';
import { bodyStyles, runFor, runInHeadingStyles, strongStyle } from './styles.js';

/**
 * 文档默认: the body run (Word measures the character grid against the default font size);
 * for every paragraph, no extra space between Chinese and Latin letters or digits (Word and
 * LibreOffice add about a quarter character, which would shift dates and columns off the
 * 28-character pitch), no punctuation hanging into the margin as a 29th character (不允许标点溢出
 * 边界, ISO/IEC 29500-1 17.3.1.21: w:overflowPunct w:val="0"; omitted, it is on), and 不对齐到网格
 * — the reason is in styles.ts.
 *
 * LibreOffice reads overflowPunct inverted: its writerfilter (DomainMapper.cxx) sets
 * ParaIsHangingPunctuation to (val == 0), so "0", like no element, makes it hang 、。，． (and in
 * 7.4 other closing marks) past the margin, and only "1" stops it. A markup-compatibility
 * alternative would give it "1" without telling Word anything false (mc:Choice Requires="w15"
 * with "0" for Word 2013 and later, mc:Fallback with "1": writerfilter takes a Choice only for
 * wps, wpg, w14 and wpc). Measured over the 20 variants (at fed64dc) it removes all 32 hanging
 * lines and pagination parity with the PDF rises from 16 to 18; it stays out because WPS and
 * Word 2010, should they not take the w15 Choice, would read the Fallback's "1" and hang
 * punctuation themselves. LibreOffice also spaces digits from Chinese (it ignores w:autoSpaceDE
 * and w:autoSpaceDN, and no other DOCX markup reaches ParaIsCharacterDistance): a fifth of the
 * font size, 3.2 pt in 3号, wherever a Chinese character meets a letter or digit (sw
 * itrform2.cxx); "于2025年10月31日" gets six. It follows the characters' script, not their font,
 * so setting digits in the Chinese face does not remove it (w:hint, which could make them East
 * Asian, is not read either). It needs a letter or digit on both sides, so a zero-width space
 * there would stop it (measured: parity 17, or 19 with the alternative above), but that puts
 * characters into the notice's text. A paragraph snapped to the lines-and-chars grid goes
 * without it, but LibreOffice gives a character wider than a grid cell two cells (about 14 a
 * line): 3号 is 16 pt and the cell 156/28 mm = 15.8 pt, so 28 a line need the characters scaled
 * to 98 % (w:w), and that grid, measured, paginates worse (parity 10, 49 hanging lines), its
 * Latin widths no longer those of the print page. That spacing (a line with figures breaks a
 * figure earlier than on the print page: v-plain, v-long) and the hanging (a comma hung where
 * the print page carries a character over: v-sig11, v-sig12) are where LibreOffice's pages
 * still start differently. Until LibreOffice honours autoSpaceDE and overflowPunct the
 * standard's "0" stays, right for Word and WPS. Widow control is off, spelled out because
 * LibreOffice otherwise keeps two lines together: lines go where the grid has room, as in the
 * PDF (print.css), and only the closing block asks for more.
 */
function documentDefaults(fonts: FontChoices): ImportedXmlComponent {
  const defaults = new ImportedXmlComponent('w:docDefaults');
  defaults.push(new RunPropertiesDefaults(runFor(ELEMENT.body, fonts)));
  const paragraphDefaults = new ImportedXmlComponent('w:pPrDefault');
  const paragraph = new ImportedXmlComponent('w:pPr');
  // schema order: widowControl, overflowPunct, autoSpaceDE, autoSpaceDN, then snapToGrid
  for (const name of ['w:widowControl', 'w:overflowPunct', 'w:autoSpaceDE', 'w:autoSpaceDN', 'w:snapToGrid']) paragraph.push(new ImportedXmlComponent(name, { 'w:val': '0' }));
  paragraphDefaults.push(paragraph);
  defaults.push(paragraphDefaults);
  return defaults;
}

/** The complete style sheet, for the `styles` option of docx's Document. */
export function noticeStyles(options: { format: NoticeFormat; fonts: FontChoices }): IStylesOptions {
  const { format, fonts } = options;
  return {
    // giving importedStyles replaces docx's default set
    importedStyles: [documentDefaults(fonts)],
    paragraphStyles: [
      ...bodyStyles(fonts),
      ...letterheadStyles({ format, fonts }),
      ...colophonStyles({ format, fonts }),
      ...footerStyles({ format, fonts }),
    ],
    characterStyles: [...runInHeadingStyles(fonts), strongStyle(fonts)],
  };
}
