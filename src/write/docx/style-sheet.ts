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
 * — the reason is in styles.ts. Widow control is off, spelled out because LibreOffice otherwise
 * keeps two lines together: lines go where the grid has room, as in the PDF (print.css), and only
 * the closing block asks for more.
 */
function documentDefaults(fonts: FontChoices): ImportedXmlComponent {
  const defaults = new ImportedXmlComponent('w:docDefaults');
  defaults.push(new RunPropertiesDefaults(runFor(ELEMENT.body, fonts)));
  const paragraphDefaults = new ImportedXmlComponent('w:pPrDefault');
  const paragraph = new ImportedXmlComponent('w:pPr');
  const off = (name: string) => new ImportedXmlComponent(name, { 'w:val': '0' });
  // schema order: widowControl, overflowPunct, autoSpaceDE, autoSpaceDN, then snapToGrid
  paragraph.push(off('w:widowControl'));
  paragraph.push(noOverflowingPunctuation());
  for (const name of ['w:autoSpaceDE', 'w:autoSpaceDN', 'w:snapToGrid']) paragraph.push(off(name));
  paragraphDefaults.push(paragraph);
  defaults.push(paragraphDefaults);
  return defaults;
}

/**
 * w:overflowPunct off, for Word and for LibreOffice, which reads it inverted: its writerfilter
 * (DomainMapper.cxx, 7.4 as in its current source) sets ParaIsHangingPunctuation to (val == 0), so
 * "0", like no element, makes it hang 、。，． (and in 7.4 other closing marks) past the margin as a
 * 29th character, and only "1" stops it. A markup-compatibility choice gives each its value without
 * telling Word anything false: mc:Choice Requires="w15" holds "0" for Word 2013 and later, and
 * mc:Fallback holds "1", which writerfilter takes (it takes a Choice only for wps, wpg, w14 and
 * wpc); Word 2007 and 2010 take it too, and hang as Word does by default. styles.xml declares
 * both prefixes.
 *
 * Hanging, LibreOffice set 28 characters and a comma on a line where the print page (Chromium
 * never hangs) carries the 28th character and the comma to the next line: the paragraph came out
 * a line shorter than in the PDF, and every page after it started elsewhere. Over the 20 variants
 * of issue 13, no hanging took LibreOffice's hanging lines from 32 to 0 and its pages starting as
 * the PDF's from 16 to 18 documents. Where they still differ, LibreOffice spaces figures from
 * Chinese (sw itrform2.cxx: a fifth of the font size, 3.2 pt in 3号, wherever a Chinese character
 * meets a letter or digit, by script not font; it ignores w:autoSpaceDE and w:autoSpaceDN), so a
 * line with figures breaks a figure earlier than in the PDF; the hanging sometimes took that width
 * back, so without it such a paragraph can need a line more. No DOCX markup removes that spacing
 * (measured over the same variants): nothing LibreOffice imports reaches ParaIsCharacterDistance,
 * and w:hint, which could make digits East Asian, is not read; a zero-width space between the
 * Chinese and the figure stops it (19 of 20 with this choice) but puts characters into the
 * notice's text; a paragraph snapped to a lines-and-chars grid goes without it, but LibreOffice
 * gives a character wider than a cell two cells (3号 is 16 pt, a cell 156/28 mm = 15.8 pt: about
 * 14 a line), so 28 a line need characters scaled to 98 % (w:w) in Word too, and that grid
 * paginated worse (10 of 20).
 */
function noOverflowingPunctuation(): ImportedXmlComponent {
  const choice = new ImportedXmlComponent('mc:Choice', { Requires: 'w15' });
  choice.push(new ImportedXmlComponent('w:overflowPunct', { 'w:val': '0' }));
  const fallback = new ImportedXmlComponent('mc:Fallback');
  fallback.push(new ImportedXmlComponent('w:overflowPunct', { 'w:val': '1' }));
  const alternatives = new ImportedXmlComponent('mc:AlternateContent');
  alternatives.push(choice);
  alternatives.push(fallback);
  return alternatives;
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
