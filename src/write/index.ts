// The writer registry: format name → writer, all with one signature, and the files each gives.

import { writeDocx } from './docx/index.js';
import { writeHtml } from './html/index.js';
import { writePdf } from './pdf/index.js';
import { FILE_NAMES } from './file-names.js';
import type { FormatName, Writer } from './types.js';

export const WRITERS: Readonly<Record<FormatName, Writer>> = {
  html: writeHtml,
  docx: writeDocx,
  pdf: writePdf,
};

/** The files each format's writer gives, by name, known before it runs. */
export const FORMAT_FILES: Readonly<Record<FormatName, readonly string[]>> = {
  html: [FILE_NAMES.page, FILE_NAMES.fragment],
  docx: [FILE_NAMES.docx],
  pdf: [FILE_NAMES.pdf],
};

export const FORMAT_NAMES = Object.keys(WRITERS) as FormatName[];
