// 页码 (GB/T 9704-2012 7.5): "— N —" in 4号 宋体, odd pages 居右空一字, even pages 居左空一字,
// its 一字线 7 mm below the text block. The two footers differ only in their style; the settings
// switch on even/odd footers. Pages that carry no number (the 版记's) get empty footers.

import { AlignmentType, Footer, PageNumber, Paragraph, TextRun, type IParagraphStyleOptions } from 'docx';
import { ELEMENT, LETTERHEAD, PAGE_NUMBER, type FontChoices } from '../../layout/gbt9704.js';
import type { NoticeFormat } from './letterhead.js';
import { NO_INDENT, SINGLE_SPACING, STYLE, sizedStyle } from './styles.js';
import { twipsFromMm } from './units.js';

/**
 * The section's footer distance. A footer grows upwards from it, so it is the lowest thing on
 * the page: the page number's line in 文件格式, and in 信函格式 the lower red double line of
 * the first page, 20 mm above the page's edge (10.1), with the page numbers lifted above it.
 */
export function footerDistanceTwip(format: NoticeFormat): number {
  return format === 'letter' ? twipsFromMm(LETTERHEAD.letterBottomRuleAbovePageBottomMm) : PAGE_NUMBER.footerDistanceTwip;
}

export function footerStyles(options: { format: NoticeFormat; fonts: FontChoices }): IParagraphStyleOptions[] {
  const sideIndentTwip = PAGE_NUMBER.sideIndentPt * 20;
  // raises the number from the footer distance to where the 7 mm rule puts it
  const lift = PAGE_NUMBER.footerDistanceTwip - footerDistanceTwip(options.format);
  return [
    sizedStyle(STYLE.footer, 'footer', { indent: NO_INDENT, spacing: { ...SINGLE_SPACING, after: lift } }, { look: { ...ELEMENT.pageNumber, digitsInRoleFont: true }, fonts: options.fonts }),
    {
      id: STYLE.footerOdd,
      name: '页码（单页）',
      basedOn: STYLE.footer,
      paragraph: { alignment: AlignmentType.RIGHT, indent: { right: sideIndentTwip, firstLine: 0 } },
    },
    {
      id: STYLE.footerEven,
      name: '页码（双页）',
      basedOn: STYLE.footer,
      paragraph: { alignment: AlignmentType.LEFT, indent: { left: sideIndentTwip, firstLine: 0 } },
    },
  ];
}

function pageNumberFooter(style: string): Footer {
  const { dash } = PAGE_NUMBER;
  return new Footer({
    children: [new Paragraph({ style, children: [new TextRun({ children: [`${dash} `, PageNumber.CURRENT, ` ${dash}`] })] })],
  });
}

/** Footers for a numbered section: `default` serves odd pages once even/odd footers are on. */
export function pageNumberFooters(): { default: Footer; even: Footer } {
  return { default: pageNumberFooter(STYLE.footerOdd), even: pageNumberFooter(STYLE.footerEven) };
}

/** Footers for pages without a number (7.5: the 版记 page and a blank page before it). */
export function emptyFooters(): { default: Footer; even: Footer } {
  const empty = () => new Footer({ children: [new Paragraph({ style: STYLE.footer })] });
  return { default: empty(), even: empty() };
}
