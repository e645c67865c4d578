// The DOCX writer: walks the notice tree through the handlers into A4 sections on the GB/T 9704
// page and grid, with the 公文 style sheet and mirrored page numbers, then zips its parts once,
// with fixed timestamps, so the same notice always gives the same bytes.
//
// When the build prints the PDF too, pages break as the print page's measured pagination says
// (src/write/pdf/print-layout.ts, one source of truth for both writers): the charts (set smaller
// or floated past the text after them), the closing block and the 版记 follow it. Without the
// PDF, no browser is needed (colophon.ts places the 版记 alone).
//
// Sections: the notice itself, with the 版头 at its start (and, in 信函格式, on page 1's header
// and footer) and the 版记 at its end, unless a blank page comes before the 版记: then both are
// an unnumbered section of their own (colophon.ts). Page numbers run on across both.

import { Document, Packer, type ISectionOptions } from 'docx';
import type { RootContent } from 'mdast';
import type { NoticeDocument } from '../../model/document.js';
import { FILE_NAMES } from '../file-names.js';
import type { Writer } from '../types.js';
import { chartPictures } from '../chart/pictures.js';
import { closerNodes } from './closing.js';
import { colophonBlocks } from './colophon.js';
import { pageNumberFooters } from './footer.js';
import { allBlockHandlers, inlineHandlers } from './handlers/index.js';
import { letterheadParts, noticeFormat } from './letterhead.js';
import { pageSetup } from './page-setup.js';
import { zipWithFixedTimestamps } from '../office-package.js';
import { withChartsMoved } from '../chart/placement.js';
import type { PrintLayout } from '../pdf/print-layout.js';
import { createState, type State } from './state.js';
import { noticeStyles } from './style-sheet.js';

/** The nodes the sections place themselves; every other node goes through the handlers. */
const PLACED_BY_SECTIONS = new Set<RootContent['type']>(['gongwenLetterhead', 'gongwenDocNumber', 'gongwenColophon']);

function nodeOfType<T extends RootContent['type']>(doc: NoticeDocument, type: T): Extract<RootContent, { type: T }> | undefined {
  return doc.tree.children.find((node): node is Extract<RootContent, { type: T }> => node.type === type);
}

function noticeDocument(doc: NoticeDocument, children: readonly RootContent[], state: State): Document {
  const format = noticeFormat(doc.tree);
  const letterhead = letterheadParts({
    letterhead: nodeOfType(doc, 'gongwenLetterhead'),
    docNumber: nodeOfType(doc, 'gongwenDocNumber'),
    state,
  });
  const { firstPageHeader, firstPageFooter } = letterhead;
  const colophon = nodeOfType(doc, 'gongwenColophon');
  const colophonPart = colophon ? colophonBlocks({ colophon, format, placement: state.printLayout.colophon?.placement, state }) : { inFlow: [] };
  const notice: ISectionOptions = {
    properties: { ...pageSetup(format), titlePage: firstPageFooter !== undefined },
    ...(firstPageHeader ? { headers: { first: firstPageHeader } } : {}),
    footers: { ...pageNumberFooters(), ...(firstPageFooter ? { first: firstPageFooter } : {}) },
    children: [
      ...letterhead.blocks,
      ...state.blocks(children.filter((node) => !PLACED_BY_SECTIONS.has(node.type))),
      ...colophonPart.inFlow,
    ],
  };
  const publication = doc.publication;
  return new Document({
    title: doc.titleText,
    // the same properties as the PDF's and the 公开 form's: the 内容概述 and the site's keywords
    ...(publication?.abstract && { subject: publication.abstract, description: publication.abstract }),
    ...(publication?.site.keywords && { keywords: publication.site.keywords.join(',') }),
    creator: doc.author,
    lastModifiedBy: doc.author,
    evenAndOddHeaderAndFooters: true,
    styles: noticeStyles({ format, fonts: doc.fonts }),
    sections: colophonPart.section ? [notice, colophonPart.section] : [notice],
  });
}

/**
 * The package's parts as docx's packer would zip them. Packer.toBuffer zips them with the current
 * time, which would mean unzipping and deflating everything a second time to fix the timestamps;
 * its compiler (private in the typings, stable since docx 9) gives the parts unzipped.
 */
function packageParts(document: Document): Map<string, string | Uint8Array | ArrayBuffer> {
  const { compiler } = Packer as unknown as { compiler?: { compile(file: Document): Map<string, string | Uint8Array | ArrayBuffer> } };
  if (typeof compiler?.compile !== 'function') throw new Error('DOCX writer: this docx version has no Packer.compiler');
  return compiler.compile(document);
}

const DOCUMENT_PART = 'word/document.xml';
const SETTINGS_PART = 'word/settings.xml';

/**
 * 对开: the margins mirrored for printing on both sides, as the PDF's @page :left/:right — the
 * 订口 (w:left, 28 mm) inside, on the left of odd pages and the right of even ones. docx has no
 * option for it; it goes where the schema orders it, after w:displayBackgroundShape.
 */
function withMirroredMargins(settingsXml: string): string {
  const anchor = '<w:displayBackgroundShape/>';
  if (!settingsXml.includes(anchor)) throw new Error(`DOCX writer: ${SETTINGS_PART} has no ${anchor} to put w:mirrorMargins after`);
  return settingsXml.replace(anchor, `${anchor}<w:mirrorMargins/>`);
}

/** Without the PDF nothing is measured: the DOCX keeps the grid and places the 版记 alone (colophon.ts). */
const NOT_MEASURED: PrintLayout = {};

/**
 * The print page's layout, its module loaded only when the build prints the PDF: it renders with
 * puppeteer-core, some 150 modules that an HTML and DOCX build spent ≈0.1 s of CPU loading.
 */
async function measuredLayout(...[doc, context]: Parameters<Writer>): Promise<PrintLayout> {
  return (await import('../pdf/print-layout.js')).printLayout(doc, context);
}

export const writeDocx: Writer = async (doc, context) => {
  const [pictures, layout] = await Promise.all([chartPictures(doc, context), context.printsPdf ? measuredLayout(doc, context) : NOT_MEASURED]);
  // the charts where the print page placed them; the text set closer counted up from the closing block in that order, as the PDF counts it
  const children = withChartsMoved(doc.tree.children, layout.chartMoves ?? new Map(), { chart: (node) => node.type === 'gongwenChart', block: () => true });
  const closer = closerNodes(children, layout.closerBlocks);
  const state = createState({ blockHandlers: allBlockHandlers, inlineHandlers, chartPictures: pictures, printLayout: layout, closerNodes: closer });
  const parts = packageParts(noticeDocument(doc, children, state));
  const documentXml = parts.get(DOCUMENT_PART);
  if (typeof documentXml !== 'string') throw new Error(`DOCX writer: docx gave no ${DOCUMENT_PART} text`);
  parts.set(DOCUMENT_PART, state.verbatim.fill(documentXml));
  const settingsXml = parts.get(SETTINGS_PART);
  if (typeof settingsXml !== 'string') throw new Error(`DOCX writer: docx gave no ${SETTINGS_PART} text`);
  parts.set(SETTINGS_PART, withMirroredMargins(settingsXml));
  return [{ name: FILE_NAMES.docx, bytes: zipWithFixedTimestamps({ parts, isoDate: doc.date }) }];
};
