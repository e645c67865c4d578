// 通报.fragment.html: the web article remade for pasting into a portal's editor (UEditor and
// the like). Their XSS whitelists, inherited from js-xss, drop svg, figure, figcaption, time,
// summary and details with everything inside, and strip id, scope, role, aria-* and tabindex;
// the site's style sheet knows none of tongbao's classes. So the fragment uses only plain
// elements, carries its presentation inline (style, and border on tables, which even the
// strictest whitelist keeps), shows each chart as an image file beside it with its data as an
// ordinary table, and keeps the text of links to the attachments, whose ids would not survive.
// test/unit/write-html/cms-fragment.test.ts runs it through such a filter.

import type { Element, ElementContent, Properties, Root } from 'hast';
import type { OwnElementName } from './own-elements.js';

/** Presentation of the own elements as inline style, where reading order alone is not enough. */
const INLINE_STYLE: ReadonlyMap<string, string> = new Map(
  Object.entries({
    'doc-number': 'text-align:center',
    'attachment-title': 'text-align:center',
    'signature-issuer': 'text-align:right',
    'signature-date': 'text-align:right',
    'part-title': 'text-align:center',
  } satisfies Partial<Record<OwnElementName, string>>),
);

const TITLE_STYLE = 'text-align:center';
const CHART_IMAGE_STYLE = 'text-align:center';
/** narrower screens shrink the chart instead of scrolling it */
const IMAGE_STYLE = 'max-width:100%;height:auto';
const TABLE_STYLE = 'border-collapse:collapse';
/** padding here, not in cellpadding: obsolete in HTML, and whitelists strip it */
const CELL_STYLE = 'border:1px solid #000;padding:4px 6px';
const FIGURE_CELL_STYLE = `${CELL_STYLE};white-space:nowrap`;
/** later 附件说明 items line up under the first item's title, after 附件： */
const LATER_ATTACHMENT_ITEM_STYLE = 'padding-left:3em';

/**
 * Attributes kept: those whitelists keep, and scope, which a filter may strip without losing
 * anything but tells screen readers which cells head a row or column where it survives. The
 * rest (id, class, role, aria-*, tabindex) would be stripped or point at what was.
 */
const KEPT_ATTRIBUTES = new Set(['href', 'src', 'alt', 'title', 'width', 'height', 'align', 'valign', 'colSpan', 'rowSpan', 'scope', 'border', 'style']);

export interface FragmentOptions {
  /** keep the h1 title and the 文号 (the editor may print both from its own fields) */
  readonly keepTitle: boolean;
  /** the image file's name of the chart whose figure has this id */
  readonly chartImage: (figureId: string) => string;
}

const classOf = (node: Element) => (Array.isArray(node.properties.className) ? String(node.properties.className[0] ?? '') : '');
const isElement = (node: ElementContent | undefined): node is Element => node?.type === 'element';
const el = (tagName: string, properties: Properties, children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });
const text = (value: string): ElementContent => ({ type: 'text', value });

/** A plain loop, not entries filtered back into an object: it runs for each of a national attachment's cells. */
function keptProperties(node: Element, style?: string): Properties {
  const kept: Properties = {};
  for (const name of Object.keys(node.properties)) if (KEPT_ATTRIBUTES.has(name)) kept[name] = node.properties[name];
  if (style) kept.style = style;
  return kept;
}

/** 附件：1.名称 / 2.名称 as paragraphs: the numbers are in the text, so no list adds its own. */
function attachmentParagraphs(list: Element, options: FragmentOptions): Element[] {
  const label = list.children.find((child) => isElement(child) && classOf(child) === 'attachment-list-label');
  const items = list.children.filter(isElement).flatMap((child) => child.children.filter((item): item is Element => isElement(item) && item.tagName === 'li'));
  return items.map((item, index) => {
    const content = cleaned(item.children, options);
    return index === 0 ? el('p', {}, [...(isElement(label) ? label.children : []), ...content]) : el('p', { style: LATER_ATTACHMENT_ITEM_STYLE }, content);
  });
}

/** 图N: the image file, its caption as a paragraph under it. */
function chartParagraphs(figure: Element, options: FragmentOptions): Element[] {
  const svg = figure.children.find((child) => isElement(child) && child.tagName === 'svg');
  const caption = figure.children.find((child) => isElement(child) && child.tagName === 'figcaption');
  const alt = isElement(svg) ? String(svg.properties.ariaLabel ?? '') : '';
  // ./ because js-xss empties a src that is neither absolute nor starts with ./ ../ or /;
  // the SVG's size, as the PNG has three times its pixels for print
  const size = isElement(svg) ? { width: svg.properties.width, height: svg.properties.height } : {};
  const image = el('img', { src: `./${options.chartImage(String(figure.properties.id))}`, alt, ...size, style: IMAGE_STYLE }, []);
  return [el('p', { style: CHART_IMAGE_STYLE }, [image]), el('p', { style: CHART_IMAGE_STYLE }, isElement(caption) ? cleaned(caption.children, options) : [])];
}

function borderedTable(table: Element, options: FragmentOptions): Element {
  return el('table', { ...keptProperties(table), border: '1', style: TABLE_STYLE }, cleaned(table.children, options));
}

/** One element of the web article as the fragment's elements: none, itself cleaned, or others. */
function fragmentElements(node: Element, options: FragmentOptions): ElementContent[] {
  const name = classOf(node);
  if (!options.keepTitle && (node.tagName === 'h1' || name === 'doc-number')) return [];
  // the link's text without the link: the ids it points to are stripped on paste
  if (node.tagName === 'a' && String(node.properties.href ?? '').startsWith('#')) return cleaned(node.children, options);
  if (name === 'chart') return chartParagraphs(node, options);
  if (name === 'attachment-list') return attachmentParagraphs(node, options);
  // the data table of a chart, shown without the disclosure widget (and its summary line)
  if (name === 'chart-data') return cleaned(node.children.filter((child) => !(isElement(child) && child.tagName === 'summary')), options);
  // wrappers whose meaning lives in attributes a whitelist strips
  if (node.tagName === 'time' || name === 'table-scroll' || name === 'attachment' || name === 'signature') return cleaned(node.children, options);
  if (node.tagName === 'table') return [borderedTable(node, options)];
  if (node.tagName === 'td' || node.tagName === 'th') return [el(node.tagName, keptProperties(node, name === 'figure-cell' ? FIGURE_CELL_STYLE : CELL_STYLE), cleaned(node.children, options))];
  const style = node.tagName === 'h1' ? TITLE_STYLE : INLINE_STYLE.get(name);
  return [el(node.tagName, keptProperties(node, style), cleaned(node.children, options))];
}

function cleaned(nodes: ElementContent[], options: FragmentOptions): ElementContent[] {
  const result: ElementContent[] = [];
  for (const node of nodes) {
    if (!isElement(node)) result.push(node);
    else for (const element of fragmentElements(node, options)) result.push(element);
  }
  return result;
}

/** The fragment's blocks: the article's content without the <article> (the page around it is the CMS's). */
export function cmsFragment(article: Element, options: FragmentOptions): Root {
  return { type: 'root', children: [...cleaned(article.children, options), text('\n')] };
}
