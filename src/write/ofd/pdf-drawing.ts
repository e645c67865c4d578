// What each page of the printed PDF draws, read with pdf.js and put in OFD's terms: millimetres
// from the page's top-left corner. pdf.js interprets the content streams (text state, graphics
// state, form XObjects, decoded images); this module only follows the few operators Chromium
// (Skia) writes and keeps where every glyph, path and image lands. The OFD then draws the
// same glyphs at the same places, so both documents show one layout.

import type { PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js';

/** A 2D affine matrix [a b c d e f], as PDF and OFD write them. */
export type Matrix = readonly [number, number, number, number, number, number];

export type Rgb = readonly [number, number, number];

export interface PlacedGlyph {
  readonly unicode: string;
  /** the glyph's index in the embedded font: Chromium's CID fonts map code to glyph one to one */
  readonly glyphId: number;
  /** the glyph's origin on the page, mm */
  readonly x: number;
  readonly y: number;
}

export interface TextRun {
  readonly kind: 'text';
  /** the font's PDF name without its subset tag, e.g. BousungEG-Light-GB */
  readonly font: string;
  readonly sizeMm: number;
  readonly color: Rgb;
  /** the direction of the baseline and of "up" (unit vectors, page space, y down); [1 0 0 1] for upright text */
  readonly axes: readonly [number, number, number, number];
  readonly glyphs: readonly PlacedGlyph[];
}

export type PathSegment = { readonly op: 'M' | 'L'; readonly points: readonly number[] } | { readonly op: 'B'; readonly points: readonly number[] } | { readonly op: 'C'; readonly points: readonly [] };

export interface PathShape {
  readonly kind: 'path';
  /** page mm */
  readonly segments: readonly PathSegment[];
  readonly fill?: Rgb;
  /** 0–1; one value for the whole path, as OFD's Alpha */
  readonly alpha: number;
  readonly stroke?: { readonly color: Rgb; readonly widthMm: number; readonly cap: number; readonly join: number; readonly dash?: readonly number[] };
  readonly evenOdd: boolean;
}

export interface PlacedImage {
  readonly kind: 'image';
  /** the image's unit square → page mm, as OFD's ImageObject CTM (origin top-left) */
  readonly matrix: Matrix;
  readonly width: number;
  readonly height: number;
  /** width × height RGBA pixels */
  readonly rgba: Uint8Array;
}

export type Drawn = TextRun | PathShape | PlacedImage;

export interface PageDrawing {
  readonly widthMm: number;
  readonly heightMm: number;
  /** in painting order: later items are drawn over earlier ones (the seal over the signature) */
  readonly items: readonly Drawn[];
}

const MM_PER_PT = 25.4 / 72;

export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** #rrggbb (pdf.js's form of every solid colour) → [r, g, b] */
function rgbOf(hex: string): Rgb {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

interface GraphicsState {
  ctm: Matrix;
  fill: Rgb | undefined;
  /** a fill in opaque bands across an axis instead of one colour (see gradientBands) */
  fillBands: GradientBands | undefined;
  /** pattern space: the CTM where the page or the current form XObject starts */
  patternBase: Matrix;
  stroke: Rgb | undefined;
  lineWidth: number;
  cap: number;
  join: number;
  dash: readonly number[] | undefined;
  /** opacity of fills and of strokes, 0–1 (ExtGState ca and CA) */
  fillAlpha: number;
  strokeAlpha: number;
  font: { name: string; size: number } | undefined;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  rise: number;
  leading: number;
}

interface PdfJsGlyph {
  readonly originalCharCode: number;
  readonly unicode: string;
  readonly width: number;
  readonly isSpace: boolean;
}

/** The pdf.js names of the operators followed here, looked up once from its OPS table. */
type Ops = Record<string, number>;

/**
 * One page's drawing. `fontName` gives the PDF font (BaseFont without subset tag) behind a pdf.js
 * font id; `pattern` the colour pdf.js resolved for a shading pattern.
 */
export async function pageDrawing(page: PDFPageProxy, OPS: Ops, fontName: (id: string) => string): Promise<PageDrawing> {
  const [x0, y0, x1, y1] = page.view as [number, number, number, number];
  const heightPt = y1 - y0;
  // PDF user space (pt, y up) → OFD page space (mm, y down)
  const toPage: Matrix = [MM_PER_PT, 0, 0, -MM_PER_PT, -x0 * MM_PER_PT, (y0 + heightPt) * MM_PER_PT];
  const operators = await page.getOperatorList();
  const items: Drawn[] = [];
  const stack: GraphicsState[] = [];
  let state: GraphicsState = {
    ctm: toPage,
    fill: [0, 0, 0],
    fillBands: undefined,
    patternBase: toPage,
    stroke: [0, 0, 0],
    lineWidth: 1,
    cap: 0,
    join: 0,
    dash: undefined,
    fillAlpha: 1,
    strokeAlpha: 1,
    font: undefined,
    charSpacing: 0,
    wordSpacing: 0,
    hScale: 1,
    rise: 0,
    leading: 0,
  };
  let textMatrix: Matrix = [1, 0, 0, 1, 0, 0];
  let lineMatrix: Matrix = textMatrix;
  let textRun: { font: string; sizeMm: number; color: Rgb; axes: TextRun['axes']; glyphs: PlacedGlyph[] } | undefined;
  const endRun = () => {
    if (textRun && textRun.glyphs.length > 0) items.push({ kind: 'text', ...textRun });
    textRun = undefined;
  };
  const patternColour = async (args: unknown[]): Promise<Rgb | undefined> => {
    // Skia fills table borders with axial shadings from a colour to itself: that colour.
    // pdf.js cannot read function-based shadings (type 1) and gives no colour: nothing is drawn, as pdf.js does
    if (args[0] !== 'Shading') return undefined;
    const ir = (await resolved(page, args[1] as string)) as unknown[] | null;
    const stops = ir?.[0] === 'RadialAxial' ? (ir[3] as Array<[number, string]>) : undefined;
    return stops?.[0] ? rgbOf(stops[0][1]) : undefined;
  };

  const moveText = (x: number, y: number) => {
    lineMatrix = multiply([1, 0, 0, 1, x, y], lineMatrix);
    textMatrix = lineMatrix;
  };
  const showGlyphs = (glyphs: ReadonlyArray<PdfJsGlyph | number>) => {
    if (!state.font || state.font.size === 0) return;
    const { size } = state.font;
    const font = fontName(state.font.name);
    // text space → page: the font size and horizontal scale, the text matrix, then the CTM
    const base = multiply(textMatrix, state.ctm);
    const rendering = multiply([size * state.hScale, 0, 0, size, 0, state.rise], base);
    const sizeMm = Math.hypot(rendering[2], rendering[3]);
    const along = Math.hypot(rendering[0], rendering[1]);
    const axes = [rendering[0] / along, rendering[1] / along, -rendering[2] / sizeMm, -rendering[3] / sizeMm] as const;
    const color = state.fill ?? [0, 0, 0];
    const sameRun = textRun && textRun.font === font && Math.abs(textRun.sizeMm - sizeMm) < 1e-6 && textRun.color.join() === color.join() && textRun.axes.every((v, i) => Math.abs(v - axes[i]!) < 1e-6);
    if (!sameRun) {
      endRun();
      textRun = { font, sizeMm, color, axes, glyphs: [] };
    }
    let x = 0;
    for (const glyph of glyphs) {
      if (typeof glyph === 'number') {
        x -= (glyph * size) / 1000;
        continue;
      }
      const [px, py] = apply(base, x * state.hScale, state.rise);
      if (glyph.unicode) textRun!.glyphs.push({ unicode: glyph.unicode, glyphId: glyph.originalCharCode, x: px, y: py });
      x += (glyph.width * size) / 1000 + state.charSpacing + (glyph.isSpace ? state.wordSpacing : 0);
    }
    textMatrix = multiply([1, 0, 0, 1, x * state.hScale, 0], textMatrix);
  };

  for (let i = 0; i < operators.fnArray.length; i++) {
    const fn = operators.fnArray[i]!;
    const args = (operators.argsArray[i] ?? []) as unknown[];
    switch (fn) {
      case OPS.save:
        stack.push({ ...state });
        break;
      case OPS.restore:
        state = stack.pop() ?? state;
        break;
      case OPS.transform:
        state.ctm = multiply(args as unknown as Matrix, state.ctm);
        break;
      case OPS.paintFormXObjectBegin:
        stack.push({ ...state });
        if (args[0]) state.ctm = multiply(args[0] as Matrix, state.ctm);
        state.patternBase = state.ctm;
        break;
      case OPS.paintFormXObjectEnd:
        state = stack.pop() ?? state;
        break;
      case OPS.setFillRGBColor:
        state.fill = rgbOf(args[0] as string);
        state.fillBands = undefined;
        break;
      case OPS.setStrokeRGBColor:
        state.stroke = rgbOf(args[0] as string);
        break;
      case OPS.setFillColorN:
        state.fillBands = args[0] === 'TilingPattern' ? await gradientBands(page, args, state.patternBase) : undefined;
        state.fill = await patternColour(args);
        break;
      case OPS.setStrokeColorN:
        state.stroke = await patternColour(args);
        break;
      case OPS.setLineWidth:
        state.lineWidth = args[0] as number;
        break;
      case OPS.setLineCap:
        state.cap = args[0] as number;
        break;
      case OPS.setLineJoin:
        state.join = args[0] as number;
        break;
      case OPS.setDash:
        state.dash = (args[0] as number[]).length > 0 ? (args[0] as number[]) : undefined;
        break;
      case OPS.setGState:
        for (const [key, value] of args[0] as Array<[string, unknown]>) {
          if (key === 'LW') state.lineWidth = value as number;
          else if (key === 'ca') state.fillAlpha = value as number;
          else if (key === 'CA') state.strokeAlpha = value as number;
          else if (key === 'Font') state.font = { name: (value as [string])[0], size: (value as [string, number])[1] };
        }
        break;
      case OPS.beginText:
        textMatrix = lineMatrix = [1, 0, 0, 1, 0, 0];
        break;
      case OPS.endText:
        break;
      case OPS.setFont:
        state.font = { name: args[0] as string, size: args[1] as number };
        break;
      case OPS.setCharSpacing:
        state.charSpacing = args[0] as number;
        break;
      case OPS.setWordSpacing:
        state.wordSpacing = args[0] as number;
        break;
      case OPS.setHScale:
        state.hScale = (args[0] as number) / 100;
        break;
      case OPS.setTextRise:
        state.rise = args[0] as number;
        break;
      case OPS.setLeading:
        state.leading = args[0] as number;
        break;
      case OPS.setTextMatrix:
        // pdf.js 5 passes the matrix as one argument
        textMatrix = lineMatrix = (Array.isArray(args[0]) || ArrayBuffer.isView(args[0]) ? [...(args[0] as number[])] : args) as unknown as Matrix;
        break;
      case OPS.moveText:
        moveText(args[0] as number, args[1] as number);
        break;
      case OPS.setLeadingMoveText:
        state.leading = -(args[1] as number);
        moveText(args[0] as number, args[1] as number);
        break;
      case OPS.nextLine:
        moveText(0, -state.leading);
        break;
      case OPS.showText:
      case OPS.showSpacedText:
        showGlyphs(args[0] as PdfJsGlyph[]);
        break;
      case OPS.nextLineShowText:
        moveText(0, -state.leading);
        showGlyphs(args[0] as PdfJsGlyph[]);
        break;
      case OPS.constructPath: {
        const shapes = state.fillBands ? bandShapes(args, state, OPS) : [pathShape(args, state, OPS)].filter((shape) => shape !== undefined);
        if (shapes.length > 0) {
          endRun();
          items.push(...shapes);
        }
        break;
      }
      case OPS.paintImageXObject: {
        const image = placedImage((await resolved(page, args[0] as string)) as DecodedImage | null, state.ctm);
        if (image) {
          endRun();
          items.push(image);
        }
        break;
      }
    }
  }
  endRun();
  return { widthMm: (x1 - x0) * MM_PER_PT, heightMm: heightPt * MM_PER_PT, items };
}

/**
 * Chromium paints a CSS gradient with transparent stops (the 版记 rules: linear-gradient(black
 * 0.35mm, transparent 0 …)) as a tiling pattern: a colour shading under a luminosity mask that
 * is an axial shading from white (shown) to black (hidden). The mask pdf.js reads; the colour
 * Skia writes as a PostScript function that pdf.js cannot evaluate, and tongbao's gradients
 * with transparency are all in the text colour: black. What is kept is where the mask shows:
 * bands across the gradient's axis, in page mm.
 */
interface GradientBands {
  readonly from: readonly [number, number];
  readonly to: readonly [number, number];
  /** shown stretches of the axis, 0 at `from`, 1 at `to`; ±Infinity where an end colour extends */
  readonly bands: ReadonlyArray<readonly [number, number]>;
  readonly colour: Rgb;
}

async function gradientBands(page: PDFPageProxy, args: unknown[], patternBase: Matrix): Promise<GradientBands | undefined> {
  const [, , cell, patternMatrix] = args as [string, unknown, { fnArray: number[]; argsArray: unknown[][] } | undefined, Matrix | undefined];
  const maskIndex = cell?.argsArray.findIndex((a) => Array.isArray(a) && a[0] === 'Shading') ?? -1;
  const inMaskGroup = cell?.argsArray.slice(0, Math.max(maskIndex, 0)).some((a) => (a?.[0] as { smask?: { subtype?: string } } | undefined)?.smask?.subtype === 'Luminosity');
  if (!cell || maskIndex < 0 || !inMaskGroup) return undefined;
  const [, maskId, shadingMatrix] = cell.argsArray[maskIndex] as [string, string, Matrix | undefined];
  const ir = (await resolved(page, maskId)) as unknown[] | null;
  if (ir?.[0] !== 'RadialAxial' || ir[1] !== 'axial') return undefined;
  const stops = ir[3] as Array<[number, string]>;
  const toPage = multiply(multiply(shadingMatrix ?? [1, 0, 0, 1, 0, 0], patternMatrix ?? [1, 0, 0, 1, 0, 0]), patternBase);
  const shown = stops.map(([offset, hex]) => ({ offset, shown: rgbOf(hex)[0] > 127 }));
  const bands: Array<[number, number]> = [];
  for (let i = 0; i + 1 < shown.length; i++) {
    if (!shown[i]!.shown || !shown[i + 1]!.shown) continue;
    const start = i === 0 ? -Infinity : shown[i]!.offset;
    const end = i + 2 === shown.length ? Infinity : shown[i + 1]!.offset;
    const last = bands.at(-1);
    if (last && last[1] === start) last[1] = end;
    else bands.push([start, end]);
  }
  return { from: apply(toPage, ...(ir[4] as [number, number])), to: apply(toPage, ...(ir[5] as [number, number])), bands, colour: [0, 0, 0] };
}

/** A rectangle filled with gradient bands, as one filled rectangle per band; only axes along x or y. */
function bandShapes(args: unknown[], state: GraphicsState, OPS: Ops): PathShape[] {
  const outline = pathShape(args, { ...state, fill: [0, 0, 0], fillAlpha: 1 }, OPS);
  const gradient = state.fillBands!;
  if (!outline?.fill) return [];
  const points = outline.segments.flatMap((segment) => segment.points);
  const xs = points.filter((_, i) => i % 2 === 0);
  const ys = points.filter((_, i) => i % 2 === 1);
  const [dx, dy] = [gradient.to[0] - gradient.from[0], gradient.to[1] - gradient.from[1]];
  const vertical = Math.abs(dx) < 1e-9;
  if (!vertical && Math.abs(dy) > 1e-9) return [];
  const [start, length] = vertical ? [gradient.from[1], dy] : [gradient.from[0], dx];
  const [low, high] = vertical ? [Math.min(...ys), Math.max(...ys)] : [Math.min(...xs), Math.max(...xs)];
  const [left, right, top, bottom] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  return gradient.bands.flatMap(([t0, t1]) => {
    const ends = [start + t0 * length, start + t1 * length].map((v) => (Number.isNaN(v) ? start : v));
    const from = Math.max(low, Math.min(...ends));
    const to = Math.min(high, Math.max(...ends));
    if (to <= from) return [];
    const [x0, x1, y0, y1] = vertical ? [left, right, from, to] : [from, to, top, bottom];
    const rectangle: PathSegment[] = [
      { op: 'M', points: [x0, y0] },
      { op: 'L', points: [x1, y0] },
      { op: 'L', points: [x1, y1] },
      { op: 'L', points: [x0, y1] },
      { op: 'C', points: [] },
    ];
    return [{ kind: 'path', segments: rectangle, fill: gradient.colour, alpha: state.fillAlpha, evenOdd: false }];
  });
}

/** pdf.js 5's path codes (DrawOPS) */
const DRAW = { moveTo: 0, lineTo: 1, curveTo: 2, quadraticCurveTo: 3, closePath: 4 } as const;

/** A constructed path with its painting operator, in page mm; undefined for clipping paths and what paints nothing. */
function pathShape(args: unknown[], state: GraphicsState, OPS: Ops): PathShape | undefined {
  const [paint, [data]] = args as [number, [Float32Array | number[] | null]];
  const strokes = [OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke].includes(paint);
  const fills = [OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke].includes(paint);
  // what is painted fully transparent (ECharts' invisible hit areas) is not drawn at all
  const fill = fills && state.fillAlpha > 0 ? state.fill : undefined;
  const stroke = strokes && state.strokeAlpha > 0 ? state.stroke : undefined;
  if (!data || (!fill && !stroke)) return undefined;
  const segments: PathSegment[] = [];
  const at = (x: number, y: number) => apply(state.ctm, x, y);
  let current: [number, number] = [0, 0];
  for (let i = 0; i < data.length; ) {
    switch (data[i++]) {
      case DRAW.moveTo:
      case DRAW.lineTo: {
        const op = data[i - 1] === DRAW.moveTo ? 'M' : 'L';
        current = [data[i]!, data[i + 1]!];
        segments.push({ op, points: at(...current) });
        i += 2;
        break;
      }
      case DRAW.curveTo: {
        const points = [0, 2, 4].flatMap((k) => at(data[i + k]!, data[i + k + 1]!));
        current = [data[i + 4]!, data[i + 5]!];
        segments.push({ op: 'B', points });
        i += 6;
        break;
      }
      case DRAW.quadraticCurveTo: {
        // a quadratic as the cubic of the same curve
        const [cx, cy, x, y] = [data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!];
        const c1 = [current[0] + (2 / 3) * (cx - current[0]), current[1] + (2 / 3) * (cy - current[1])] as const;
        const c2 = [x + (2 / 3) * (cx - x), y + (2 / 3) * (cy - y)] as const;
        segments.push({ op: 'B', points: [...at(...c1), ...at(...c2), ...at(x, y)] });
        current = [x, y];
        i += 4;
        break;
      }
      case DRAW.closePath:
        segments.push({ op: 'C', points: [] });
        break;
      default:
        throw new Error(`pdf.js path code ${data[i - 1]} is not one of DrawOPS`);
    }
  }
  const scale = Math.sqrt(Math.abs(state.ctm[0] * state.ctm[3] - state.ctm[1] * state.ctm[2]));
  return {
    kind: 'path',
    segments,
    alpha: fill ? state.fillAlpha : state.strokeAlpha,
    ...(fill && { fill }),
    ...(stroke && {
      stroke: { color: stroke, widthMm: state.lineWidth * scale, cap: state.cap, join: state.join, ...(state.dash && { dash: state.dash.map((d) => d * scale) }) },
    }),
    evenOdd: paint === OPS.eoFill || paint === OPS.eoFillStroke || paint === OPS.closeEOFillStroke,
  };
}

/** pdf.js's decoded image kinds */
const IMAGE_KIND = { GRAYSCALE_1BPP: 1, RGB_24BPP: 2, RGBA_32BPP: 3 } as const;

/** An object of the page (a decoded image, a pattern) once pdf.js has resolved it. */
function resolved(page: PDFPageProxy, id: string): Promise<unknown> {
  return new Promise((resolve) => page.objs.get(id, resolve));
}

interface DecodedImage {
  readonly width: number;
  readonly height: number;
  readonly kind: number;
  readonly data?: Uint8ClampedArray;
}

/** An image XObject as RGBA pixels and where its unit square lands; the image's first row is its top. */
function placedImage(image: DecodedImage | null, ctm: Matrix): PlacedImage | undefined {
  if (!image?.data) return undefined;
  const { width, height, kind, data } = image;
  const rgba = new Uint8Array(width * height * 4);
  if (kind === IMAGE_KIND.RGBA_32BPP) rgba.set(data);
  else if (kind === IMAGE_KIND.RGB_24BPP) {
    for (let p = 0; p < width * height; p++) {
      rgba.set(data.subarray(p * 3, p * 3 + 3), p * 4);
      rgba[p * 4 + 3] = 255;
    }
  } else return undefined;
  // PDF's unit square has its origin at the image's bottom-left; OFD's at its top-left
  return { kind: 'image', matrix: multiply([1, 0, 0, -1, 0, 1], ctm), width, height, rgba };
}
