// compose: records + figures → the notice's document tree.
// Templates render Markdown (wording only), remark parses it, transforms add the 公文 nodes.
// The office's narratives are data: checked and parsed on their own, never as template Markdown.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { toString as plainText } from 'mdast-util-to-string';
import { CODES, diagnose } from '../diagnostics/codes.js';
import { throwIfErrors, TongbaoError } from '../diagnostics/diagnostic.js';
import { sourceLocator, type Locate } from '../lint/sources.js';
import { ISSUER_FILE } from '../load/index.js';
import { displayPath } from '../load/located.js';
import type { NoticeDocument, SealImage } from '../model/document.js';
import type { Figures } from '../model/figures.js';
import type { QuarterRecords, SealConfig } from '../model/records.js';
import { PACKAGE_ROOT } from '../package-root.js';
import { templateContext } from './context.js';
import { renderMarkdown, type RenderedMarkdown } from './engine.js';
import { helperSettings } from './helpers/index.js';
import { readNarrative } from './narrative.js';
import { parseNotice } from './parse.js';

/** templates/ of the tongbao installation, whatever the working folder. */
export const BUNDLED_TEMPLATES = join(PACKAGE_ROOT, 'templates');

/** The seal's bytes and size; the loader has decoded the image in full (seal-image.ts). */
function loadSeal(seal: SealConfig): SealImage {
  const png = new Uint8Array(readFileSync(seal.image));
  // the IHDR chunk right after the signature holds width and height, big-endian
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { png, widthPx: view.getUint32(16), heightPx: view.getUint32(20), diameterMm: seal.diameterMm };
}

/** The narratives the templates printed, parsed; their problems are reported where the office typed them. */
function readNarratives(rendered: RenderedMarkdown, locate: Locate) {
  const narratives = rendered.narratives.map((use) => ({ ...use, ...readNarrative(use.markdown) }));
  throwIfErrors(narratives.flatMap(({ markdown, problems }) => problems.map((finding) => finding.report(locate({ blockText: markdown, ...finding })))));
  return narratives;
}

/** A document needs a title and a body; an emptied main template must not replace a good notice. */
function requireTitleAndBody(tree: Root, mainFile: string): void {
  const missing = [
    ...(tree.children.some((node) => node.type === 'gongwenTitle') ? [] : ['标题（:::title 块）']),
    ...(tree.children.some((node) => !node.type.startsWith('gongwen') || node.type === 'gongwenChart') ? [] : ['正文']),
  ];
  if (missing.length === 0) return;
  const template = displayPath(mainFile);
  throw new TongbaoError([diagnose(CODES.documentIncomplete, { template, missing: missing.join('和') }, { place: { file: template, line: 1, column: 1 } })]);
}

export interface ComposeResult {
  readonly markdown: string;
  readonly document: NoticeDocument;
}

/**
 * Any document kind: its main template rendered to Markdown, parsed into the document tree
 * with the metadata every writer reads. `locate` finds where data text was typed, for the
 * narratives' problems.
 */
export function composeDocument(options: {
  render: Parameters<typeof renderMarkdown>[0];
  seal?: SealConfig;
  metadata: Pick<NoticeDocument, 'date' | 'author' | 'fonts' | 'publication' | 'signing'>;
  locate: Locate;
}): ComposeResult {
  const rendered = renderMarkdown(options.render);
  const narratives = readNarratives(rendered, options.locate);
  const { markdown, charts, tables, origins } = rendered;
  const tree = parseNotice(markdown, { charts, narratives, tables, origins, ...(options.seal ? { seal: loadSeal(options.seal) } : {}) });
  requireTitleAndBody(tree, rendered.mainFile);
  const title = tree.children.find((c) => c.type === 'gongwenTitle');
  return { markdown, document: { tree, titleText: title ? plainText(title) : '', ...options.metadata } };
}

/** The template of the 内容概述, rendered with the notice's context. */
const DISCLOSURE_TEMPLATE = 'disclosure';

export function compose(options: { records: QuarterRecords; figures: Figures }): ComposeResult {
  const { records, figures } = options;
  const render = {
    templates: { bundled: BUNDLED_TEMPLATES, ...(records.issuer.templates ? { override: records.issuer.templates } : {}) },
    context: templateContext(records, figures),
    settings: helperSettings(records.issuer),
  };
  // rendered as Markdown like every template, read back as the plain text a form field holds
  const abstract = plainText(unified().use(remarkParse).parse(renderMarkdown({ ...render, main: DISCLOSURE_TEMPLATE }).markdown)).trim();
  const settingsFile = displayPath(join(dirname(records.source), ISSUER_FILE));
  const publication = { ...(records.docNumber ? { docNumber: records.docNumber } : {}), site: records.issuer.site ?? {}, settingsFile, abstract };
  return composeDocument({
    render,
    ...(records.issuer.seal ? { seal: records.issuer.seal } : {}),
    metadata: { date: records.date, author: records.issuer.name, fonts: records.issuer.fonts ?? {}, publication, ...(records.issuer.signing ? { signing: records.issuer.signing } : {}) },
    locate: sourceLocator(records),
  });
}
