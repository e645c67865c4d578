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
import { build } from '../../src/build.js';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

let folder: string;
let html: Root;
let pdfText: string;
let docx: Record<string, string>;

beforeAll(async () => {
  const outDir = mkdtempSync(join(tmpdir(), 'tongbao-e2e-'));
  const [notice] = await build({ files: [], formats: ['html', 'docx', 'pdf'], outDir, projectRoot: PROJECT_ROOT });
  folder = notice!.folder;
  html = fromHtml(readFileSync(join(folder, '通报.html'), 'utf8'));
  pdfText = execFileSync('pdftotext', ['-layout', join(folder, '通报.pdf'), '-'], { encoding: 'utf8' });
  const parts = unzipSync(readFileSync(join(folder, '通报.docx')));
  docx = Object.fromEntries(Object.entries(parts).filter(([name]) => /\.(xml|rels)$/.test(name)).map(([name, bytes]) => [name, strFromU8(bytes)]));
});

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
