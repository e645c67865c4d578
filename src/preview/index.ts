// tongbao preview: builds the web page of one quarter in memory, serves it on 127.0.0.1 and
// rebuilds whenever the data or the templates change; the open page reloads itself through
// Server-Sent Events. A data error shows on the page in place of the notice and the watch
// goes on, so a clerk can keep typing and see the notice the moment the data is right.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { prepareNotice } from '../build.js';
import { isTongbaoError } from '../diagnostics/diagnostic.js';
import { formatDiagnostic } from '../diagnostics/report.js';
import type { QuarterRecords } from '../model/records.js';
import { FILE_NAMES } from '../write/file-names.js';
import { createBrowserSession } from '../write/pdf/browser.js';
import type { WriterContext } from '../write/types.js';
import { writeHtml } from '../write/html/index.js';
import { CONTENT_SECURITY_POLICY, EVENTS_PATH, RELOAD_EVENT, previewPage, problemPage } from './pages.js';
import { DEFAULT_PREVIEW_PORT } from './port.js';
import { watchedFolders, watchFolders } from './watch.js';

/** Never another interface: the preview may show unpublished data. */
export const PREVIEW_HOST = '127.0.0.1';

export interface PreviewOptions {
  /** the quarter file */
  readonly file: string;
  /** 8808 by default; 0 for any free port */
  readonly port?: number;
  /** how long the files must stay unchanged before a rebuild, in milliseconds */
  readonly quietMs?: number;
  readonly log?: (line: string) => void;
}

export interface PreviewBuild {
  /** false when the page lists problems instead of the notice */
  readonly ok: boolean;
  readonly page: string;
}

export interface PreviewServer {
  readonly url: string;
  readonly current: () => PreviewBuild;
  /** settles when the next rebuild has been served */
  readonly nextBuild: () => Promise<PreviewBuild>;
  readonly close: () => Promise<void>;
}

async function buildPage(file: string, context: WriterContext): Promise<{ build: PreviewBuild; records?: QuarterRecords; problems: string[] }> {
  try {
    const { records, document, warnings } = await prepareNotice(file, () => {});
    const page = (await writeHtml(document, context)).find((f) => f.name === FILE_NAMES.page);
    if (!page) throw new Error('HTML 写出器没有生成 通报.html');
    const html = previewPage({ page: new TextDecoder().decode(page.bytes), warnings });
    return { build: { ok: true, page: html }, records, problems: warnings.map(formatDiagnostic) };
  } catch (error) {
    if (isTongbaoError(error)) {
      return { build: { ok: false, page: problemPage({ diagnostics: error.diagnostics }) }, problems: error.diagnostics.map(formatDiagnostic) };
    }
    return { build: { ok: false, page: problemPage({ internalError: error }) }, problems: [String(error)] };
  }
}

/** Requests naming another host are refused, so a web page cannot reach the preview by DNS rebinding. */
function isLocalHost(request: IncomingMessage, port: number): boolean {
  return [`${PREVIEW_HOST}:${port}`, `localhost:${port}`].includes(request.headers.host ?? '');
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': 'no-store' });
  response.end(body);
}

export async function startPreview(options: PreviewOptions): Promise<PreviewServer> {
  const log = options.log ?? (() => {});
  const listeners = new Set<ServerResponse>();
  let waiting: Array<(build: PreviewBuild) => void> = [];
  let current: PreviewBuild;
  let lastRecords: QuarterRecords | undefined;
  // the HTML writer asks for a browser only where resvg cannot draw the chart pictures (LoongArch)
  const browser = createBrowserSession();

  const folders = watchFolders({ quietMs: options.quietMs ?? 150, onChange: () => void rebuild() });
  async function runBuild(): Promise<void> {
    const { build, records, problems } = await buildPage(options.file, { browser: browser.browser, printsPdf: false });
    current = build;
    lastRecords = records ?? lastRecords;
    // after an error the last good build's folders stay watched, with the quarter's own folder
    folders.update(watchedFolders({ file: options.file, ...(lastRecords ? { records: lastRecords } : {}) }));
    const time = new Date().toLocaleTimeString('zh-CN', { hour12: false });
    log(`${time} ${build.ok ? '已更新通报' : '未能生成通报，问题已显示在页面上'}`);
    for (const problem of problems) log(problem);
    for (const listener of listeners) listener.write(`event: ${RELOAD_EVENT}\ndata: ${build.ok ? 'ok' : 'problems'}\n\n`);
    const settled = waiting;
    waiting = [];
    for (const resolve of settled) resolve(build);
  }
  // one build at a time: a change during a build queues one more
  let building = Promise.resolve();
  const rebuild = () => (building = building.then(runBuild));
  await rebuild();

  const server = createServer((request, response) => {
    const port = (server.address() as AddressInfo).port;
    if (!isLocalHost(request, port)) return send(response, 403, 'text/plain', '只接受本机地址的访问');
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'text/plain', '只支持 GET');
    const path = new URL(request.url ?? '/', `http://${PREVIEW_HOST}`).pathname;
    if (path === EVENTS_PATH) {
      response.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store' });
      response.write(': 通报预览\n\n');
      listeners.add(response);
      request.on('close', () => listeners.delete(response));
      return undefined;
    }
    if (path !== '/' && path !== '/index.html') return send(response, 404, 'text/plain', '预览只有一个页面：/');
    response.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    return send(response, 200, 'text/html', current.page);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_PREVIEW_PORT, PREVIEW_HOST, resolve);
  }).catch(async (error: unknown) => {
    await folders.close();
    await browser.close();
    throw error;
  });

  return {
    url: `http://${PREVIEW_HOST}:${(server.address() as AddressInfo).port}/`,
    current: () => current,
    nextBuild: () => new Promise((resolve) => waiting.push(resolve)),
    async close() {
      await folders.close();
      for (const listener of listeners) listener.end();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await building;
      await browser.close();
    },
  };
}
