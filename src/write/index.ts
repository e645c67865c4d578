// The writer registry: format name → writer, all with one signature, and the files each gives.
// Each writer's module (and its libraries: docx, puppeteer, ECharts) loads when its format is
// first written, so a command that writes no such format never loads them (pdf.js only for an OFD).

import { chartsIn } from './chart/pictures.js';
import { FILE_NAMES, chartImageNames } from './file-names.js';
import type { NoticeDocument } from '../model/document.js';
import type { FormatName, Writer } from './types.js';

export const WRITERS: Readonly<Record<FormatName, Writer>> = {
  html: async (doc, context) => (await import('./html/index.js')).writeHtml(doc, context),
  docx: async (doc, context) => (await import('./docx/index.js')).writeDocx(doc, context),
  pdf: async (doc, context) => (await import('./pdf/index.js')).writePdf(doc, context),
  ofd: async (doc, context) => (await import('./ofd/index.js')).writeOfd(doc, context),
};

/** The files a format's writer gives for `doc`, by name, known before it runs. */
export function formatFiles(format: FormatName, doc: Pick<NoticeDocument, 'publication' | 'tree'>): readonly string[] {
  switch (format) {
    case 'html':
      return [
        FILE_NAMES.page,
        FILE_NAMES.fragment,
        ...chartsIn(doc.tree).flatMap((chart) => Object.values(chartImageNames(chart.number))),
        ...(doc.publication ? [FILE_NAMES.disclosureJson, FILE_NAMES.disclosureText] : []),
      ];
    case 'docx':
      return [FILE_NAMES.docx];
    case 'pdf':
      return [FILE_NAMES.pdf];
    case 'ofd':
      return [FILE_NAMES.ofd];
  }
}
