import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { cmsFragment } from '../../../src/write/html/cms-fragment.js';
import { serializeHtml } from '../../../src/write/html/serialize.js';
import { noticeToHast } from '../../../src/write/html/to-hast.js';
import { sampleNotice } from '../../fixtures/sample-notice.js';

const el = (tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element => ({ type: 'element', tagName, properties, children });
const text = (value: string): ElementContent => ({ type: 'text', value });

describe('serializeHtml', () => {
  it('writes the sample notice (every node type, hostile text) as hast-util-to-html does, on the web, in print and as the CMS fragment', () => {
    for (const mode of ['web', 'print'] as const) {
      const article = noticeToHast({ doc: sampleNotice({ failingRows: 40 }), mode });
      expect(serializeHtml(article)).toBe(toHtml(article));
      const fragment = cmsFragment(article, { keepTitle: true, chartImage: () => '图1.png' });
      expect(serializeHtml(fragment)).toBe(toHtml(fragment));
    }
  });

  it('writes what depends on its context, attributes of every kind and nodes other than elements as hast-util-to-html does', () => {
    const cell = (properties: Element['properties'], value: string) => el('td', properties, [text(value)]);
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'doctype' },
        { type: 'comment', value: ' a -- comment ' },
        el('div', { className: ['a', 'b'], ariaLabelledBy: ['x', 'y'], tabIndex: 0, hidden: true, dataTongbaoRef: 'r&"\'`<>', id: 'i' }, [
          el('svg', { viewBox: '0 0 10 10', xmlns: 'http://www.w3.org/2000/svg' }, [el('title', {}, [text('<标题> & 图')]), el('path', { d: 'M0 0' })]),
          el('style', {}, [text('p > a { content: "&" }')]),
          el('script', {}, [text('if (a < b && c) {}')]),
          el('br', {}),
          el('img', { src: './图1.png', alt: '"图"', width: 12.5 }),
          // a void element given children is written with them and an end tag
          el('br', {}, [text('x')]),
          el('table', {}, [
            el('tr', {}, [
              cell({ align: 'center' }, 'A & B < C'),
              cell({ align: 'center' }, '甲'),
              cell({ align: 'center' }, '甲 &amp; 乙 & 丙'),
              cell({ align: 'center' }, '甲 < 乙'),
              cell({ align: 'center', className: ['figure-cell'] }, '1,234'),
              cell({ colSpan: 2, hidden: false, title: undefined }, '乙'),
              cell({ width: Number.NaN, height: Number.POSITIVE_INFINITY }, '丙'),
              cell({ width: 1 }, '丁'),
              cell({ width: '1' }, '戊'),
            ]),
          ]),
          el('template', {}, []),
          { type: 'raw', value: '<b>raw</b>' } as unknown as ElementContent,
        ]),
        text('\n'),
      ],
    };
    expect(serializeHtml(tree)).toBe(toHtml(tree));
  });
});
