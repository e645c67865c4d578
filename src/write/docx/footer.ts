// 页码 (GB/T 9704-2012 7.5): "— N —" in 4号 宋体, odd pages 居右空一字, even pages 居左空一字.
// The two footers differ only in their style; the settings switch on even/odd footers.

import { Footer, PageNumber, Paragraph, TextRun } from 'docx';
import { PAGE_NUMBER } from '../../layout/gbt9704.js';
import { STYLE } from './styles.js';

function pageNumberFooter(style: string): Footer {
  const { dash } = PAGE_NUMBER;
  return new Footer({
    children: [new Paragraph({ style, children: [new TextRun({ children: [`${dash} `, PageNumber.CURRENT, ` ${dash}`] })] })],
  });
}

/** Footers for the section: `default` serves odd pages once even/odd footers are on. */
export function pageNumberFooters(): { default: Footer; even: Footer } {
  return { default: pageNumberFooter(STYLE.footerOdd), even: pageNumberFooter(STYLE.footerEven) };
}
