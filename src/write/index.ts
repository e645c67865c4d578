// The writer registry: format name → writer, all with one signature, and the files each gives.

import { writeDocx } from './docx/index.js';
import { writeHtml } from './html/index.js';
import { writePdf } from './pdf/index.js';
import { FILE_NAMES } from './file-names.js';
import type { NoticeDocument } from '../model/document.js';
import type { FormatName, Writer } from './types.js';

export const WRITERS: Readonly<Record<FormatName, Writer>> = {
  html: writeHtml,
  docx: writeDocx,
  pdf: writePdf,
};

/** The files a format's writer gives for `doc`, by name, known before it runs. */
export function formatFiles(format: FormatName, doc: Pick<NoticeDocument, 'publication'>): readonly string[] {
  switch (format) {
    case 'html':
      return [FILE_NAMES.page, FILE_NAMES.fragment, ...(doc.publication ? [FILE_NAMES.disclosureJson, FILE_NAMES.disclosureText] : [])];
    case 'docx':
      return [FILE_NAMES.docx];
    case 'pdf':
      return [FILE_NAMES.pdf];
  }
}

export const FORMAT_NAMES = Object.keys(WRITERS) as FormatName[];
