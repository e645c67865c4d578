// The OFD package (GB/T 33190-2016): a zip with OFD.xml, the entry naming the document's
// properties and its root, Doc_0/Document.xml with the page tree and the resources, the fonts
// and images under Doc_0/Res, and one Content.xml per page. Everything here is plain data in,
// XML out: where things are drawn was decided by the PDF (pdf-drawing.ts).

import type { Drawn, PageDrawing, PathShape, PlacedImage, TextRun } from './pdf-drawing.js';

const OFD_NS = 'http://www.ofdspec.org/2016';

export interface OfdFont {
  readonly pdfName: string;
  readonly family: string;
  readonly bytes: Uint8Array;
}

export interface OfdDocumentInfo {
  /** 32 hexadecimal digits, the same for the same document */
  readonly docId: string;
  readonly title: string;
  readonly author: string;
  readonly subject?: string;
  readonly keywords: readonly string[];
  readonly creator: string;
  readonly creatorVersion: string;
  /** ISO date: creation and modification alike, so the same input gives the same bytes */
  readonly date: string;
  /** entries of CustomDatas, e.g. 文号 */
  readonly custom: ReadonlyArray<readonly [name: string, value: string]>;
}

export interface OfdInput {
  readonly info: OfdDocumentInfo;
  readonly pages: readonly PageDrawing[];
  /** fonts by PDF name, as TextRun.font names them */
  readonly fonts: ReadonlyMap<string, OfdFont>;
  /** PNG bytes of each image drawn, in the order met */
  readonly encodeImage: (image: PlacedImage) => Uint8Array;
}

const escapeXml = (text: string): string => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** mm to 0.001 mm, without trailing zeros: fine enough for print, short enough for long tables */
const n = (value: number): string => {
  const rounded = Math.round(value * 1000) / 1000;
  return String(Object.is(rounded, -0) ? 0 : rounded);
};

const numbers = (values: readonly number[]): string => values.map(n).join(' ');

const xmlDocument = (body: string): string => `<?xml version="1.0" encoding="UTF-8"?>\n${body}\n`;

/** The package's parts by path, in zip order. */
export function ofdParts(input: OfdInput): Array<[path: string, data: string | Uint8Array]> {
  let lastId = 0;
  const nextId = () => ++lastId;
  const media: Array<[path: string, data: Uint8Array]> = [];

  const fontIds = new Map<string, number>();
  const fontEntries: string[] = [];
  for (const [pdfName, font] of input.fonts) {
    const id = nextId();
    const file = `font_${id}.ttf`;
    fontIds.set(pdfName, id);
    media.push([`Doc_0/Res/${file}`, font.bytes]);
    fontEntries.push(
      `<ofd:Font ID="${id}" FontName="${escapeXml(pdfName.replace(/^[A-Z]{6}\+/, ''))}" FamilyName="${escapeXml(font.family)}"><ofd:FontFile>${file}</ofd:FontFile></ofd:Font>`,
    );
  }

  const imageEntries: string[] = [];
  const imageResource = (image: PlacedImage): number => {
    const id = nextId();
    const file = `image_${id}.png`;
    media.push([`Doc_0/Res/${file}`, input.encodeImage(image)]);
    imageEntries.push(`<ofd:MultiMedia ID="${id}" Type="Image" Format="PNG"><ofd:MediaFile>${file}</ofd:MediaFile></ofd:MultiMedia>`);
    return id;
  };

  const pageParts: Array<[string, string]> = [];
  const pageEntries: string[] = [];
  input.pages.forEach((page, index) => {
    const pageId = nextId();
    const layerId = nextId();
    const objects = page.items.flatMap((item) => drawnXml(item, { page, nextId, fontIds, imageResource }));
    const path = `Pages/Page_${index}/Content.xml`;
    pageEntries.push(`<ofd:Page ID="${pageId}" BaseLoc="${path}"/>`);
    pageParts.push([
      `Doc_0/${path}`,
      xmlDocument(
        `<ofd:Page xmlns:ofd="${OFD_NS}"><ofd:Area><ofd:PhysicalBox>0 0 ${n(page.widthMm)} ${n(page.heightMm)}</ofd:PhysicalBox></ofd:Area>` +
          `<ofd:Content><ofd:Layer ID="${layerId}" Type="Body">\n${objects.join('\n')}\n</ofd:Layer></ofd:Content></ofd:Page>`,
      ),
    ]);
  });

  const first = input.pages[0];
  const document = xmlDocument(
    `<ofd:Document xmlns:ofd="${OFD_NS}"><ofd:CommonData><ofd:MaxUnitID>${lastId}</ofd:MaxUnitID>` +
      `<ofd:PageArea><ofd:PhysicalBox>0 0 ${n(first?.widthMm ?? 210)} ${n(first?.heightMm ?? 297)}</ofd:PhysicalBox></ofd:PageArea>` +
      `<ofd:PublicRes>PublicRes.xml</ofd:PublicRes><ofd:DocumentRes>DocumentRes.xml</ofd:DocumentRes></ofd:CommonData>` +
      `<ofd:Pages>${pageEntries.join('')}</ofd:Pages></ofd:Document>`,
  );
  const publicRes = xmlDocument(`<ofd:Res xmlns:ofd="${OFD_NS}" BaseLoc="Res"><ofd:Fonts>${fontEntries.join('')}</ofd:Fonts></ofd:Res>`);
  const documentRes = xmlDocument(
    `<ofd:Res xmlns:ofd="${OFD_NS}" BaseLoc="Res">${imageEntries.length > 0 ? `<ofd:MultiMedias>${imageEntries.join('')}</ofd:MultiMedias>` : ''}</ofd:Res>`,
  );
  return [
    ['OFD.xml', ofdEntry(input.info)],
    ['Doc_0/Document.xml', document],
    ['Doc_0/PublicRes.xml', publicRes],
    ['Doc_0/DocumentRes.xml', documentRes],
    ...pageParts,
    ...media,
  ];
}

/** OFD.xml: the document's properties (DocInfo, in the schema's order) and where its root is. */
function ofdEntry(info: OfdDocumentInfo): string {
  const element = (name: string, value: string | undefined) => (value ? `<ofd:${name}>${escapeXml(value)}</ofd:${name}>` : '');
  const keywords = info.keywords.length > 0 ? `<ofd:Keywords>${info.keywords.map((k) => element('Keyword', k)).join('')}</ofd:Keywords>` : '';
  const custom = info.custom.length > 0 ? `<ofd:CustomDatas>${info.custom.map(([name, value]) => `<ofd:CustomData Name="${escapeXml(name)}">${escapeXml(value)}</ofd:CustomData>`).join('')}</ofd:CustomDatas>` : '';
  return xmlDocument(
    `<ofd:OFD xmlns:ofd="${OFD_NS}" Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo>` +
      element('DocID', info.docId) +
      element('Title', info.title) +
      element('Author', info.author) +
      element('Subject', info.subject) +
      keywords +
      element('Creator', info.creator) +
      element('CreatorVersion', info.creatorVersion) +
      element('CreationDate', info.date) +
      element('ModDate', info.date) +
      custom +
      `</ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`,
  );
}

interface PageContext {
  readonly page: PageDrawing;
  readonly nextId: () => number;
  readonly fontIds: ReadonlyMap<string, number>;
  readonly imageResource: (image: PlacedImage) => number;
}

function drawnXml(item: Drawn, context: PageContext): string[] {
  switch (item.kind) {
    case 'text':
      return textXml(item, context);
    case 'path':
      return [pathXml(item, context)];
    case 'image':
      return [imageXml(item, context)];
  }
}

const colour = (element: string, rgb: readonly number[]) => `<ofd:${element} Value="${rgb.join(' ')}"/>`;

/**
 * A text run as one TextObject per baseline: its characters in TextCode (what search and copy
 * read), each glyph's advance in DeltaX, and a CGTransform giving each character's glyph in the
 * embedded subset, so readers draw the PDF's glyphs and not whatever the font's cmap maps to.
 */
function textXml(run: TextRun, context: PageContext): string[] {
  const fontId = context.fontIds.get(run.font);
  if (fontId === undefined) throw new Error(`OFD: 字体 ${run.font} 不在 PDF 嵌入的字体中`);
  const [ax, ay, ux, uy] = run.axes;
  const upright = Math.abs(ax - 1) < 1e-6 && Math.abs(uy - 1) < 1e-6;
  const origin = run.glyphs[0]!;
  // glyph positions in the run's own frame: along the baseline and down from it
  const local = run.glyphs.map((g) => ({ glyph: g, x: (g.x - origin.x) * ax + (g.y - origin.y) * ay, y: (g.x - origin.x) * ux + (g.y - origin.y) * uy }));
  const lines: Array<typeof local> = [];
  for (const placed of local) {
    const line = lines.at(-1);
    if (line && Math.abs(line[0]!.y - placed.y) < 0.001 && placed.x > line.at(-1)!.x) line.push(placed);
    else lines.push([placed]);
  }
  const size = run.sizeMm;
  return lines.map((line) => {
    const xs = line.map((p) => p.x);
    // upright text: a box around the line, in page space; turned text: the page, with a CTM
    const left = Math.min(...xs) - size;
    const top = line[0]!.y - 1.5 * size;
    const box = upright ? [origin.x + left, origin.y + top, Math.max(...xs) - left + 2 * size, 2.5 * size] : [0, 0, context.page.widthMm, context.page.heightMm];
    const shift = upright ? { x: -left, y: -top } : { x: 0, y: 0 };
    const ctm = upright ? '' : ` CTM="${numbers([ax, ay, ux, uy, origin.x, origin.y])}"`;
    const deltas: number[] = [];
    const transforms: string[] = [];
    let code = 0;
    let pending: { at: number; glyphs: number[] } | undefined;
    const flush = () => {
      if (pending) transforms.push(cgTransform(pending.at, pending.glyphs.length, pending.glyphs));
      pending = undefined;
    };
    line.forEach((placed, i) => {
      const characters = [...placed.glyph.unicode];
      const advance = i + 1 < line.length ? line[i + 1]!.x - placed.x : 0;
      characters.forEach((_, k) => i + 1 < line.length && deltas.push(k === characters.length - 1 ? advance : 0));
      if (characters.length === 1) {
        pending ??= { at: code, glyphs: [] };
        pending.glyphs.push(placed.glyph.glyphId);
      } else {
        // one glyph for several characters (a ligature): a transform of its own
        flush();
        transforms.push(`<ofd:CGTransform CodePosition="${code}" CodeCount="${characters.length}" GlyphCount="1"><ofd:Glyphs>${placed.glyph.glyphId}</ofd:Glyphs></ofd:CGTransform>`);
      }
      code += characters.length;
    });
    flush();
    const text = line.map((p) => p.glyph.unicode).join('');
    const deltaX = deltas.length > 0 ? ` DeltaX="${numbers(deltas)}"` : '';
    return (
      `<ofd:TextObject ID="${context.nextId()}" Boundary="${numbers(box)}"${ctm} Font="${fontId}" Size="${n(size)}">${colour('FillColor', run.color)}` +
      `${transforms.join('')}<ofd:TextCode X="${n(line[0]!.x + shift.x)}" Y="${n(line[0]!.y + shift.y)}"${deltaX}>${escapeXml(text)}</ofd:TextCode></ofd:TextObject>`
    );
  });
}

function cgTransform(at: number, count: number, glyphs: readonly number[]): string {
  return `<ofd:CGTransform CodePosition="${at}" CodeCount="${count}" GlyphCount="${count}"><ofd:Glyphs>${glyphs.join(' ')}</ofd:Glyphs></ofd:CGTransform>`;
}

const CAPS = ['Butt', 'Round', 'Square'];
const JOINS = ['Miter', 'Round', 'Bevel'];

/** A path in a box around its points (widened by the stroke), its data relative to the box. */
function pathXml(shape: PathShape, context: PageContext): string {
  const points = shape.segments.flatMap((s) => s.points);
  const xs = points.filter((_, i) => i % 2 === 0);
  const ys = points.filter((_, i) => i % 2 === 1);
  const margin = (shape.stroke?.widthMm ?? 0) / 2 + 0.1;
  const left = Math.min(...xs) - margin;
  const top = Math.min(...ys) - margin;
  const box = [left, top, Math.max(...xs) + margin - left, Math.max(...ys) + margin - top];
  const data = shape.segments.map((s) => [s.op, ...s.points.map((v, i) => n(v - (i % 2 === 0 ? left : top)))].join(' ')).join(' ');
  const stroke = shape.stroke;
  const attributes = [
    `ID="${context.nextId()}"`,
    `Boundary="${numbers(box)}"`,
    ...(stroke
      ? [
          `LineWidth="${n(stroke.widthMm)}"`,
          ...(stroke.cap ? [`Cap="${CAPS[stroke.cap]}"`] : []),
          ...(stroke.join ? [`Join="${JOINS[stroke.join]}"`] : []),
          ...(stroke.dash ? [`DashPattern="${numbers(stroke.dash)}"`] : []),
        ]
      : ['Stroke="false"']),
    ...(shape.fill ? ['Fill="true"'] : []),
    ...(shape.evenOdd ? ['Rule="Even-Odd"'] : []),
    ...(shape.alpha < 1 ? [`Alpha="${Math.round(shape.alpha * 255)}"`] : []),
  ];
  const colours = `${shape.fill ? colour('FillColor', shape.fill) : ''}${stroke ? colour('StrokeColor', stroke.color) : ''}`;
  return `<ofd:PathObject ${attributes.join(' ')}>${colours}<ofd:AbbreviatedData>${data}</ofd:AbbreviatedData></ofd:PathObject>`;
}

/** An image in the box its unit square covers; the CTM maps the unit square into the box. */
function imageXml(image: PlacedImage, context: PageContext): string {
  const [a, b, c, d, e, f] = image.matrix;
  const corners = [
    [e, f],
    [a + e, b + f],
    [c + e, d + f],
    [a + c + e, b + d + f],
  ];
  const left = Math.min(...corners.map((p) => p[0]!));
  const top = Math.min(...corners.map((p) => p[1]!));
  const box = [left, top, Math.max(...corners.map((p) => p[0]!)) - left, Math.max(...corners.map((p) => p[1]!)) - top];
  const resource = context.imageResource(image);
  return `<ofd:ImageObject ID="${context.nextId()}" Boundary="${numbers(box)}" CTM="${numbers([a, b, c, d, e - left, f - top])}" ResourceID="${resource}"/>`;
}
