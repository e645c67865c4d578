// Builds the bundled example through the public build() API, in all three formats, and
// reads the real outputs: the DOCX XML, the PDF's text and page size, the HTML DOM.
// The figures asserted here were worked out by hand from data/示例市/2025-q{2,3}.yaml.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, prepareNotice } from '../../src/build.js';
import { printArticle } from '../../src/write/pdf/print-page.js';
import { titleLines } from '../fixtures/title-lines.js';
import { dark, inkBands, loneTableLines, pageCount, pageWords, rasterize } from '../unit/write-pdf/measure.js';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

let folder: string;
let html: Root;
let pdfText: string;
let docx: Record<string, string>;
/** the article the PDF is printed from (版头, 版记 and all) */
let printed: Element;

beforeAll(async () => {
  const outDir = mkdtempSync(join(tmpdir(), 'tongbao-e2e-'));
  const [notice] = await build({ files: [], formats: ['html', 'docx', 'pdf'], outDir, projectRoot: PROJECT_ROOT });
  folder = notice!.folder;
  html = fromHtml(readFileSync(join(folder, '通报.html'), 'utf8'));
  pdfText = execFileSync('pdftotext', ['-layout', join(folder, '通报.pdf'), '-'], { encoding: 'utf8' });
  const parts = unzipSync(readFileSync(join(folder, '通报.docx')));
  docx = Object.fromEntries(Object.entries(parts).filter(([name]) => /\.(xml|rels)$/.test(name)).map(([name, bytes]) => [name, strFromU8(bytes)]));
  printed = printArticle((await prepareNotice(join(PROJECT_ROOT, 'data/示例市/2025-q3.yaml'), () => {})).document);
});

function hasMutool(): boolean {
  try {
    execFileSync('mutool', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The text of the notice with the layout's line breaks and spaces taken out. */
function flat(text: string): string {
  return text.replace(/\s+/g, '');
}

const TITLE = '示例市人民政府办公室关于2025年第三季度全市政府网站和政务新媒体检查情况的通报';

// by hand: Q3 websites 24 running, 22 checked, 2 failing → 20/22 = 90.909…% → 90.9%, 22/24 → 91.7%;
// Q2 18/21 = 85.714…% → 85.7%, so +5.2 个百分点. Accounts Q3 79/74/5 → 69/74 = 93.24…% → 93.2%,
// 74/79 → 93.7%; Q2 66/72 = 91.67% → 91.7%, so +1.5. Mean 扣分 score 1613/20 = 80.65, Q2 2809/36 = 78.03 → +2.62.
const FIGURES = [
  '正常运行的政府网站共24家',
  '本季度共检查政府网站22家，抽查比例为91.7%',
  '发现不合格网站2家，合格率为90.9%，较上季度提高5.2个百分点',
  '扣分指标平均得分80.65分，较上季度提高2.62分',
  '正常运行的政务新媒体共79个',
  '本季度共检查政务新媒体74个，抽查比例为93.7%',
  '合格率为93.2%，较上季度提高1.5个百分点',
];

const FAILING_SITES = ['示例市农业农村局网站', '示例市文化广电旅游局网站'];
const FAILING_ACCOUNTS = ['示例市R&D服务', '东城社区通', '南湖文旅', '北山应急', '青溪农业'];

describe('building the bundled example', () => {
  it('writes the files of the latest quarter to out/<issuer>/<quarter>/: four formats and the 公开 form’s fields', () => {
    expect(folder.endsWith(join('示例市', '2025-q3'))).toBe(true);
    expect(readdirSync(folder).sort()).toEqual(['图1.png', '图1.svg', '通报.docx', '通报.fragment.html', '通报.html', '通报.pdf', '通报.公开信息.json', '通报.公开信息.txt']);
  });
});

describe('the HTML', () => {
  it('has the title, numbered sections and every computed figure', () => {
    expect(toString(select('h1', html)!)).toBe(TITLE);
    expect(selectAll('h2', html).map((h) => toString(h))).toEqual(
      expect.arrayContaining(['一、总体情况', '二、存在的主要问题', '三、下一步工作要求']),
    );
    const text = flat(toString(select('article', html)!));
    for (const figure of FIGURES) expect(text).toContain(figure);
  });

  it('lists the failing units from the records in the attachment tables, linked from 附件说明', () => {
    const tables = selectAll('section table', html);
    expect(tables).toHaveLength(2);
    const column = (table: Element, index: number) => selectAll('tbody tr', table).map((row) => toString(selectAll('td', row)[index]!));
    expect(column(tables[0]!, 2)).toEqual(FAILING_SITES);
    expect(column(tables[1]!, 3)).toEqual(FAILING_ACCOUNTS);
    for (const link of selectAll('a[href^="#"]', html)) {
      const id = String(link.properties.href).slice(1);
      expect(select(`[id="${id}"]`, html), `anchor ${id}`).toBeTruthy();
    }
  });

  it('carries no seal and no script', () => {
    expect(selectAll('img', html)).toHaveLength(0);
    expect(selectAll('script', html)).toHaveLength(0);
  });
});

describe('the PDF', () => {
  it('is A4 and carries the title, the figures, the attachments and page numbers', () => {
    const info = execFileSync('pdfinfo', [join(folder, '通报.pdf')], { encoding: 'utf8' });
    const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
    expect(Math.abs(Number(width) - 595.28)).toBeLessThan(1.5);
    expect(Math.abs(Number(height) - 841.89)).toBeLessThan(1.5);
    expect(flat(pdfText)).toContain('—1—');
    // a sentence may run over a page break, where the page number's footer comes in between
    const text = flat(pdfText).replace(/—\d+—/g, '');
    expect(text).toContain(TITLE);
    for (const figure of FIGURES) expect(text).toContain(figure);
    for (const name of [...FAILING_SITES, ...FAILING_ACCOUNTS]) expect(text).toContain(name);
    expect(text).toContain('附件1');
  });

  it('says in its properties what the page and the 公开 form say: the 内容概述 as Subject, the site’s keywords, tagged', () => {
    const info = execFileSync('pdfinfo', [join(folder, '通报.pdf')], { encoding: 'utf8' });
    const property = (name: string) => new RegExp(`^${name}:\\s+(.*)$`, 'm').exec(info)?.[1];
    const disclosure = JSON.parse(readFileSync(join(folder, '通报.公开信息.json'), 'utf8')) as Record<string, string>;
    expect(property('Title')).toBe(TITLE);
    expect(property('Subject')).toBe(disclosure['内容概述']);
    expect(property('Keywords')).toBe('政府网站,政务新媒体,检查,通报');
    expect(property('Author')).toBe(disclosure['发布机构']);
    expect(property('Tagged')).toBe('yes');
  });
});

/** The printed text in blocks as the notice composes them, each as one run of characters. */
function sourceBlocks(): string[] {
  const blocks = selectAll('h1, h2, h3, h4, p', printed).filter((block) => !select('img', block));
  return blocks.map((block) => flat(toString(block))).filter(Boolean);
}

/** Characters a reader's copy must never hold: Kangxi and CJK radicals, compatibility ideographs. */
const LOOK_ALIKES = /[\u2E80-\u2FDF\uF900-\uFAFF]/u;

describe('the PDF’s fonts and text', () => {
  it('embeds every font as a named CID TrueType font, none as Type 3', () => {
    const lines = execFileSync('pdffonts', [join(folder, '通报.pdf')], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.filter((line) => line.includes('Type 3'))).toEqual([]);
    for (const line of lines) expect(line).toMatch(/^[A-Z]{6}\+\S+\s+CID TrueType\s/);
  });

  it('copies as the text it was made from: every block whole, no character that is not in the source', () => {
    const text = flat(pdfText).replace(/—\d+—/g, '');
    const blocks = sourceBlocks();
    expect(blocks.length).toBeGreaterThan(20);
    for (const block of blocks) expect(text).toContain(block);
    const sourceCharacters = new Set([...toString(printed), '—', ...'0123456789']);
    expect([...new Set(text)].filter((c) => !sourceCharacters.has(c))).toEqual([]);
    expect(text).not.toMatch(LOOK_ALIKES);
  });

  it.skipIf(!hasMutool())('copies the same way through MuPDF’s text extraction', () => {
    const text = flat(execFileSync('mutool', ['draw', '-q', '-F', 'txt', '-o', '-', join(folder, '通报.pdf')], { encoding: 'utf8' })).replace(/—\d+—/g, '');
    for (const block of sourceBlocks()) expect(text).toContain(block);
    expect(text).not.toMatch(LOOK_ALIKES);
  });
});

/** The lines of each title (标题, attachment titles) in the DOCX: its paragraphs split at <w:br/>. */
function docxTitleLines(): string[][] {
  const paragraphs = docx['word/document.xml']!.match(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="(?:Title|AttachmentTitle)"\/>.*?<\/w:p>/g) ?? [];
  return paragraphs.map((p) => p.split('<w:br/>').map((line) => line.replace(/<[^>]+>/g, '')));
}

describe('the PDF’s 版记 and tables', () => {
  it('rules the 版记 across the 156 mm text block of the last page, the last rule on its bottom edge (262 mm)', () => {
    const path = join(folder, '通报.pdf');
    const last = pageCount(path);
    const raster = rasterize({ path, page: last, dpi: 600, area: { top: 37, bottom: 263, left: 0, right: 210 } });
    const rules = inkBands(raster, dark).filter((band) => band.bottom - band.top < 0.6 && band.right - band.left > 100);
    expect(rules).toHaveLength(3);
    for (const rule of rules) expect(Math.abs(rule.right - rule.left - 156)).toBeLessThan(0.5);
    expect(Math.abs(rules.at(-1)!.bottom - 262)).toBeLessThan(0.5);
  });

  it('prints no table cell with one character alone on a line (“南湖区文化和旅游/局”)', () => {
    const path = join(folder, '通报.pdf');
    const words = Array.from({ length: pageCount(path) }, (_, i) => pageWords(path, i + 1)).flat();
    const lone = loneTableLines(words);
    expect(words.some((word) => word.text === '南湖区文化和旅游局' || word.text.startsWith('南湖区文化'))).toBe(true);
    expect(lone.map((word) => word.text)).toEqual([]);
  });
});

describe('the title lines', () => {
  it('are the same in the DOCX, the web page and the PDF', () => {
    const lines = docxTitleLines();
    expect(lines).toHaveLength(3);
    expect(lines.some((title) => title.length > 1)).toBe(true);
    expect(titleLines(html)).toEqual(lines);
    // a PDF line of the title is a word of its own: no space inside, and a line ends a word
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(folder, '通报.pdf')], { encoding: 'utf8' }))![1]);
    const words = Array.from({ length: pages }, (_, i) =>
      [...execFileSync('pdftotext', ['-bbox', '-f', String(i + 1), '-l', String(i + 1), join(folder, '通报.pdf'), '-'], { encoding: 'utf8' }).matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map((m) => m[1]),
    ).flat();
    for (const title of lines) {
      // 7.3.1 回行时要做到词意完整: never a line of one character
      for (const line of title) expect([...line].length, line).toBeGreaterThan(1);
      for (const line of title) expect(words).toContain(line);
      if (title.length > 1) expect(words).not.toContain(title.join(''));
    }
  });
});

describe('the DOCX properties', () => {
  it('are the PDF’s: the 内容概述 as subject and description, the site’s keywords', () => {
    const core = strFromU8(unzipSync(readFileSync(join(folder, '通报.docx')))['docProps/core.xml']!);
    const disclosure = JSON.parse(readFileSync(join(folder, '通报.公开信息.json'), 'utf8')) as Record<string, string>;
    expect(core).toContain(`<dc:subject>${disclosure['内容概述']}</dc:subject>`);
    expect(core).toContain(`<dc:description>${disclosure['内容概述']}</dc:description>`);
    expect(core).toContain('<cp:keywords>政府网站,政务新媒体,检查,通报</cp:keywords>');
  });
});

describe('the DOCX', () => {
  it('has A4 with GB/T 9704 margins and a footer with a PAGE field between U+2014 dashes', () => {
    const body = docx['word/document.xml']!;
    expect(body).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(body).toMatch(/<w:pgMar [^>]*w:top="2098"[^>]*w:right="1474"[^>]*w:bottom="1984"[^>]*w:left="1587"/);
    // the body's section numbers its odd and even pages; the 版记's own section shows no number
    const numbered = /<w:sectPr>.*?<\/w:sectPr>/.exec(body)?.[0] ?? '';
    const rels = docx['word/_rels/document.xml.rels']!;
    const footers = [...numbered.matchAll(/<w:footerReference w:type="(?:default|even)" r:id="(rId\d+)"\/>/g)].map(
      ([, id]) => docx[`word/${new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.slice(1).find(Boolean)}`] ?? '',
    );
    expect(footers).toHaveLength(2);
    for (const footer of footers) {
      expect(footer).toContain('PAGE');
      expect(footer).toContain('\u2014');
    }
  });

  it('styles the body 3号 仿宋_GB2312 and the headings with the built-in heading styles', () => {
    const styles = docx['word/styles.xml']!;
    expect(styles).toMatch(/w:eastAsia="仿宋_GB2312"/);
    expect(styles).toMatch(/<w:style [^>]*w:styleId="Heading1"[\s\S]*?<w:name w:val="heading 1"\/>/);
    expect(styles).not.toMatch(/asciiTheme|eastAsiaTheme/);
    const body = docx['word/document.xml']!;
    expect(body).toMatch(/<w:pStyle w:val="Heading1"\/>/);
  });

  it('carries the computed figures and the failing units as text', () => {
    const text = flat(docx['word/document.xml']!.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&'));
    expect(text).toContain(TITLE);
    for (const figure of FIGURES) expect(text).toContain(figure);
    for (const name of [...FAILING_SITES, ...FAILING_ACCOUNTS]) expect(text).toContain(name);
  });
});
