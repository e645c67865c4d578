// Notices in each 版头 format, with or without 版记, built from the shared sample notice: the
// 版头 opens the tree (发文字号 before the title, as compose orders them) and the 版记 ends it.

import type { PhrasingContent, RootContent } from 'mdast';
import type { GongwenColophon, NoticeDocument } from '../../../src/model/document.js';
import { HOSTILE_NAME, sampleNotice } from '../../fixtures/sample-notice.js';

export type Format = 'file' | 'letter' | 'preprinted' | 'plain';

const text = (value: string): PhrasingContent[] => [{ type: 'text', value }];

/** the red organ mark as printed; on preprinted paper it is on the paper, not in the notice */
export const ORGAN = { file: '示例市人民政府办公室文件', letter: '示例市人民政府办公室', preprinted: '' } as const;

export const COPY_TO = '市委办公室，市人大常委会办公室，市政协办公室，市纪委监委办公室，市中级人民法院，市人民检察院';

export interface NoticeOptions {
  readonly format?: Format;
  /** the 版记: with 抄送 (the default), 印发 only, or none */
  readonly colophon?: 'copy-to' | 'printed-only' | 'none';
  readonly seal?: boolean;
  readonly failingRows?: number;
  readonly docNumber?: boolean;
  readonly fonts?: NoticeDocument['fonts'];
  /**
   * The sample's first 不合格 row names a unit with HTML and Markdown characters; false gives it an
   * ordinary name, for comparing layouts (a browser widens a table column to such a long string).
   */
  readonly hostileName?: boolean;
}

function colophonNode(kind: 'copy-to' | 'printed-only'): GongwenColophon {
  return {
    type: 'gongwenColophon',
    ...(kind === 'copy-to' ? { copyTo: text(COPY_TO) } : {}),
    printedBy: text('示例市人民政府办公室'),
    printDate: text('2025年10月15日'),
  };
}

/** The node with the sample's hostile unit name replaced by an ordinary one, wherever it occurs. */
function withoutHostileName<N extends RootContent>(node: N): N {
  return JSON.parse(JSON.stringify(node).replaceAll(JSON.stringify(HOSTILE_NAME).slice(1, -1), '示例市第1局')) as N;
}

export function notice(options: NoticeOptions = {}): NoticeDocument {
  const { format = 'file', colophon = 'copy-to', docNumber = true } = options;
  const sample = sampleNotice({ ...(options.seal === false ? { seal: false } : {}), ...(options.failingRows ? { failingRows: options.failingRows } : {}) });
  const docNumberNode = sample.tree.children.find((node) => node.type === 'gongwenDocNumber');
  const rest = sample.tree.children.filter((node) => node.type !== 'gongwenDocNumber').map((node) => (options.hostileName === false ? withoutHostileName(node) : node));
  const children: RootContent[] = [
    ...(format === 'plain' ? [] : [{ type: 'gongwenLetterhead' as const, format, children: format === 'preprinted' ? [] : text(ORGAN[format]) }]),
    ...(docNumber && docNumberNode ? [docNumberNode] : []),
    ...rest,
    ...(colophon === 'none' ? [] : [colophonNode(colophon)]),
  ];
  return { ...sample, fonts: options.fonts ?? {}, tree: { type: 'root', children } };
}

/** Any notice with the 版记 (抄送 and 印发) after it. */
export function withColophon(doc: NoticeDocument): NoticeDocument {
  return { ...doc, tree: { ...doc.tree, children: [...doc.tree.children, colophonNode('copy-to')] } };
}
