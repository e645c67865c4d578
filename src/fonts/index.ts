// `tongbao fonts`: which face each font role resolves to on this machine, asked of the same
// browser that prints the PDF. For each role a tiny page set in the role's stack is printed to
// PDF: Chromium names the face it used (CDP CSS.getPlatformFontsForNode) and the PDF shows how it
// embedded it (a named CID font, or an unnamed Type 3 font for CFF outlines and synthetic bold).
// The DOCX names one font per role (the official name, or the issuer's); Word uses it only when
// it is installed, which the same browser tells by whether it can set text in that name alone.

import type { Page } from 'puppeteer-core';
import { cssFontFamily, cssString, docxFontName, type FontChoices, type FontRole } from '../layout/gbt9704.js';
import { createBrowserSession, openOfflinePage } from '../write/pdf/browser.js';

/** The roles a notice sets text in, in the order a reader meets them; Latin digits are Times New Roman. */
export const CHECKED_ROLES = ['xiaobiaosong', 'fangsong', 'heiti', 'kaiti', 'songti'] as const satisfies readonly FontRole[];
export type CheckedRole = (typeof CHECKED_ROLES)[number];

/** Characters of each role's text, digits and punctuation included: enough to show every face it takes. */
const SAMPLE = '示例市关于2025年第三季度检查情况的通报，一、（一）附件1 — 3 —';

/** A family no machine has: what Chromium sets text in when it finds none of the names asked for. */
const NO_SUCH_FAMILY = 'tongbao-no-such-font';

export interface PdfFace {
  /** the face's family as the browser names it, e.g. AR PL UMing CN */
  readonly family: string;
  /** how many of the sample's glyphs it set */
  readonly glyphs: number;
}

export interface RoleFonts {
  readonly role: CheckedRole;
  /** faces the PDF sets the role's text in, most glyphs first */
  readonly pdfFaces: readonly PdfFace[];
  /** fonts the PDF embeds for the role, e.g. BAAAAA+UMingCN */
  readonly embedded: readonly string[];
  /** Type 3 fonts in the role's PDF: CFF outlines or synthetic bold, which print shops reject */
  readonly type3Fonts: number;
  /** the font the DOCX names for the role */
  readonly docxName: string;
  /** whether that font is installed here, so Word or WPS on this machine shows it */
  readonly docxNameInstalled: boolean;
}

async function platformFaces(page: Page, selector: string): Promise<PdfFace[]> {
  const client = await page.createCDPSession();
  try {
    await client.send('DOM.enable');
    await client.send('CSS.enable');
    const { root } = await client.send('DOM.getDocument', { depth: -1 });
    const { nodeId } = await client.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { fonts } = await client.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts.map((font) => ({ family: font.familyName, glyphs: font.glyphCount })).sort((a, b) => b.glyphs - a.glyphs);
  } finally {
    await client.detach();
  }
}

const paragraph = (id: string, fontFamily: string) =>
  `<p id="${id}" style="font-family: ${fontFamily.replace(/"/g, '&quot;')}; font-size: 16pt">${SAMPLE}</p>`;

/** The PDF's fonts, read from its font dictionaries, which Chromium writes uncompressed. */
function pdfFonts(pdf: Uint8Array): { embedded: string[]; type3Fonts: number } {
  const text = Buffer.from(pdf).toString('latin1');
  const embedded = [...new Set([...text.matchAll(/\/BaseFont\s*\/([^\s/<>[\]()]+)/g)].map((m) => m[1]!))];
  return { embedded, type3Fonts: text.match(/\/Subtype\s*\/Type3\b/g)?.length ?? 0 };
}

async function checkRole(page: Page, role: CheckedRole, fonts: FontChoices): Promise<RoleFonts> {
  const docxName = docxFontName(role, fonts);
  await page.setContent(
    `<!doctype html><meta charset="utf-8"><body>${paragraph('stack', cssFontFamily(role, fonts))}` +
      `${paragraph('docx', `${cssString(docxName)}, ${cssString(NO_SUCH_FAMILY)}`)}${paragraph('none', cssString(NO_SUCH_FAMILY))}</body>`,
  );
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const [pdfFaces, docxFaces, fallbackFaces] = [await platformFaces(page, '#stack'), await platformFaces(page, '#docx'), await platformFaces(page, '#none')];
  // the PDF of the role's own text only: the other two paragraphs would add their fonts
  await page.evaluate(() => document.querySelectorAll('#docx, #none').forEach((p) => p.remove()));
  const pdf = await page.pdf({ width: '210mm', height: '30mm', printBackground: false });
  const named = (faces: readonly PdfFace[]) => faces.map((f) => f.family).join('|');
  const docxNameInstalled =
    docxFaces.some((face) => face.family.toLowerCase() === docxName.toLowerCase()) || named(docxFaces) !== named(fallbackFaces);
  return { role, pdfFaces, ...pdfFonts(pdf), docxName, docxNameInstalled };
}

/** What each role resolves to here, in the PDF and the DOCX, with the issuer's font names. */
export async function checkFonts(options: { fonts: FontChoices; browserPath?: string }): Promise<RoleFonts[]> {
  const session = createBrowserSession(options.browserPath ? { executablePath: options.browserPath } : {});
  try {
    const page = await openOfflinePage(await session.browser());
    const roles: RoleFonts[] = [];
    for (const role of CHECKED_ROLES) roles.push(await checkRole(page, role, options.fonts));
    return roles;
  } finally {
    await session.close();
  }
}
