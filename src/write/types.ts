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
  /**
   * The notice's final PDF, printed once for the whole build: a writer made from the PDF (the
   * OFD) reads it instead of printing again. Absent outside a build; such a writer prints it.
   */
  readonly printedPdf?: () => Promise<Uint8Array>;
}

export type Writer = (doc: NoticeDocument, context: WriterContext) => Promise<OutputFile[]>;

/** The formats a notice can be written in, in the order a build writes them. */
export const FORMAT_NAMES = ['html', 'docx', 'pdf', 'ofd'] as const;

export type FormatName = (typeof FORMAT_NAMES)[number];

/**
 * What a build writes when no --format is given. The OFD only on request: it is for 电子公文
 * systems, which few users send to, and it costs a reading of the PDF.
 */
export const DEFAULT_FORMATS: readonly FormatName[] = ['html', 'docx', 'pdf'];

/** Whether a build in `formats` prints the PDF: for the PDF itself, or for the OFD made from it. */
export function printsPdf(formats: readonly FormatName[]): boolean {
  return formats.includes('pdf') || formats.includes('ofd');
}
