// What publishing a notice on a government website asks for beside the text: the page's <meta>
// (政府网站网页设计规范, annex to 国办发〔2017〕47号: SiteName, SiteDomain, SiteIDCode on every
// page; ColumnName on column and article pages; ArticleTitle, PubDate, ContentSource on article
// pages; Keywords, Description, Author optional) and the fields of the 政府信息公开 form, written
// beside the page as 通报.公开信息.json for systems and 通报.公开信息.txt for the person filling
// the form in by hand. A setting the issuer has not made is left out, and a build that writes
// the page warns of it: a notice is still a notice without them (a draft, an office that only
// prints), so `check` and the other formats say nothing.

import { CODES, diagnose } from '../../diagnostics/codes.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { NoticeDocument, Publication } from '../../model/document.js';
import type { SiteConfig } from '../../model/records.js';
import { FILE_NAMES } from '../file-names.js';
import type { OutputFile } from '../types.js';

export interface PageMeta {
  readonly name: string;
  readonly content: string;
}

/** The <meta> of the notice's page, in the order the 规范 lists them; none for a document not published. */
export function pageMetadata(doc: NoticeDocument): PageMeta[] {
  const publication = doc.publication;
  if (!publication) return [];
  const { site } = publication;
  const entries: ReadonlyArray<readonly [string, string | undefined]> = [
    ['SiteName', site.name],
    ['SiteDomain', site.domain],
    ['SiteIDCode', site.idCode],
    ['ColumnName', site.column],
    ['ArticleTitle', doc.titleText],
    // the 成文日期: the time of day is the website's to set when it publishes
    ['PubDate', `${doc.date} 00:00`],
    ['ContentSource', doc.author],
    ['Keywords', site.keywords?.join(',')],
    ['Description', publication.abstract],
    ['Author', doc.author],
  ];
  return entries.filter((entry): entry is readonly [string, string] => Boolean(entry[1])).map(([name, content]) => ({ name, content }));
}

/** 索引号 from the issuer's pattern: {年} is the year of the notice's date, {文号序号} its 文号's serial number. */
export function indexNumber(publication: Publication, date: string): string | undefined {
  const pattern = publication.site.indexNumber;
  if (!pattern) return undefined;
  const serial = /(\d+)号$/.exec(publication.docNumber ?? '')?.[1];
  if (pattern.includes('{文号序号}') && !serial) return undefined;
  return pattern.replaceAll('{年}', date.slice(0, 4)).replaceAll('{文号序号}', serial ?? '');
}

/** The 政府信息公开 form's fields, labelled as the form labels them; null where the issuer has not said. */
export function disclosureFields(doc: NoticeDocument, publication: Publication): Readonly<Record<string, string | null>> {
  return {
    索引号: indexNumber(publication, doc.date) ?? null,
    信息名称: doc.titleText,
    文号: publication.docNumber ?? null,
    发布机构: doc.author,
    成文日期: doc.date,
    主题分类: publication.site.topic ?? null,
    公开属性: publication.site.openness ?? null,
    关键词: publication.site.keywords?.join('，') ?? null,
    内容概述: publication.abstract,
  };
}

/** Each site setting the page or the form needs, as the warning names it. */
const NEEDED_SETTINGS: ReadonlyArray<readonly [keyof SiteConfig, string]> = [
  ['name', 'name（网站名称，SiteName）'],
  ['domain', 'domain（网站域名，SiteDomain）'],
  ['idCode', 'idCode（网站标识码，SiteIDCode）'],
  ['column', 'column（发布栏目，ColumnName）'],
  ['indexNumber', 'indexNumber（索引号）'],
  ['topic', 'topic（主题分类）'],
  ['openness', 'openness（公开属性）'],
];

/** One warning naming every site setting the page and the form lack, at the issuer settings; none for a document not published. */
export function publicationWarnings(doc: NoticeDocument): Diagnostic[] {
  if (!doc.publication) return [];
  const { site, settingsFile } = doc.publication;
  const missing = NEEDED_SETTINGS.filter(([key]) => !site[key]).map(([, label]) => label);
  if (missing.length === 0) return [];
  return [diagnose(CODES.siteSettingsMissing, { missing }, { place: { file: settingsFile, line: 1, column: 1 } }, 'warning')];
}

const utf8 = new TextEncoder();

/** 通报.公开信息.json and .txt; none for a document not published. */
export function disclosureFiles(doc: NoticeDocument): OutputFile[] {
  if (!doc.publication) return [];
  const fields = disclosureFields(doc, doc.publication);
  const text = Object.entries(fields).map(([label, value]) => `${label}：${value ?? ''}`);
  return [
    { name: FILE_NAMES.disclosureJson, bytes: utf8.encode(`${JSON.stringify(fields, null, 2)}\n`) },
    { name: FILE_NAMES.disclosureText, bytes: utf8.encode(`${text.join('\n')}\n`) },
  ];
}
