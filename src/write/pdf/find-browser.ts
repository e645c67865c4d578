// Where an office machine keeps a browser that can print PDFs: Edge or Chrome on Windows (also
// where the App Paths registry key says), the Applications folders on macOS, and on Linux the
// usual Chrome/Chromium/Edge places, the PATH, and the Chromium-based browsers 统信 UOS and
// 银河麒麟 ship. tongbao never downloads a browser (puppeteer-core), so this search is all there
// is. Everything the search reads from the machine is injected, so each OS can be tested anywhere.

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { posix, win32 } from 'node:path';

export interface BrowserSearch {
  /** an explicit path (e.g. from --browser); wins over everything else */
  readonly executablePath?: string;
  readonly platform?: NodeJS.Platform;
  readonly env?: NodeJS.ProcessEnv;
  readonly exists?: (path: string) => boolean;
  /** the default value of a Windows registry key, e.g. an App Paths entry */
  readonly registryDefault?: (key: string) => string | undefined;
}

const WINDOWS_PROGRAMS = [
  ['Microsoft', 'Edge', 'Application', 'msedge.exe'],
  ['Google', 'Chrome', 'Application', 'chrome.exe'],
];

/** App Paths: where an installer registers its executable, per user and per machine. */
const APP_PATHS = ['HKCU', 'HKLM'].flatMap((hive) =>
  ['msedge.exe', 'chrome.exe'].map((exe) => `${hive}\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\${exe}`),
);

const MAC_APPS = [
  'Google Chrome.app/Contents/MacOS/Google Chrome',
  'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  'Chromium.app/Contents/MacOS/Chromium',
];

/** Command names of Chromium-based browsers, looked up on the PATH. */
const LINUX_COMMANDS = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome', 'microsoft-edge-stable', 'microsoft-edge'];

/** Installs that are not always on the PATH: vendor folders, snap, and the browsers of 统信 UOS / 银河麒麟. */
const LINUX_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/opt/google/chrome/chrome',
  '/opt/microsoft/msedge/msedge',
  // 统信 UOS 浏览器 (org.deepin.browser) and 奇安信可信浏览器, both Chromium-based
  '/usr/bin/browser',
  '/opt/apps/org.deepin.browser/files/browser',
  '/opt/qaxbrowser/qaxbrowser-safe',
  '/usr/bin/qaxbrowser-safe-stable',
];

/** Standard install locations, most common first. */
export function standardBrowserPaths(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => Boolean(r));
    return WINDOWS_PROGRAMS.flatMap((program) => roots.map((root) => win32.join(root, ...program)));
  }
  if (platform === 'darwin') {
    const folders = ['/Applications', ...(env.HOME ? [posix.join(env.HOME, 'Applications')] : [])];
    return MAC_APPS.flatMap((app) => folders.map((folder) => posix.join(folder, app)));
  }
  const onPath = (env.PATH ?? '').split(':').filter(Boolean).flatMap((folder) => LINUX_COMMANDS.map((name) => posix.join(folder, name)));
  return [...new Set([...onPath, ...LINUX_PATHS])];
}

/**
 * The default value in `reg query <key> /ve` output. The value's name is localised ("(默认)"
 * on Chinese Windows), so the line is found by its type. reg prints in the console's code page:
 * UTF-8 when it decodes as such, else the Chinese ANSI code page (GBK), which covers ASCII too.
 */
export function registryDefaultValue(output: Uint8Array): string | undefined {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(output);
  } catch {
    text = new TextDecoder('gbk').decode(output);
  }
  const match = /\sREG_(?:EXPAND_)?SZ\s+(.+?)\s*$/m.exec(text);
  return match?.[1]?.replace(/^"(.*)"$/, '$1');
}

function queryRegistry(key: string): string | undefined {
  try {
    return registryDefaultValue(execFileSync('reg', ['query', key, '/ve'], { stdio: ['ignore', 'pipe', 'ignore'], windowsHide: true, timeout: 5_000 }));
  } catch {
    return undefined; // no such key: the browser is not installed that way
  }
}

/** The executable to launch, or undefined when this machine has none that tongbao knows of. */
export function findBrowserExecutable(search: BrowserSearch = {}): string | undefined {
  const env = search.env ?? process.env;
  const chosen = search.executablePath ?? env.PUPPETEER_EXECUTABLE_PATH;
  if (chosen) return chosen;
  const exists = search.exists ?? existsSync;
  const platform = search.platform ?? process.platform;
  const standard = standardBrowserPaths(platform, env).find((path) => exists(path));
  if (standard || platform !== 'win32') return standard;
  const registryDefault = search.registryDefault ?? queryRegistry;
  for (const key of APP_PATHS) {
    const registered = registryDefault(key);
    if (registered && exists(registered)) return registered;
  }
  return undefined;
}

/** What to do when no browser was found or the one found will not start, in the words of the OS at hand. */
export function browserHint(platform: NodeJS.Platform): string {
  const choose = '已装在其他位置的浏览器，可用 --browser 或环境变量 PUPPETEER_EXECUTABLE_PATH 指定其路径；也可以用 --format html,docx 先只生成 HTML 和 DOCX。';
  if (platform === 'win32') return `请安装 Microsoft Edge（Windows 10、11 自带）或 Google Chrome；${choose}`;
  if (platform === 'darwin') return `请把 Google Chrome 或 Microsoft Edge 安装到“应用程序”文件夹；${choose}`;
  return (
    'Debian/Ubuntu 可运行 sudo apt-get install chromium 安装浏览器；统信 UOS、银河麒麟可在应用商店安装 Chromium、' +
    `Google Chrome、Microsoft Edge 或奇安信可信浏览器；${choose}`
  );
}
