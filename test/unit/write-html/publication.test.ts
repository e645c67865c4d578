// Publishing on a government website: the page carries the <meta> the 政府网站网页设计规范
// requires, with the formats it gives, a <main> landmark around the notice, and the 政府信息公开
// form's fields are written beside it; a missing site setting is a warning naming it.

import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, check, prepareNotice } from '../../../src/build.js';
import type { NoticeDocument } from '../../../src/model/document.js';
import type { QuarterRecords } from '../../../src/model/records.js';
import { writeHtml } from '../../../src/write/html/index.js';
import { publicationWarnings } from '../../../src/write/html/publication.js';
import type { OutputFile } from '../../../src/write/types.js';

const EXAMPLE = resolve(import.meta.dirname, '../../../data/示例市/2025-q3.yaml');
const noBrowser = { browser: () => Promise.reject(new Error('the HTML writer must not start a browser')), printsPdf: false };
const decode = (file: OutputFile | undefined) => new TextDecoder().decode(file?.bytes);

let records: QuarterRecords;
let document: NoticeDocument;
let files: OutputFile[];
let page: Root;

const meta = (name: string) => select(`meta[name="${name}"]`, page)?.properties.content;
const file = (name: string) => files.find((f) => f.name === name);

beforeAll(async () => {
  ({ records, document } = await prepareNotice(EXAMPLE, () => {}));
  files = await writeHtml(document, noBrowser);
  page = fromHtml(decode(file('通报.html')));
});

describe('the published page', () => {
  it('carries every <meta> the 规范 requires of an article page, from the issuer’s site settings and the notice', () => {
    const site = records.issuer.site!;
    expect(meta('SiteName')).toBe(site.name);
    expect(meta('SiteDomain')).toBe(site.domain);
    expect(meta('SiteIDCode')).toBe(site.idCode);
    expect(meta('ColumnName')).toBe(site.column);
    expect(meta('ArticleTitle')).toBe(document.titleText);
    expect(meta('PubDate')).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(meta('PubDate')).toBe(`${records.date} 00:00`);
    expect(meta('ContentSource')).toBe(records.issuer.name);
    expect(meta('Keywords')).toBe(site.keywords!.join(','));
    expect(meta('Author')).toBe(records.issuer.name);
    // each once
    expect(selectAll('meta[name]', page).map((m) => m.properties.name)).toHaveLength(new Set(selectAll('meta[name]', page).map((m) => m.properties.name)).size);
  });

  it('describes the notice with the figures it prints', () => {
    const description = String(meta('Description'));
    const websites = records.websites.filter((w) => w.checked).length;
    expect(description).toContain(`共检查政府网站${websites}家`);
    expect(description).toMatch(/合格率\d+(\.\d)?%/);
    expect(description).not.toMatch(/[*_\\]/);
  });

  it('has the notice inside a <main> landmark', () => {
    expect(selectAll('main', page)).toHaveLength(1);
    expect(select('body > main > article', page)).toBeDefined();
  });
});

describe('the 政府信息公开 fields beside the page', () => {
  it('fill the form in JSON and as readable text, the 索引号 from its pattern', () => {
    const fields = JSON.parse(decode(file('通报.公开信息.json'))) as Record<string, string | null>;
    expect(Object.keys(fields)).toEqual(['索引号', '信息名称', '文号', '发布机构', '成文日期', '主题分类', '公开属性', '关键词', '内容概述']);
    expect(records.issuer.site?.indexNumber).toBe('11449900MB0000000X/{年}-{文号序号}');
    expect(records.docNumber).toBe('示政办函〔2025〕18号');
    expect(fields['索引号']).toBe('11449900MB0000000X/2025-18');
    expect(fields['信息名称']).toBe(document.titleText);
    expect(fields['文号']).toBe(records.docNumber);
    expect(fields['发布机构']).toBe(records.issuer.name);
    expect(fields['成文日期']).toBe(records.date);
    expect(fields['主题分类']).toBe(records.issuer.site?.topic);
    expect(fields['公开属性']).toBe('主动公开');
    expect(fields['内容概述']).toBe(meta('Description'));
    const text = decode(file('通报.公开信息.txt')).trimEnd().split('\n');
    expect(text).toEqual(Object.entries(fields).map(([label, value]) => `${label}：${value ?? ''}`));
  });
});

describe('site settings not made', () => {
  it('warn once when the page is built, naming every missing setting, at the issuer settings; the page leaves those <meta> out', async () => {
    const partial = { ...document, publication: { ...document.publication!, site: { name: '示例市人民政府门户网站' } } };
    const [warning, ...more] = publicationWarnings(partial);
    expect(more).toEqual([]);
    expect(warning?.code).toBe('TB309');
    expect(warning?.severity).toBe('warning');
    expect(warning?.place?.file).toBe(join('data', '示例市', '_issuer.yaml'));
    for (const setting of ['domain', 'idCode', 'column', 'indexNumber', 'topic', 'openness']) expect(warning?.message).toContain(setting);
    expect(warning?.message).not.toContain('name（');
    expect(publicationWarnings(document)).toEqual([]);
    const withoutSite = await writeHtml({ ...document, publication: { ...document.publication!, site: {} } }, noBrowser);
    const bare = fromHtml(decode(withoutSite.find((f) => f.name === '通报.html')));
    expect(select('meta[name="SiteDomain"]', bare)).toBeUndefined();
    expect(select('meta[name="ArticleTitle"]', bare)?.properties.content).toBe(document.titleText);
  });
});

describe('an issuer that has not set up its website', () => {
  it('gets the warning from a build that writes the page, not from check', async () => {
    const project = mkdtempSync(join(tmpdir(), 'tongbao-site-'));
    writeFileSync(join(project, 'package.json'), '{}\n');
    const folder = join(project, 'data', '本市');
    cpSync(resolve(EXAMPLE, '..'), folder, { recursive: true });
    const issuerFile = join(folder, '_issuer.yaml');
    const settings = readFileSync(issuerFile, 'utf8');
    const withoutSite = settings.replace(/^site:\n(?: {2}.*\n)+/m, '');
    expect(withoutSite).not.toMatch(/^site:/m);
    writeFileSync(issuerFile, withoutSite);
    const quarter = join(folder, '2025-q3.yaml');
    const logged = (lines: string[]) => (line: string) => void lines.push(line);
    const built: string[] = [];
    await build({ files: [quarter], formats: ['html'], outDir: join(project, 'out'), projectRoot: project, log: logged(built) });
    expect(built.filter((line) => line.includes('TB309'))).toHaveLength(1);
    const checked: string[] = [];
    await check({ files: [quarter], projectRoot: project, log: logged(checked) });
    expect(checked.join('\n')).not.toContain('TB309');
  });
});
