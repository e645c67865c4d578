// What the sanitizer lets through for charts: the figure around them and exactly the SVG
// elements and attributes the chart renderer (src/write/chart) emits. Paint is a colour,
// never a url(); there is no href, no <style>, no <foreignObject>, no script and no on*.
// test/unit/chart checks that every chart kind passes through unchanged.

import type { Schema } from 'hast-util-sanitize';

type Attributes = NonNullable<Schema['attributes']>;

/** none, #rgb…#rrggbbaa or rgb()/rgba() of numbers: nothing that can fetch or reference. */
const COLOUR = /^(none|#[0-9a-f]{3,8}|rgba?\([\d.,\s%]+\))$/i;
const NUMBER = /^-?[\d.]+(px)?$/;

const paint = [['fill', COLOUR], ['stroke', COLOUR], ['fillOpacity', NUMBER], ['strokeWidth', NUMBER], 'strokeLinecap', 'transform'] as const;
const text = ['x', 'y', 'dominantBaseline', 'textAnchor', 'fontSize', 'fontFamily', 'fontWeight', 'fontStyle'] as const;

export const CHART_TAG_NAMES = ['figure', 'figcaption', 'svg', 'g', 'rect', 'path', 'text', 'tspan'];

export const CHART_ATTRIBUTES: Attributes = {
  svg: ['width', 'height', 'viewBox', ['role', 'img'], 'ariaLabel'],
  g: [...paint],
  rect: ['x', 'y', 'width', 'height', ...paint],
  path: ['d', ...paint],
  text: [...text, ...paint],
  tspan: [...text, ...paint],
} as Attributes;
