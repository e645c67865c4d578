// The handler table for the notice tree: mdast-util-to-hast's defaults for plain Markdown,
// ours for the 公文 nodes and for the few Markdown nodes a notice renders differently.

import type { Table } from 'mdast';
import type { Handlers } from 'mdast-util-to-hast';
import type { FontChoices } from '../../../layout/gbt9704.js';
import type { RenderMode } from '../to-hast.js';
import { attachmentHandlers } from './attachment.js';
import { chartHandlers } from './chart.js';
import { gongwenAttachmentItem, gongwenAttachmentList } from './attachment-list.js';
import { gongwenPart, gongwenRunInHeading, heading, html } from './body.js';
import { colophonHandlers } from './colophon.js';
import { gongwenAddressee, gongwenTitle } from './front-matter.js';
import { letterheadHandlers } from './letterhead.js';
import { signatureHandlers } from './signature.js';

/** `tables`: the table each leaf of the tree given to toHast stands for (to-hast.ts). */
export function noticeHandlers(options: { mode: RenderMode; date: string; fonts: FontChoices; tables: ReadonlyMap<Table, Table> }): Handlers {
  return {
    ...letterheadHandlers(options),
    gongwenTitle,
    gongwenAddressee,
    heading,
    gongwenRunInHeading,
    gongwenPart,
    html,
    gongwenAttachmentList,
    gongwenAttachmentItem,
    ...signatureHandlers(options),
    ...attachmentHandlers(options),
    ...chartHandlers(options),
    ...colophonHandlers(options),
  };
}
