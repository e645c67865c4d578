// The one document tree every writer reads: mdast, extended with the 公文 elements that
// Markdown has no node for. `compose` builds it; HTML, DOCX and PDF writers only walk it.
//
// Order of the root's children (GB/T 9704-2012 §7, element order):
//   gongwenLetterhead? → gongwenDocNumber? → gongwenTitle → gongwenAddressee?
//   → body (paragraph, heading, list, table…, gongwenPart) → gongwenAttachmentList? → gongwenSignature
//   → gongwenAnnotation? → gongwenAttachment* → gongwenColophon?
//
// Headings carry their generated number (一、 （一） 1. （1）) as the first text of their
// children, so every writer prints it without knowing the numbering rules.

import type { Node, Parent, PhrasingContent, Root, BlockContent, Table, Paragraph } from 'mdast';
import type { FontRole } from '../layout/gbt9704.js';
import type { SigningConfig, SiteConfig, SourcePlace } from './records.js';

/**
 * 版头 (7.2): the red 发文机关标志. 文件格式 puts it 35 mm below the text block's top with the
 * 文号 and a red rule under it; 信函格式 (10.1) puts it 30 mm from the page top between red
 * double lines, with the 文号 flush right and no page number on page 1. On pre-printed 版头 paper
 * (preprinted) only the 文号 is printed, in the 文件格式 places. Absent on plain paper without a
 * 版头 (the plain format).
 */
export interface GongwenLetterhead extends Parent {
  type: 'gongwenLetterhead';
  /** preprinted: the 文件格式 places on paper with the organ mark and red rule already printed */
  format: 'file' | 'letter' | 'preprinted';
  /** the organ's name as printed, e.g. 示例市人民政府办公室文件; none on preprinted paper */
  children: PhrasingContent[];
}

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

/**
 * A part of a notice in two (or more) parts, one per channel (002: 本市政府网站…检查情况, then
 * 本市政务新媒体…检查情况): an unnumbered line, under which the section numbers start again at 一、.
 */
export interface GongwenPart extends Parent {
  type: 'gongwenPart';
  children: PhrasingContent[];
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

/**
 * 版记 (7.4): 抄送 and 印发机关/印发日期 between rules, at the bottom of the last page,
 * which is an even page.
 */
export interface GongwenColophon extends Node {
  type: 'gongwenColophon';
  /** 抄送 organs, printed 抄送：甲，乙。; absent when there are none */
  copyTo?: PhrasingContent[];
  printedBy: PhrasingContent[];
  /** e.g. 2025年10月15日印发 is printed from this date text plus 印发 */
  printDate: PhrasingContent[];
}

/**
 * A heading run into the paragraph it heads, as 要求 sections are often set: （一）压实主体责任。
 * 各单位要……, the heading (with its number) in its level's font, the text after it in the body
 * font, one paragraph. Made from a narrative heading when the template asks for it.
 */
export interface GongwenRunInHeading extends Parent {
  type: 'gongwenRunInHeading';
  depth: 2 | 3 | 4;
  children: PhrasingContent[];
}

/** How a chart draws its values: 'bar' one series, 'bar-compare' this quarter beside the last. */
export type ChartKind = 'bar' | 'bar-compare' | 'bar-horizontal';

/** One value of a chart: as the notice prints it, and the number the axis draws it to. */
export interface ChartValue {
  /** printed with the issuer's precision, e.g. 0.87 or 95.7% */
  readonly printed: string;
  /** on the printed scale (percent kinds ×100); null when there is no value (no earlier quarter) */
  readonly value: number | null;
}

export interface ChartSeries {
  /** legend name, e.g. 2020年第一季度 */
  readonly name: string;
  /** one value per category */
  readonly values: readonly ChartValue[];
}

/**
 * 图N: a chart the template declares, with its data already printed. Writers draw it (one
 * renderer, src/write/chart) and never compute a value; the caption is 图N and the title.
 */
export interface GongwenChart extends Node {
  type: 'gongwenChart';
  /** 1, 2, … in document order */
  number: number;
  /** stable id for anchors: figure-1 … */
  id: string;
  kind: ChartKind;
  title: PhrasingContent[];
  /** e.g. （注：平均得分指数=该项平均得分/该项分值） under the caption */
  note?: PhrasingContent[];
  /** what the values are, e.g. 平均得分指数 or 合格率: the axis and data table name it */
  measure: string;
  /** '%' for rates; the axis runs from 0 to axisMax on the printed scale */
  unit: '%' | '';
  axisMax: number;
  /** the bars' names: indicators, regions, platforms */
  categories: readonly string[];
  series: readonly ChartSeries[];
}

declare module 'mdast' {
  interface RootContentMap {
    gongwenLetterhead: GongwenLetterhead;
    gongwenColophon: GongwenColophon;
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
    gongwenChart: GongwenChart;
    gongwenRunInHeading: GongwenRunInHeading;
    gongwenPart: GongwenPart;
  }

  interface PhrasingContentMap {
    gongwenRunInHeading: GongwenRunInHeading;
  }

  interface HeadingData {
    /** set on a narrative's headings when the template prints it with runIn=true */
    runIn?: boolean;
  }
}

/**
 * Where a stretch of a text node's characters was written in a template, so that the lint can
 * point at the template line that put a finding (an ID number, a different issuer name) into
 * the published text. Writers ignore it. Text typed in the data (a narrative) has none.
 */
export interface WrittenSpan {
  /** offset in the text node's value where the stretch starts */
  readonly at: number;
  readonly place: SourcePlace;
  /** the template's own text, whose next characters follow on the same line; else a value the template printed */
  readonly literal: boolean;
}

declare module 'mdast' {
  interface TextData {
    written?: WrittenSpan[];
  }
}

/** What the published page's <meta> and the 政府信息公开 form say of a notice. */
export interface Publication {
  readonly docNumber?: string;
  /** the website it is published on; {} when the issuer has not said */
  readonly site: SiteConfig;
  /** the issuer settings file that holds (or would hold) `site`, as shown to the user */
  readonly settingsFile: string;
  /** 内容概述: one paragraph of plain text from templates/disclosure.hbs */
  readonly abstract: string;
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
  /**
   * Official font names the issuer uses instead of the defaults (e.g. 仿宋 for 仿宋_GB2312);
   * each goes first in its role's font stack, before the open fallbacks.
   */
  readonly fonts: Partial<Record<FontRole, string>>;
  /** a quarter's notice is published; a summary report comparing regions is not */
  readonly publication?: Publication;
  /** the issuer's digital signature over the PDF, when it signs */
  readonly signing?: SigningConfig;
}
