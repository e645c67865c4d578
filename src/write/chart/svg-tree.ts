// The chart's SVG as a small tree: zrender's virtual nodes with everything interactive taken
// out (hover CSS, class names, pointer events, ECharts' hydration metadata), the text style
// turned into plain presentation attributes, and ids renumbered per figure so that two charts
// on one page never share an id and the same chart always gets the same bytes.

/** An SVG element as the writers receive it: names and values exactly as they are written. */
export interface SvgElement {
  readonly tag: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly SvgElement[];
  /** text content of <text>/<tspan> (unescaped) */
  readonly text?: string;
}

/** The part of zrender's SVGVNode read here. */
export interface ZrenderVNode {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string | number | boolean | undefined>>;
  readonly children?: readonly ZrenderVNode[];
  readonly text?: string;
}

/** Attributes that only serve interaction or ECharts' client-side hydration. */
const DROPPED_ATTRIBUTE = /^(class|pointer-events|ecmeta_.*|version|baseProfile|xmlns:xlink)$/;
/** Elements that carry only hover or animation styling. */
const DROPPED_ELEMENTS = new Set(['style']);
/** zrender's ids (zr3-c0, zr3-cls-12) count instances within a process. */
const ZRENDER_ID = /zr\d+-[a-z]+-?\d+/g;

/** `font-size:14px;font-family:…;` → { 'font-size': '14px', 'font-family': '…' } */
function presentationAttributes(style: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon > 0) attributes[declaration.slice(0, colon).trim()] = declaration.slice(colon + 1).trim();
  }
  return attributes;
}

function cleanAttributes(attrs: ZrenderVNode['attrs'], renumber: (value: string) => string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false || DROPPED_ATTRIBUTE.test(name)) continue;
    if (name === 'style') Object.assign(attributes, presentationAttributes(String(value)));
    else attributes[name] = renumber(String(value));
  }
  return attributes;
}

/** The cleaned tree; `idPrefix` (figure-1) replaces zrender's per-process ids. */
export function svgTree(options: { root: ZrenderVNode; idPrefix: string }): SvgElement {
  const ids = new Map<string, string>();
  const renumber = (value: string) =>
    value.replace(ZRENDER_ID, (id) => {
      if (!ids.has(id)) ids.set(id, `${options.idPrefix}-${ids.size}`);
      return ids.get(id)!;
    });
  const clean = (node: ZrenderVNode): SvgElement => ({
    tag: node.tag,
    attributes: cleanAttributes(node.attrs, renumber),
    children: (node.children ?? []).filter((child) => !DROPPED_ELEMENTS.has(child.tag)).map(clean),
    ...(node.text ? { text: node.text } : {}),
  });
  return clean(options.root);
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/** The tree as a standalone SVG document (UTF-8), one element per line. */
export function svgText(element: SvgElement): string {
  const attributes = Object.entries(element.attributes)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  const content = element.text !== undefined ? escapeText(element.text) : element.children.map((child) => `\n${svgText(child)}`).join('');
  const closingBreak = element.children.length > 0 ? '\n' : '';
  return `<${element.tag}${attributes}>${content}${closingBreak}</${element.tag}>`;
}
