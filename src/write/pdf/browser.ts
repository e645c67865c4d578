// Launches the browser that renders PDFs: one that this machine has installed (find-browser.ts),
// through puppeteer-core, which never downloads one. One browser serves a whole build, launched
// on first use, and puppeteer-core itself loads only then. Pages are offline by construction: the
// host resolver maps every name to nothing and request interception lets only data:/about: through.

import type { Browser, HTTPRequest, Page } from 'puppeteer-core';
import { TongbaoError } from '../../diagnostics/diagnostic.js';
import { browserHint, findBrowserExecutable, type BrowserSearch } from './find-browser.js';

export function launchArgs(options: { runningAsRoot: boolean }): string[] {
  const args = [
    // Chromium still resolves Google hosts on its own; with this no name resolves at all
    '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost',
    '--disable-component-update',
  ];
  // Chromium refuses to start as root with its sandbox on (containers, CI)
  if (options.runningAsRoot) args.push('--no-sandbox');
  return args;
}

/** Puppeteer's own limit on a browser's start; a start that takes longer is a hung browser. */
export const LAUNCH_TIMEOUT_MS = 30_000;

function browserUnavailable(options: { executablePath: string | undefined; platform: NodeJS.Platform; cause?: unknown; hung: boolean; timeoutMs: number }): TongbaoError {
  const { executablePath, cause } = options;
  const reason = cause === undefined ? '' : `（浏览器报告：${cause instanceof Error ? cause.message.split('\n')[0] : String(cause)}）`;
  const hung = options.hung ? `，它在 ${Math.round(options.timeoutMs / 1000)} 秒内没有启动完成，看来已经卡住` : '';
  const what = executablePath
    ? `无法启动浏览器 ${executablePath}${hung}，不能生成 PDF`
    : '找不到可用的 Edge、Chrome 或 Chromium 浏览器，不能生成 PDF';
  return new TongbaoError([{ code: 'TB501', severity: 'error', message: `${what}${reason}。`, hint: browserHint(options.platform) }]);
}

type Driver = Awaited<ReturnType<typeof importDriver>>;
const importDriver = () => import('puppeteer-core');
let driver: Promise<Driver> | undefined;

/** puppeteer-core, loaded once: on its own a build that launches the browser early loads it before anything else. */
export function loadBrowserDriver(): Promise<Driver> {
  return (driver ??= importDriver());
}

/** Where to look for the browser (by default: this machine) and how long it may take to start. */
export type BrowserLaunch = BrowserSearch & { readonly launchTimeoutMs?: number };

async function launchBrowser(search: BrowserLaunch): Promise<Browser> {
  const executablePath = findBrowserExecutable(search);
  const timeout = search.launchTimeoutMs ?? LAUNCH_TIMEOUT_MS;
  const platform = search.platform ?? process.platform;
  if (!executablePath) throw browserUnavailable({ executablePath, platform, hung: false, timeoutMs: timeout });
  const { default: puppeteer, TimeoutError } = await loadBrowserDriver();
  // a start that failed or hung is ended at once: puppeteer itself grants it 5 s to quit first
  const endFailedStart = new AbortController();
  try {
    return await puppeteer.launch({
      executablePath,
      args: launchArgs({ runningAsRoot: process.getuid?.() === 0 }),
      timeout,
      signal: endFailedStart.signal,
    });
  } catch (error) {
    endFailedStart.abort();
    throw browserUnavailable({ executablePath, platform, cause: error, hung: error instanceof TimeoutError, timeoutMs: timeout });
  }
}

export interface BrowserSession {
  /** the session's browser, launched on the first call */
  readonly browser: () => Promise<Browser>;
  /** closes the browser if it was launched */
  readonly close: () => Promise<void>;
}

export function createBrowserSession(options: BrowserLaunch = {}): BrowserSession {
  let launching: Promise<Browser> | undefined;
  return {
    browser: () => (launching ??= launchBrowser(options)),
    async close() {
      const browser = await launching?.catch(() => undefined);
      launching = undefined;
      await browser?.close();
    },
  };
}

const isOfflineUrl = (url: string) => url.startsWith('data:') || url.startsWith('about:');

/** A new page that can load nothing from any network or file: only data: and about: URLs. */
export async function openOfflinePage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    void (isOfflineUrl(request.url()) ? request.continue() : request.abort('blockedbyclient'));
  });
  return page;
}
