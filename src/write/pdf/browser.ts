// Finds and launches the browser that renders PDFs: an installed Chrome, Chromium or Edge
// first (Debian's chromium on servers), else Puppeteer's own download. One browser serves
// a whole build, launched on first use. Pages are offline by construction: the host
// resolver maps every name to nothing and request interception lets only data:/about: through.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { TimeoutError, type Browser, type HTTPRequest, type Page } from 'puppeteer';
import { TongbaoError } from '../../diagnostics/diagnostic.js';

export interface BrowserSearch {
  /** an explicit path (e.g. from --browser); wins over everything else */
  readonly executablePath?: string;
  /** how long the browser may take to start before it counts as hung */
  readonly launchTimeoutMs?: number;
  readonly platform?: NodeJS.Platform;
  readonly env?: NodeJS.ProcessEnv;
  readonly exists?: (path: string) => boolean;
}

/** Standard install locations, most common first. */
export function standardBrowserPaths(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => Boolean(r));
    const programs = [
      ['Google', 'Chrome', 'Application', 'chrome.exe'],
      ['Microsoft', 'Edge', 'Application', 'msedge.exe'],
    ];
    return programs.flatMap((program) => roots.map((root) => join(root, ...program)));
  }
  if (platform === 'darwin') {
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ];
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/google-chrome',
    '/usr/bin/microsoft-edge',
    '/usr/bin/microsoft-edge-stable',
  ];
}

/**
 * The executable to launch, or undefined to let Puppeteer use its downloaded browser.
 * Picked here rather than through .puppeteerrc.cjs, which Puppeteer only finds when the
 * CLI runs from inside the project folder.
 */
export function findBrowserExecutable(search: BrowserSearch = {}): string | undefined {
  const env = search.env ?? process.env;
  const chosen = search.executablePath ?? env.PUPPETEER_EXECUTABLE_PATH;
  if (chosen) return chosen;
  const exists = search.exists ?? existsSync;
  return standardBrowserPaths(search.platform ?? process.platform, env).find((path) => exists(path));
}

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

function browserUnavailable(executablePath: string | undefined, cause: unknown, timeoutMs: number): TongbaoError {
  const reason = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
  const hung = cause instanceof TimeoutError ? `，它在 ${Math.round(timeoutMs / 1000)} 秒内没有启动完成，看来已经卡住` : '';
  const what = executablePath
    ? `无法启动浏览器 ${executablePath}${hung}，不能生成 PDF`
    : '找不到可用的 Chrome、Chromium 或 Edge 浏览器，不能生成 PDF';
  return new TongbaoError([
    {
      code: 'TB501',
      severity: 'error',
      message: `${what}（浏览器报告：${reason}）。`,
      hint:
        'Debian/Ubuntu 可运行 sudo apt-get install chromium 安装浏览器；已装在其他位置的浏览器，' +
        '可用环境变量 PUPPETEER_EXECUTABLE_PATH 或 --browser 指定其路径；' +
        '也可以用 --format html,docx 先只生成 HTML 和 DOCX。',
    },
  ]);
}

async function launchBrowser(search: BrowserSearch): Promise<Browser> {
  const executablePath = findBrowserExecutable(search);
  const timeout = search.launchTimeoutMs ?? LAUNCH_TIMEOUT_MS;
  try {
    return await puppeteer.launch({
      executablePath,
      args: launchArgs({ runningAsRoot: process.getuid?.() === 0 }),
      timeout,
    });
  } catch (error) {
    throw browserUnavailable(executablePath, error, timeout);
  }
}

export interface BrowserSession {
  /** the session's browser, launched on the first call */
  readonly browser: () => Promise<Browser>;
  /** closes the browser if it was launched */
  readonly close: () => Promise<void>;
}

export function createBrowserSession(options: { executablePath?: string; launchTimeoutMs?: number } = {}): BrowserSession {
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
