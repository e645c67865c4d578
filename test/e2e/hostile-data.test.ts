// Whatever the data contains, the published HTML carries no script and no active content,
// and every format shows the data as the characters it is. Every text field the notice
// prints gets a hostile value (raw HTML, Markdown, javascript: links, entity-encoded
// variants, newlines) in a copy of the example, built through build() in all three formats.

import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { build } from '../../src/build.js';
import { useYamlRecords } from '../fixtures/example-yaml/use.js';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '[点我](javascript:alert(1))',
  '<a href="javascript:alert(1)">点我</a>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '<a href="&#106;avascript:alert(1)">点</a>&#x6A;avascript:',
  '*粗* _斜_ | # `码` <b onclick="x()">',
  '<iframe src="https://evil.example/"></iframe><form action=x><object data=x><embed src=x>',
  '第一行\n# 第二行\n- 第三行',
];

/** Each field gets its own value: a name-like text around one payload, so a field that goes missing is found. */
function hostile(field: number, before = `甲${field}`, after = '乙'): string {
  return `${before}${PAYLOADS[field % PAYLOADS.length]}${after}`;
}

type Data = Record<string, any>;

/** Every printed text field of the issuer and the quarter set to a hostile value; returns what each field now holds. */
function makeHostile(issuer: Data, quarter: Data): { web: string[]; printOnly: string[] } {
  const values: string[] = [];
  const kept = (value: string) => {
    values.push(value);
    return value;
  };
  const next = (before?: string, after?: string) => kept(hostile(values.length, before, after));
  // a unit's name, owner, region and kind identify it: the loader refuses a line break in them (TB121)
  const nextName = (before?: string, after?: string) => kept(hostile(values.length, before, after).replaceAll('\n', ' '));
  issuer.name = next('示例市', '人民政府办公室');
  issuer.shortName = next();
  issuer.scope = next();
  issuer.addressees = next('各区', '部门：');
  issuer.basis = [next('《', '的通知》'), next('《', '的意见》')];
  issuer.contact = { recipient: next(), person: next(), phone: next('0000-123', ''), email: next('a', '@example.gov.cn') };
  issuer.annotation = next('（', '）');
  quarter.docNumber = next('', '示政办函〔2025〕18号');
  const failingSites = quarter.websites.filter((site: Data) => site.veto);
  for (const site of failingSites) Object.assign(site, { name: nextName(), owner: nextName(), problem: next() });
  // a region whose every site passed is printed (合格率达100%的地区); so is every site kind
  const passingRegion = quarter.websites.find((site: Data) => site.region === '东城区').region;
  const hostileRegion = nextName('东城', '区');
  for (const site of quarter.websites) if (site.region === passingRegion) site.region = hostileRegion;
  const hostileKind = nextName('部门', '网站');
  for (const site of quarter.websites) if (site.kind === '部门网站') site.kind = hostileKind;
  const failingAccounts = quarter.accounts.filter((account: Data) => account.veto);
  for (const account of failingAccounts) Object.assign(account, { name: nextName(), owner: nextName(), problem: next() });
  quarter.messages[0].name = next('我为', '找错');
  const web = [...values];
  issuer.letterhead.organ = next('', '文件');
  issuer.colophon = { copyTo: [next(), next()], printedBy: next() };
  return { web, printOnly: values.slice(web.length) };
}

const NARRATIVE_PROBLEMS = [
  '## 问题<script>alert(1)</script>',
  '',
  '内容[点我](javascript:alert(1))，<a href="javascript:alert(2)">链接</a>，<img src=x onerror=alert(3)>，<svg onload=alert(4)>。',
  '',
  '<iframe src="https://evil.example/"></iframe>',
  '',
  '图片![描述文字](https://tracker.example/p.png)，编码&#106;avascript:alert(5)和&lt;script&gt;，[引用][r]和![引图][r]。',
  '',
  '[r]: javascript:alert(7)',
].join('\n');

const NARRATIVE_REQUIREMENTS =
  '## 要求\n\n<form action="https://evil.example/"><input name=x></form>[链](  JaVaScRiPt:alert(6))。\n\n> 引文段落\n\n---\n\n```\n代码段落\n```';

/** Text as the reader sees it, without the layout's line breaks and spaces. */
const flat = (text: string) => text.replace(/\s+/g, '');

const xmlText = (xml: string) =>
  xml
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

let fields: { web: string[]; printOnly: string[] };
let htmlSource: string;
let html: Root;
let fragment: Root;
let docxText: string;
let docxParts: Record<string, string>;
let pdfText: string;

beforeAll(async () => {
  const project = mkdtempSync(join(tmpdir(), 'tongbao-hostile-'));
  writeFileSync(join(project, 'package.json'), '{}\n');
  const folder = join(project, 'data', '示例市');
  cpSync(join(PROJECT_ROOT, 'data', '示例市'), folder, { recursive: true });
  // hostile text goes into the units as YAML
  useYamlRecords(folder);
  const issuer = parse(readFileSync(join(folder, '_issuer.yaml'), 'utf8')) as Data;
  const quarter = parse(readFileSync(join(folder, '2025-q3.yaml'), 'utf8')) as Data;
  fields = makeHostile(issuer, quarter);
  quarter.narrative = { problems: NARRATIVE_PROBLEMS, requirements: NARRATIVE_REQUIREMENTS };
  writeFileSync(join(folder, '_issuer.yaml'), stringify(issuer));
  writeFileSync(join(folder, '2025-q3.yaml'), stringify(quarter));

  const [notice] = await build({
    files: [join(folder, '2025-q3.yaml')],
    formats: ['html', 'docx', 'pdf'],
    outDir: join(project, 'out'),
    projectRoot: PROJECT_ROOT,
  });
  const out = notice!.folder;
  htmlSource = readFileSync(join(out, '通报.html'), 'utf8');
  html = fromHtml(htmlSource);
  fragment = fromHtml(readFileSync(join(out, '通报.fragment.html'), 'utf8'), { fragment: true });
  docxParts = Object.fromEntries(
    Object.entries(unzipSync(readFileSync(join(out, '通报.docx'))))
      .filter(([name]) => /\.(xml|rels)$/.test(name))
      .map(([name, bytes]) => [name, strFromU8(bytes)]),
  );
  docxText = flat(xmlText(docxParts['word/document.xml']!));
  // -raw keeps the order text was drawn in, so a table cell's wrapped lines stay together
  pdfText = flat(execFileSync('pdftotext', ['-raw', join(out, '通报.pdf'), '-'], { encoding: 'utf8' })).replace(/—\d+—/g, '');
}, 120_000);

/** The page's content is its <article>; the fragment is all content, with no wrapper a CMS filter would drop. */
const pageContent = () => select('article', html)!;
const fragmentContent = () => fragment;

/** Presentation the fragment carries inline: tongbao's own fixed declarations, never text from the data. */
const OWN_STYLE = /^(?:[a-z-]+:[\w .%#-]+;?)+$/;

describe.each([
  ['the standalone page', pageContent, { inlineStyle: false, links: true, ownImages: false }],
  ['the CMS fragment', fragmentContent, { inlineStyle: true, links: false, ownImages: true }],
])('%s', (_name, content, allows) => {
  it('has no script, no active element and no form control', () => {
    expect(content()).toBeDefined();
    expect(selectAll('script, iframe, object, embed, form, input, style', content())).toHaveLength(0);
    // the only SVG is tongbao's own chart (图1), drawn from the figures, never from the data's text; the fragment has it as an image file
    expect(selectAll('svg', content()).every((svg) => selectAll('figure.chart > svg', content()).includes(svg))).toBe(true);
    if (!allows.ownImages) expect(selectAll('img', content())).toHaveLength(0);
  });

  it('has no event-handler attribute, no style but tongbao’s own and no javascript: URL', () => {
    const elements = selectAll('*', content());
    expect(elements.length).toBeGreaterThan(100);
    for (const element of elements) {
      for (const [name, value] of Object.entries(element.properties)) {
        expect(name.toLowerCase().startsWith('on'), `${element.tagName}.${name}`).toBe(false);
        if (name === 'style') {
          expect(allows.inlineStyle, `${element.tagName}.style`).toBe(true);
          expect(String(value), `${element.tagName}.style`).toMatch(OWN_STYLE);
        }
        expect(String(value).replace(/[\s\u0000-\u001f]/g, ''), `${element.tagName}.${name}`).not.toMatch(/^(java|vb)script:/i);
      }
    }
  });

  it('links only inside the page, and loads nothing but its own chart images beside it', () => {
    const hrefs = selectAll('[href]', content()).map((a) => String(a.properties.href));
    // the fragment has no ids for links to reach: a CMS filter strips them
    expect(hrefs.length > 0).toBe(allows.links);
    expect(hrefs.every((href) => href.startsWith('#'))).toBe(true);
    const sources = selectAll('[src], [srcset], [poster], [data]', content()).map((e) => String(e.properties.src));
    expect(sources.every((src) => /^\.\/图\d+\.png$/.test(src))).toBe(true);
    expect(sources.length > 0).toBe(allows.ownImages);
  });

  it('shows every hostile field as the characters the data holds', () => {
    const text = flat(toString(content()));
    for (const value of fields.web) expect(text, value).toContain(flat(value));
  });
});

describe('the standalone page', () => {
  it('has no <script anywhere in its source, and no markup from the data', () => {
    expect(htmlSource).not.toMatch(/<script/i);
    expect(htmlSource.replace(/<figure [^>]*class="chart"[\s\S]*?<\/figure>/g, '')).not.toMatch(/<(img|svg|iframe|form|b)\b/i);
    expect(selectAll('h1', html)).toHaveLength(1);
  });

  it('shows the narrative Markdown as text, its raw HTML as characters and an image as its description', () => {
    const text = flat(toString(select('article', html)!));
    expect(text).toContain('内容点我，<ahref="javascript:alert(2)">链接</a>，<imgsrc=xonerror=alert(3)>，<svgonload=alert(4)>。');
    expect(text).toContain('<iframesrc="https://evil.example/"></iframe>');
    expect(text).toContain('图片描述文字，编码javascript:alert(5)和<script>，引用和引图。');
    expect(text).toContain('<formaction="https://evil.example/"><inputname=x></form>');
    expect(text).not.toContain('tracker.example');
  });
});

describe('the DOCX', () => {
  it('shows every hostile field as text, the 版头 and 版记 too', () => {
    for (const value of [...fields.web, ...fields.printOnly]) expect(docxText, value).toContain(flat(value));
  });

  it('links nowhere: no hyperlink, no external relationship', () => {
    expect(docxParts['word/document.xml']).not.toContain('<w:hyperlink');
    const relationships = Object.entries(docxParts).filter(([name]) => name.endsWith('.rels'));
    expect(relationships.length).toBeGreaterThan(0);
    for (const [, xml] of relationships) expect(xml).not.toMatch(/TargetMode="External"|javascript:/i);
  });
});

describe('the PDF', () => {
  it('shows every hostile field as text, the 版头 and 版记 too', () => {
    for (const value of [...fields.web, ...fields.printOnly]) expect(pdfText, value).toContain(flat(value));
  });
});
