// The one signature every writer has: the composed notice in, files out.
// Writers read only the document tree and the layout profile; they never compute a figure.

import type { NoticeDocument } from '../model/document.js';
import type { Browser } from 'puppeteer-core';

export interface OutputFile {
  /** file name inside the notice's output folder, e.g. 通报.html */
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface WriterContext {
  /** a running browser shared by every PDF of one build (launching costs ~1 s) */
  readonly browser: () => Promise<Browser>;
  /**
   * Whether this build also prints the PDF. The DOCX then follows the print page's measured
   * pagination, at no extra cost; without the PDF it needs no browser (measuring a notice with
   * thousands of attachment rows would take minutes).
   */
  readonly printsPdf: boolean;
}

export type Writer = (doc: NoticeDocument, context: WriterContext) => Promise<OutputFile[]>;

/** The formats a notice is written in, in the order a build writes them. */
export const FORMAT_NAMES = ['html', 'docx', 'pdf'] as const;

export type FormatName = (typeof FORMAT_NAMES)[number];
