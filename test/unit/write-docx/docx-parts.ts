// Reads a written DOCX back for tests: its parts as text, and the body paragraphs with their
// style and visible text. Regexes suffice because docx writes compact, attribute-ordered XML.
// The writer follows the print page's measured pagination, so a test file that writes a notice
// with a closing block or a 版记 starts the browser (once, closed after its tests).

import { strFromU8, unzipSync } from 'fflate';
import { afterAll } from 'vitest';
import { writeDocx } from '../../../src/write/docx/index.js';
import type { NoticeDocument } from '../../../src/model/document.js';
import { createBrowserSession } from '../../../src/write/pdf/browser.js';

/** the test file's browser, for the writer's measuring pass and for tests that read its result */
export const session = createBrowserSession();
afterAll(() => session.close());

export interface DocxParts {
  readonly bytes: Uint8Array;
  readonly entries: Readonly<Record<string, Uint8Array>>;
  /** an XML part as text; throws when the part is missing */
  xml(name: string): string;
}

/** The DOCX as a build that also prints the PDF writes it, or, with `printsPdf: false`, one without a browser. */
export async function writeAndUnpack(doc: NoticeDocument, options: { printsPdf: boolean } = { printsPdf: true }): Promise<DocxParts> {
  const context = options.printsPdf
    ? { browser: session.browser, printsPdf: true }
    : { browser: () => Promise.reject(new Error('a DOCX built without the PDF must not start a browser')), printsPdf: false };
  const [file, ...rest] = await writeDocx(doc, context);
  if (!file || rest.length > 0) throw new Error('expected exactly one output file');
  const entries = unzipSync(file.bytes);
  return {
    bytes: file.bytes,
    entries,
    xml(name) {
      const part = entries[name];
      if (!part) throw new Error(`no part ${name}`);
      return strFromU8(part);
    },
  };
}

export function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

export interface BodyParagraph {
  readonly style: string | undefined;
  /** visible text; a line break inside the paragraph reads as '\n' */
  readonly text: string;
  readonly xml: string;
}

export function paragraphsOf(xml: string): BodyParagraph[] {
  return [...xml.matchAll(/<w:p>.*?<\/w:p>|<w:p\/>/g)].map(([paragraph]) => ({
    style: /<w:pStyle w:val="([^"]+)"\/>/.exec(paragraph)?.[1],
    text: unescapeXml(
      [...paragraph.matchAll(/<w:br\/>|<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(([tag, text]) => (tag === '<w:br/>' ? '\n' : text)).join(''),
    ),
    xml: paragraph,
  }));
}

/** The XML of one style definition in styles.xml. */
export function styleXml(stylesXml: string, styleId: string): string {
  const match = new RegExp(`<w:style [^>]*w:styleId="${styleId}"[^>]*>.*?</w:style>`).exec(stylesXml);
  if (!match) throw new Error(`no style ${styleId}`);
  return match[0];
}

/** Attributes of the first element with this tag name, e.g. attributesOf(xml, 'w:pgMar'). */
export function attributesOf(xml: string, tag: string): Record<string, string> {
  const element = new RegExp(`<${tag}( [^>]*?)?/?>`).exec(xml);
  if (!element) throw new Error(`no <${tag}>`);
  return Object.fromEntries([...(element[1] ?? '').matchAll(/([\w:]+)="([^"]*)"/g)].map(([, name, value]) => [name!, value!]));
}
