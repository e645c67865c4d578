// The one document tree every writer reads: mdast, extended with the 公文 elements that
// Markdown has no node for. `compose` builds it; HTML, DOCX and PDF writers only walk it.
//
// Order of the root's children (GB/T 9704-2012 §7, element order):
//   gongwenTitle → gongwenDocNumber? → gongwenAddressee? → body (paragraph, heading, list, table…)
//   → gongwenAttachmentList? → gongwenSignature → gongwenAnnotation? → gongwenAttachment*
//
// Headings carry their generated number (一、 （一） 1. （1）) as the first text of their
// children, so every writer prints it without knowing the numbering rules.

import type { Parent, PhrasingContent, Root, BlockContent, Table, Paragraph } from 'mdast';

/** 标题 */
export interface GongwenTitle extends Parent {
  type: 'gongwenTitle';
  children: PhrasingContent[];
}

/** 发文字号, e.g. 示政办函〔2025〕18号 */
export interface GongwenDocNumber extends Parent {
  type: 'gongwenDocNumber';
  children: PhrasingContent[];
}

/** 主送机关, ending with the full-width colon */
export interface GongwenAddressee extends Parent {
  type: 'gongwenAddressee';
  children: PhrasingContent[];
}

/** One line of 附件说明: its number (absent when there is one attachment) and the title. */
export interface GongwenAttachmentItem extends Parent {
  type: 'gongwenAttachmentItem';
  /** 1, 2, … or undefined for a single attachment */
  number?: number;
  /** id of the attachment it names, for links */
  target: string;
  children: PhrasingContent[];
}

/** 附件说明: 附件：1.… generated from the attachments so the titles always agree. */
export interface GongwenAttachmentList extends Parent {
  type: 'gongwenAttachmentList';
  children: GongwenAttachmentItem[];
}

/** The office's seal, placed over 署名 and 成文日期 in print (never in the web HTML). */
export interface SealImage {
  /** PNG bytes of a transparent seal image */
  readonly png: Uint8Array;
  readonly widthPx: number;
  readonly heightPx: number;
  readonly diameterMm: number;
}

/** 署名 and 成文日期, with the seal when the issuer has one. */
export interface GongwenSignature extends Parent {
  type: 'gongwenSignature';
  children: [GongwenSignatureIssuer, GongwenSignatureDate];
  seal?: SealImage;
}

export interface GongwenSignatureIssuer extends Parent {
  type: 'gongwenSignatureIssuer';
  children: PhrasingContent[];
}

export interface GongwenSignatureDate extends Parent {
  type: 'gongwenSignatureDate';
  children: PhrasingContent[];
}

/** 附注, e.g. （此件公开发布） */
export interface GongwenAnnotation extends Parent {
  type: 'gongwenAnnotation';
  children: PhrasingContent[];
}

/** 附件: starts on its own page, labelled 附件N, title, then tables and notes. */
export interface GongwenAttachment extends Parent {
  type: 'gongwenAttachment';
  /** 1, 2, … or undefined for a single attachment (labelled 附件) */
  number?: number;
  /** stable id for anchors: attachment-1 … */
  id: string;
  title: PhrasingContent[];
  children: Array<Paragraph | Table | BlockContent>;
}

declare module 'mdast' {
  interface RootContentMap {
    gongwenTitle: GongwenTitle;
    gongwenDocNumber: GongwenDocNumber;
    gongwenAddressee: GongwenAddressee;
    gongwenAttachmentList: GongwenAttachmentList;
    gongwenAttachmentItem: GongwenAttachmentItem;
    gongwenSignature: GongwenSignature;
    gongwenSignatureIssuer: GongwenSignatureIssuer;
    gongwenSignatureDate: GongwenSignatureDate;
    gongwenAnnotation: GongwenAnnotation;
    gongwenAttachment: GongwenAttachment;
  }
}

/** The composed notice: the tree plus document-level facts writers need. */
export interface NoticeDocument {
  readonly tree: Root;
  /** plain-text title, for HTML <title> and DOCX/PDF metadata */
  readonly titleText: string;
  /** 成文日期 as ISO date, the fixed timestamp of every output (same input, same bytes) */
  readonly date: string;
  /** issuer full name, for document metadata */
  readonly author: string;
}
