// Issue 13's measure of the DOCX, in LibreOffice standing in for Word: the bundled example and 19
// variants of it (信函格式, no 版头, a multi-page attachment, and the closing block walked down its
// last page and over the page break with a 45 mm and a 60 mm seal) built as an office builds
// them, in one `tongbao build`, the DOCXs converted by LibreOffice. At least 18 of the 20 paginate
// like the PDF (as many pages, each starting with the same line); the rest may not, because
// LibreOffice spaces figures from Chinese text (it ignores w:autoSpaceDE) and so can break a line
// with figures a character earlier than the PDF (README). No line hangs past the text block.

import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRID, PAGE } from '../../../src/layout/gbt9704.js';
import { useYamlRecords } from '../../fixtures/example-yaml/use.js';
import { pageCount, textBlockLineBoxes } from '../write-pdf/measure.js';
import { SOFFICE, convertWithLibreOffice, firstLines } from './libreoffice.js';

const PROJECT_ROOT = resolve(import.meta.dirname, '../../..');
const CLI = join(PROJECT_ROOT, 'bin', 'tongbao.mjs');
const EXAMPLE = '示例市';

type Edit = (text: string) => string;
interface Variant {
  readonly issuer?: Edit;
  readonly quarter?: Edit;
}

const LETTERHEAD = /^letterhead:\n(?: {2}.*\n)+/m;

/** Every checked, running account without a veto fails for 内容不更新, and 10 more websites fail: the attachment's tables run over pages. */
function manyFailing(quarter: string): string {
  const accounts = quarter.replace(/^ {2}- \{ id: a0\d\d.*\}$/gm, (line) =>
    /veto|checked: false|status:/.test(line) ? line : line.replaceAll(' }', ', veto: [内容不更新], problem: 监测时间点前两周内无更新，且“互动”栏目长期无回复 }'),
  );
  return ['w03', 'w05', 'w06', 'w08', 'w09', 'w10', 'w12', 'w14', 'w16', 'w18'].reduce(
    (text, id) =>
      text.replace(
        new RegExp(`( {2}- id: ${id}\\n(?: {4}.*\\n)*?) {4}scores: .*\\n(?: {4}bonus: .*\\n)?`),
        '$1    veto: [栏目不更新]\n    problem: “通知公告”“政策文件”“政务动态”等栏目长期未更新，部分栏目空白\n',
      ),
    accounts,
  );
}

const FILL = '各单位要对照检查指标逐项开展自查，建立问题台账，明确整改责任人和完成时限，确保问题整改到位。';

/** A paragraph of exactly `lines` full lines (a 2-character indent, then 28 a line) before the section on accounts, pushing the closing block down. */
function extraLines(lines: number): Edit {
  const length = PAGE.charsPerLine * lines - 2;
  const cut = FILL.repeat(Math.floor(length / FILL.length) + 1).slice(0, length - 1);
  // a sentence ends on a full stop, never on a comma followed by one
  const sentence = `${/[，。]$/.test(cut) ? `${cut.slice(0, -1)}查` : cut}。`;
  const heading = '    ## 规范账号管理\n';
  return (quarter) => quarter.replace(heading, `${heading}\n    ${sentence}\n`);
}

const largestSeal: Edit = (issuer) => issuer.replace('diameterMm: 45', 'diameterMm: 60');

const VARIANTS: Record<string, Variant> = {
  [EXAMPLE]: {},
  'v-letter': { issuer: (issuer) => issuer.replace(LETTERHEAD, 'letterhead:\n  format: letter\n  organ: 示例市人民政府办公室\n') },
  // what the README says to use with pre-printed letterhead paper
  'v-plain': { issuer: (issuer) => issuer.replace(LETTERHEAD, '') },
  'v-long': { quarter: manyFailing },
  ...Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`v-sig${String(i + 1).padStart(2, '0')}`, { quarter: extraLines(i + 1) }])),
  ...Object.fromEntries(Array.from({ length: 4 }, (_, i) => [`v-s60-${String(i + 1).padStart(2, '0')}`, { issuer: largestSeal, quarter: extraLines(i + 1) }])),
};
const NAMES = Object.keys(VARIANTS);

/** The example (its third quarter in YAML) and each variant, a data folder apiece in an office project. */
function variantsProject(folder: string): string {
  const project = join(folder, 'project');
  const example = join(project, 'data', EXAMPLE);
  cpSync(join(PROJECT_ROOT, 'data', EXAMPLE), example, { recursive: true });
  useYamlRecords(example);
  writeFileSync(join(project, 'package.json'), '{}\n');
  for (const [name, variant] of Object.entries(VARIANTS)) {
    if (name === EXAMPLE) continue;
    const data = join(project, 'data', name);
    cpSync(example, data, { recursive: true });
    for (const [file, edit] of [['_issuer.yaml', variant.issuer], ['2025-q3.yaml', variant.quarter]] as const) {
      if (!edit) continue;
      const original = readFileSync(join(data, file), 'utf8');
      const edited = edit(original);
      if (edited === original) throw new Error(`${name}: the edit of ${file} changed nothing — the example has changed`);
      writeFileSync(join(data, file), edited);
    }
  }
  return project;
}

/** How far a line may reach past the text block's right edge: half a character, a glyph's side bearing but never a hanging mark. */
const ALLOWANCE_MM = GRID.charPitchMm / 2;
/** The text block's right edge: the margins are mirrored, the 订口 (28 mm) on the left of odd pages, on the right of even ones. */
const rightEdgeMm = (page: number) => (page % 2 === 1 ? PAGE.marginLeftMm : PAGE.marginRightMm) + PAGE.textWidthMm;

const SUITE = SOFFICE ? 'the example and 19 variants in LibreOffice' : 'the example and 19 variants in LibreOffice — skipped: no soffice on the PATH';

describe.skipIf(!SOFFICE)(SUITE, () => {
  const folder = mkdtempSync(join(tmpdir(), 'tongbao-lo-variants-'));
  const built = new Map<string, { pdf: string; libreOffice: string }>();

  beforeAll(() => {
    const project = variantsProject(folder);
    // one build: the notices share one browser
    const run = spawnSync(process.execPath, [CLI, 'build', 'data', '--format', 'docx,pdf', '--quiet'], { cwd: project, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`tongbao build failed (${run.status}): ${run.stderr}`);
    const out = (name: string, extension: string) => join(project, 'out', name, '2025-q3', `通报.${extension}`);
    // LibreOffice names its PDF after the DOCX: one name a notice
    const docxPaths = NAMES.map((name) => {
      const path = join(folder, `${name}.docx`);
      copyFileSync(out(name, 'docx'), path);
      return path;
    });
    const libreOffice = convertWithLibreOffice(docxPaths, folder);
    for (const [index, name] of NAMES.entries()) built.set(name, { pdf: out(name, 'pdf'), libreOffice: libreOffice[index]! });
  }, 900_000);

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('paginates at least 18 of the 20 like the PDF: as many pages, each starting with the same line', () => {
    const misses = NAMES.flatMap((name) => {
      const { pdf, libreOffice } = built.get(name)!;
      const [expected, actual] = [firstLines(pdf), firstLines(libreOffice)];
      if (actual.join('\n') === expected.join('\n')) return [];
      const pages = expected.flatMap((line, i) => (actual[i] === line ? [] : [`p${i + 1}: ${actual[i] ?? '—'} | ${line}`]));
      return [`${name}: ${actual.length} pages in LibreOffice, ${expected.length} in the PDF; ${pages.join('; ')}`];
    });
    expect(NAMES.length - misses.length, `paginated unlike the PDF (LibreOffice | PDF):\n${misses.join('\n')}`).toBeGreaterThanOrEqual(18);
  });

  it('lets no line reach past the text block\'s right edge by half a character (no hanging punctuation)', () => {
    const hanging = NAMES.flatMap((name) => {
      const path = built.get(name)!.libreOffice;
      return Array.from({ length: pageCount(path) }, (_, i) => i + 1).flatMap((page) =>
        textBlockLineBoxes(path, page)
          .filter((line) => line.right > rightEdgeMm(page) + ALLOWANCE_MM)
          .map((line) => `${name} p${page}: …${line.text.slice(-4)} ${(line.right - rightEdgeMm(page)).toFixed(1)} mm past the edge`),
      );
    });
    expect(hanging).toEqual([]);
  });
});
