// The writer registry: format name → writer, all with one signature.

import { writeDocx } from './docx/index.js';
import { writeHtml } from './html/index.js';
import { writePdf } from './pdf/index.js';
import type { FormatName, Writer } from './types.js';

export const WRITERS: Readonly<Record<FormatName, Writer>> = {
  html: writeHtml,
  docx: writeDocx,
  pdf: writePdf,
};

export const FORMAT_NAMES = Object.keys(WRITERS) as FormatName[];
