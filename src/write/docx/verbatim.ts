// Blocks written as WordprocessingML text. docx builds several objects per element and then an
// intermediate object tree before it writes text; for the attachments' tables of thousands of
// rows that was most of the DOCX's time and memory. Such a block enters docx's tree as an empty
// placeholder element, and its text replaces the placeholder in the compiled document.xml.
// The text must be what docx would write for the same content (test/unit/write-docx/verbatim.test.ts).

import { FileChild } from 'docx';
import type { RunText } from './state.js';

const PLACEHOLDER = /<tongbao-verbatim-(\d+)\/>/g;

class Placeholder extends FileChild {
  constructor(index: number) {
    super(`tongbao-verbatim-${index}`);
  }
}

export class VerbatimBlocks {
  readonly #xml: string[] = [];

  /** A block whose XML is given as text, to stand in docx's tree where the block belongs. */
  block(xml: string): FileChild {
    return new Placeholder(this.#xml.push(xml) - 1);
  }

  /** The compiled document.xml with every placeholder replaced by its block's text. */
  fill(documentXml: string): string {
    return documentXml.replace(PLACEHOLDER, (_placeholder, index: string) => this.#xml[Number(index)]!);
  }
}

/** docx's escaping: XML's five characters as entities, and control characters XML cannot hold dropped. */
const ESCAPED: Readonly<Record<string, string>> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
export const escapeXml = (value: string): string => value.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (char) => ESCAPED[char] ?? '');

/** A run as docx writes a TextRun with these options. */
export function runXml(run: RunText): string {
  const properties =
    (run.style === undefined ? '' : `<w:rStyle w:val="${escapeXml(run.style)}"/>`) +
    (run.italics ? '<w:i/><w:iCs/>' : '');
  return (
    '<w:r>' +
    (properties ? `<w:rPr>${properties}</w:rPr>` : '') +
    (run.break ? '<w:br/>' : '') +
    (run.text === undefined ? '' : `<w:t xml:space="preserve">${escapeXml(run.text)}</w:t>`) +
    '</w:r>'
  );
}
