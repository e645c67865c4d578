// The writer registry: format name → writer, all with one signature, and the files each gives.

import { writeDocx } from './docx/index.js';
import { writeHtml } from './html/index.js';
import { writePdf } from './pdf/index.js';
import { chartsIn } from './chart/pictures.js';
import { FILE_NAMES, chartImageNames } from './file-names.js';
import type { NoticeDocument } from '../model/document.js';
import type { FormatName, Writer } from './types.js';

export const WRITERS: Readonly<Record<FormatName, Writer>> = {
  html: writeHtml,
  docx: writeDocx,
  pdf: writePdf,
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
  }
}

export const FORMAT_NAMES = Object.keys(WRITERS) as FormatName[];
