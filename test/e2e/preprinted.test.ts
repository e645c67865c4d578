// The bundled example built twice, as an office would: once with the 版头 printed by tongbao
// (`letterhead: { format: file, … }`) and once for paper whose 版头 is printed already
// (`letterhead: preprinted`). On the pre-printed paper nothing may be printed where the organ
// mark is, and the 文号 and the title must sit exactly where the printed 版头 puts them, in the
// PDF and in the DOCX (rendered by LibreOffice). The narrative carries **…** emphasis, which must
// not make Chromium synthesise bold (a Type 3 font in the PDF).

import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { SOFFICE, convertWithLibreOffice } from '../unit/write-docx/libreoffice.js';
import { inkBands, inkBox, rasterize, type Box, type InkTest } from '../unit/write-pdf/measure.js';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const workspace = mkdtempSync(join(tmpdir(), 'tongbao-preprinted-'));

const PRINTED_LETTERHEAD = /^letterhead:\n(?: {2}.*\n)+/m;
const EMPHASISED = '**日常巡检缺位**';

/** The example in a project of its own, its 版头 setting replaced, its narrative emphasised. */
function exampleProject(name: string, letterhead: string | undefined): string {
  const root = join(workspace, name);
  cpSync(join(PROJECT_ROOT, 'data/示例市'), join(root, 'data/示例市'), { recursive: true });
  writeFileSync(join(root, 'package.json'), '{}\n');
  const issuerPath = join(root, 'data/示例市/_issuer.yaml');
  const issuer = readFileSync(issuerPath, 'utf8');
  if (!PRINTED_LETTERHEAD.test(issuer)) throw new Error('the example no longer sets a printed 版头');
  if (letterhead !== undefined) writeFileSync(issuerPath, issuer.replace(PRINTED_LETTERHEAD, `letterhead: ${letterhead}\n`));
  const quarterPath = join(root, 'data/示例市/2025-q3.yaml');
  writeFileSync(quarterPath, readFileSync(quarterPath, 'utf8').replace('日常巡检缺位', EMPHASISED));
  return root;
}

interface Built {
  readonly pdf: string;
  readonly docx: string;
}

async function built(projectRoot: string): Promise<Built> {
  const file = join(projectRoot, 'data/示例市/2025-q3.yaml');
  const [notice] = await build({ files: [file], formats: ['docx', 'pdf'], outDir: join(projectRoot, 'out'), projectRoot });
  return { pdf: join(notice!.folder, '通报.pdf'), docx: join(notice!.folder, '通报.docx') };
}

/** LibreOffice's rendering of a DOCX, with a profile of its own so a running LibreOffice is not in the way. */
function libreOfficePdf(docxPath: string, name: string): string {
  const [pdf] = convertWithLibreOffice([docxPath], join(workspace, `lo-${name}`));
  return pdf!;
}

/** Black text, not the 版头's red (which `dark` would count). */
const black: InkTest = ({ r, g, b }) => Math.max(r, g, b) < 110;
/** Any printed mark: text, the red organ mark or rule, grey anti-aliasing. */
const anyInk: InkTest = ({ r, g, b }) => Math.min(r, g, b) < 200;

const TEXT_TOP = 37;

/** Page 1's first three lines of black text below the 版头's mark: the 文号 and the title's two lines. */
function openingLines(pdf: string): Box[] {
  const raster = rasterize({ path: pdf, page: 1, dpi: 200, colour: true });
  // below the organ mark's band, which ends 35 mm + 36 pt under the text block's top
  return inkBands(raster, black, { top: TEXT_TOP + 35 + 13, bottom: 200 }).slice(0, 3);
}

const centreX = (box: Box) => (box.left + box.right) / 2;

let printedHead: Built;
let preprinted: Built;

beforeAll(async () => {
  printedHead = await built(exampleProject('printed', undefined));
  preprinted = await built(exampleProject('preprinted', 'preprinted'));
}, 240_000);

describe('letterhead: preprinted', () => {
  it('prints nothing on page 1 above the 文号: the organ mark and the red rule are on the paper', () => {
    const raster = rasterize({ path: preprinted.pdf, page: 1, dpi: 200, colour: true });
    const [docNumber] = openingLines(preprinted.pdf);
    expect(docNumber!.top).toBeGreaterThan(TEXT_TOP + 35 + 13);
    expect(inkBox(raster, anyInk, { top: 0, bottom: docNumber!.top - 0.5 })).toBeUndefined();
    // and no red anywhere on the page: the rule under the 文号 is printed too
    expect(inkBox(raster, ({ r, g, b }) => r > 150 && g < 110 && b < 110)).toBeUndefined();
  });

  it('puts the 文号 and the title where the printed 版头 puts them in the PDF (± 0.5 mm), the 文号 centred', () => {
    const expected = openingLines(printedHead.pdf);
    const actual = openingLines(preprinted.pdf);
    expect(actual).toHaveLength(3);
    actual.forEach((line, i) => {
      for (const edge of ['top', 'bottom', 'left', 'right'] as const) expect(Math.abs(line[edge] - expected[i]![edge]), `line ${i + 1} ${edge}`).toBeLessThan(0.5);
    });
    expect(Math.abs(centreX(actual[0]!) - 106)).toBeLessThan(0.5);
  });

  it.skipIf(!SOFFICE)('puts them in the same places in the DOCX as LibreOffice renders it, the 文号 centred as in the PDF', () => {
    const rendered = libreOfficePdf(preprinted.docx, 'preprinted');
    const actual = openingLines(rendered);
    expect(actual).toHaveLength(3);
    // on the same paper, from the same writer: where that writer's printed 版头 puts them
    const printedInDocx = openingLines(libreOfficePdf(printedHead.docx, 'printed'));
    actual.forEach((line, i) => {
      for (const edge of ['top', 'bottom', 'left', 'right'] as const) expect(Math.abs(line[edge] - printedInDocx[i]![edge]), `line ${i + 1} ${edge}`).toBeLessThan(0.5);
    });
    // and where the PDF puts them: LibreOffice sets every 3号 line's glyphs about 1.1 mm lower in
    // their grid line than Chromium does (the body lines of a notice without 版头 too), the 2号
    // title's within 0.4 mm
    const inPdf = openingLines(printedHead.pdf);
    actual.forEach((line, i) => {
      expect(Math.abs(line.top - inPdf[i]!.top), `line ${i + 1} top`).toBeLessThan(i === 0 ? 1.5 : 1);
      expect(Math.abs(centreX(line) - centreX(inPdf[i]!)), `line ${i + 1} centre`).toBeLessThan(1);
    });
    const raster = rasterize({ path: rendered, page: 1, dpi: 200, colour: true });
    expect(inkBox(raster, anyInk, { top: 0, bottom: actual[0]!.top - 0.5 })).toBeUndefined();
  });
});

describe('**…** in a narrative', () => {
  it('builds a PDF that embeds no Type 3 font (no synthetic bold)', () => {
    const fonts = execFileSync('pdffonts', [preprinted.pdf], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((line) => /Type 3/.test(line))).toEqual([]);
  });

  it('is 黑体 at the regular weight in the DOCX too, as the Strong character style', () => {
    const parts = unzipSync(readFileSync(preprinted.docx));
    const documentXml = strFromU8(parts['word/document.xml']!);
    const run = /<w:r>(?:(?!<\/w:r>).)*日常巡检缺位(?:(?!<\/w:r>).)*<\/w:r>/.exec(documentXml)?.[0] ?? '';
    expect(run).toContain('<w:rStyle w:val="Strong"/>');
    expect(run).not.toMatch(/<w:b\/>|<w:b w:val="(?:1|true)"\/>/);
    const stylesXml = strFromU8(parts['word/styles.xml']!);
    const strong = /<w:style w:type="character" w:styleId="Strong">.*?<\/w:style>/s.exec(stylesXml)?.[0] ?? '';
    expect(strong).toMatch(/w:eastAsia="(?:黑体|SimHei)"/);
    expect(strong).not.toMatch(/<w:b\/>/);
  });
});
