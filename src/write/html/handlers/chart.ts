// 图N on the page: the chart as inline SVG (vector in the PDF too) inside a <figure> whose
// caption is 图N and the title, the SVG named for screen readers by that caption, and on the
// web its values as a table in a <details> under it, the text alternative a reader can open.

import type { Element, ElementContent, Properties } from 'hast';
import type { State } from 'mdast-util-to-hast';
import { toString as plainText } from 'mdast-util-to-string';
import type { FontChoices } from '../../../layout/gbt9704.js';
import type { GongwenChart } from '../../../model/document.js';
import { drawChart, type SvgElement } from '../../chart/index.js';
import { ownElement } from '../own-elements.js';
import type { RenderMode } from '../to-hast.js';
import { patched } from './patch.js';

/** stroke-width → strokeWidth: hast names SVG attributes by their DOM property. */
const propertyName = (attribute: string) => attribute.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** Inline SVG needs no namespace declaration; the HTML parser puts <svg> in the SVG namespace. */
function svgHast(element: SvgElement, extra: Properties = {}): Element {
  const properties: Properties = {};
  for (const [name, value] of Object.entries(element.attributes)) if (name !== 'xmlns') properties[propertyName(name)] = value;
  const children: ElementContent[] = element.text !== undefined ? [{ type: 'text', value: element.text }] : element.children.map((child) => svgHast(child));
  return { type: 'element', tagName: element.tag, properties: { ...properties, ...extra }, children };
}

const element = (tagName: string, children: ElementContent[], properties: Properties = {}): Element => ({ type: 'element', tagName, properties, children });
const text = (value: string): ElementContent => ({ type: 'text', value });

/** The chart's values as printed, one row per category, one column per series. */
function dataTable(node: GongwenChart, caption: string): Element {
  const head = element('tr', [element('th', [text('名称')], { scope: 'col' }), ...node.series.map((series) => element('th', [text(series.name)], { scope: 'col' }))]);
  const rows = node.categories.map((category, index) =>
    element('tr', [element('th', [text(category)], { scope: 'row' }), ...node.series.map((series) => element('td', [text(series.values[index]?.printed ?? '')]))]),
  );
  return element('table', [element('caption', [text(caption)]), element('thead', [head]), element('tbody', rows)]);
}

/** `fonts`: the issuer's font names, which the chart's labels name first as the text does. */
export function chartHandlers(options: { mode: RenderMode; fonts: FontChoices }) {
  return {
    gongwenChart(state: State, node: GongwenChart) {
      const label = `图${node.number}`;
      const title = state.all({ type: 'paragraph', children: node.title });
      const caption = ownElement('chart-caption', [
        text(`${label} `),
        ...title,
        ...(node.note ? [ownElement('chart-note', state.all({ type: 'paragraph', children: node.note }))] : []),
      ]);
      const accessibleName = `${label} ${plainText(node.title)}`;
      const svg = svgHast(drawChart({ chart: node, fonts: options.fonts }).element, { role: 'img', ariaLabel: accessibleName });
      const figure = patched(state, node, ownElement('chart', [svg, caption], { id: node.id }));
      if (options.mode === 'print') return figure;
      const data = ownElement('chart-data', [element('summary', [text(`${label}的数据`)]), dataTable(node, `${accessibleName}（${node.measure}）`)]);
      return [figure, data];
    },
  };
}
