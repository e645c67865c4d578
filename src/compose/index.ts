// compose: records + figures → the notice's document tree.
// Templates render Markdown (wording only), remark parses it, transforms add the 公文 nodes.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toString as plainText } from 'mdast-util-to-string';
import type { NoticeDocument, SealImage } from '../model/document.js';
import type { Figures } from '../model/figures.js';
import type { QuarterRecords, SealConfig } from '../model/records.js';
import type { ChartDeclaration } from './charts.js';
import { templateContext } from './context.js';
import { renderMarkdown } from './engine.js';
import { helperSettings } from './helpers/index.js';
import { parseNotice } from './parse.js';

/** templates/ of the tongbao installation, whatever the working folder. */
export const BUNDLED_TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

/** The seal's bytes and size; the loader has decoded the image in full (seal-image.ts). */
function loadSeal(seal: SealConfig): SealImage {
  const png = new Uint8Array(readFileSync(seal.image));
  // the IHDR chunk right after the signature holds width and height, big-endian
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { png, widthPx: view.getUint32(16), heightPx: view.getUint32(20), diameterMm: seal.diameterMm };
}


export interface ComposeResult {
  readonly markdown: string;
  readonly document: NoticeDocument;
}

/**
 * Any document kind: its main template rendered to Markdown, parsed into the document tree
 * with the metadata every writer reads.
 */
export function composeDocument(options: {
  render: Parameters<typeof renderMarkdown>[0];
  seal?: SealConfig;
  metadata: Pick<NoticeDocument, 'date' | 'author' | 'fonts'>;
}): ComposeResult {
  const charts: ChartDeclaration[] = [];
  const markdown = renderMarkdown({ ...options.render, charts });
  const tree = parseNotice(markdown, { charts, ...(options.seal ? { seal: loadSeal(options.seal) } : {}) });
  const title = tree.children.find((c) => c.type === 'gongwenTitle');
  return { markdown, document: { tree, titleText: title ? plainText(title) : '', ...options.metadata } };
}

export function compose(options: { records: QuarterRecords; figures: Figures }): ComposeResult {
  const { records, figures } = options;
  return composeDocument({
    render: {
      templates: { bundled: BUNDLED_TEMPLATES, ...(records.issuer.templates ? { override: records.issuer.templates } : {}) },
      context: templateContext(records, figures),
      settings: helperSettings(records.issuer),
    },
    ...(records.issuer.seal ? { seal: records.issuer.seal } : {}),
    metadata: { date: records.date, author: records.issuer.name, fonts: records.issuer.fonts ?? {} },
  });
}
