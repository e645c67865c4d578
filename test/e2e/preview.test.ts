// tongbao preview on localhost: the page is served, a saved change rebuilds it and tells
// the open page to reload, a data error shows on the page and the watch goes on.

import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview, type PreviewServer } from '../../src/preview/index.js';
import { useYamlRecords } from '../fixtures/example-yaml/use.js';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

let project: string;
let quarterFile: string;
let preview: PreviewServer;

beforeAll(async () => {
  project = mkdtempSync(join(tmpdir(), 'tongbao-preview-'));
  writeFileSync(join(project, 'package.json'), '{}\n');
  cpSync(join(PROJECT_ROOT, 'data', '示例市'), join(project, 'data', '示例市'), { recursive: true });
  // a unit edited as YAML text below
  useYamlRecords(join(project, 'data', '示例市'));
  quarterFile = join(project, 'data', '示例市', '2025-q3.yaml');
  preview = await startPreview({ file: quarterFile, port: 0, quietMs: 50 });
});

afterAll(async () => {
  await preview?.close();
});

/** Rewrites the quarter file as an editor would, and waits for the rebuild it causes. */
async function edit(file: string, from: string, to: string) {
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  const rebuilt = preview.nextBuild();
  writeFileSync(file, text.replace(from, to));
  return rebuilt;
}

/** Saves as sed -i and many editors do: a new file written beside the old one and renamed over it. */
async function editByRename(file: string, from: string, to: string) {
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  const rebuilt = preview.nextBuild();
  writeFileSync(`${file}.tmp-save`, text.replace(from, to));
  renameSync(`${file}.tmp-save`, file);
  return rebuilt;
}

/** The next Server-Sent Event on an open /events stream. */
async function nextEvent(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<string> {
  const decoder = new TextDecoder();
  let received = '';
  while (!received.includes('event:')) {
    const { value, done } = await reader.read();
    if (done) throw new Error('the event stream ended');
    received += decoder.decode(value);
  }
  return received.slice(received.indexOf('event:')).trim();
}

describe('tongbao preview', () => {
  it('serves the notice on 127.0.0.1 with only the reload script, under a policy that blocks other requests', async () => {
    expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const response = await fetch(preview.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'.*script-src 'sha256-/);
    const page = await response.text();
    // the title's lines as the print page breaks them, joined again on a narrow screen by the web stylesheet
    expect(page).toContain('<h1>示例市人民政府办公室关于2025年第三季度<br>全市政府网站和政务新媒体检查情况的通报</h1>');
    expect(page.match(/<script\b/g)).toHaveLength(1);
    expect(page).toContain('new EventSource("/events")');
  });

  it('refuses a request that names another host (DNS rebinding)', async () => {
    const status = await new Promise<number | undefined>((done, fail) => {
      const url = new URL(preview.url);
      request({ host: url.hostname, port: url.port, path: '/', headers: { host: 'attacker.example' } }, (response) => {
        response.resume();
        done(response.statusCode);
      })
        .on('error', fail)
        .end();
    });
    expect(status).toBe(403);
  });

  it('rebuilds when the data changes and tells the open page to reload', async () => {
    const events = await fetch(new URL('/events', preview.url));
    expect(events.headers.get('content-type')).toBe('text/event-stream');
    const reader = events.body!.getReader();
    const build = await edit(quarterFile, '示政办函〔2025〕18号', '示政办函〔2025〕27号');
    expect(build.ok).toBe(true);
    expect(await nextEvent(reader)).toBe('event: reload\ndata: ok');
    await reader.cancel();
    const page = await (await fetch(preview.url)).text();
    expect(page).toContain('示政办函〔2025〕27号');
    expect(page).not.toContain('示政办函〔2025〕18号');
  });

  it('sees every save made by renaming a new file over the old one, several in a row, and saves in place after them', async () => {
    const numbers = ['27', '31', '32', '33'];
    for (const [from, to] of numbers.slice(0, -1).map((n, i) => [n, numbers[i + 1]!] as const)) {
      const build = await editByRename(quarterFile, `示政办函〔2025〕${from}号`, `示政办函〔2025〕${to}号`);
      expect(build.ok).toBe(true);
      expect(await (await fetch(preview.url)).text()).toContain(`示政办函〔2025〕${to}号`);
    }
    const inPlace = await edit(quarterFile, '示政办函〔2025〕33号', '示政办函〔2025〕27号');
    expect(inPlace.ok).toBe(true);
    expect(await (await fetch(preview.url)).text()).toContain('示政办函〔2025〕27号');
  });

  it('rebuilds when the issuer settings change', async () => {
    const build = await edit(join(project, 'data', '示例市', '_issuer.yaml'), 'annotation: （此件公开发布）', 'annotation: （此件依申请公开）');
    expect(build.ok).toBe(true);
    expect(await (await fetch(preview.url)).text()).toContain('<p class="annotation">（此件依申请公开）</p>');
  });

  it('rebuilds when the previous quarter changes', async () => {
    const previousFile = join(project, 'data', '示例市', '2025-q2.yaml');
    const build = await edit(previousFile, 'period: { year: 2025, quarter: 2 }', 'period: { year: 2025, quarter: 1 }');
    // TB212: the previous quarter is no longer the quarter before
    expect(build.ok).toBe(false);
    expect(build.page).toContain('TB212');
    await edit(previousFile, 'period: { year: 2025, quarter: 1 }', 'period: { year: 2025, quarter: 2 }');
  });

  it('shows a data error in Chinese on the page, keeps watching, and shows the notice again once fixed', async () => {
    const broken = await edit(quarterFile, 'date: 2025-10-15', 'date: 2025-10-15\ndate: 2025-10-16');
    expect(broken.ok).toBe(false);
    const page = await (await fetch(preview.url)).text();
    expect(page).toContain('未能生成通报');
    expect(page).toMatch(/2025-q3\.yaml:\d+:\d+ date — 错误：.*（TB102）/);
    expect(page).not.toContain('<article');
    expect(page.match(/<script\b/g)).toHaveLength(1);
    const fixed = await edit(quarterFile, 'date: 2025-10-15\ndate: 2025-10-16', 'date: 2025-10-15');
    expect(fixed.ok).toBe(true);
    expect(await (await fetch(preview.url)).text()).toContain('<article class="notice">');
  });

  it('escapes whatever the data says when it shows a problem', async () => {
    const hostile = '"<img src=x onerror=alert(1)>"';
    const broken = await edit(quarterFile, 'veto: [首页不更新]', `veto: [${hostile}]`);
    expect(broken.ok).toBe(false);
    expect(broken.page).toContain('TB202');
    expect(broken.page).not.toContain('<img');
    expect(broken.page).toContain('&#x3C;img src=x onerror=alert(1)>');
    await edit(quarterFile, `veto: [${hostile}]`, 'veto: [首页不更新]');
  });

  it('rebuilds when a template in the issuer\'s folder changes', async () => {
    const template = join(project, 'data', '示例市', 'templates', 'partials', 'requirements.hbs');
    mkdirSync(dirname(template), { recursive: true });
    const bundled = readFileSync(join(PROJECT_ROOT, 'templates', 'partials', 'requirements.hbs'), 'utf8');
    const written = preview.nextBuild();
    writeFileSync(template, `预览测试：第一稿。\n\n${bundled}`);
    await written;
    const used = await edit(join(project, 'data', '示例市', '_issuer.yaml'), 'scope: 全市', 'scope: 全市\ntemplates: templates');
    expect(used.ok).toBe(true);
    expect(used.page).toContain('预览测试：第一稿。');
    const changed = await edit(template, '第一稿', '第二稿');
    expect(changed.ok).toBe(true);
    expect(changed.page).toContain('预览测试：第二稿。');
  });
});
