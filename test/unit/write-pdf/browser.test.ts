import { describe, expect, it } from 'vitest';
import { TongbaoError } from '../../../src/diagnostics/diagnostic.js';
import { createBrowserSession, findBrowserExecutable, launchArgs, standardBrowserPaths } from '../../../src/write/pdf/browser.js';

const only = (...present: string[]) => (path: string) => present.includes(path);

describe('findBrowserExecutable', () => {
  it('takes an explicit path over the environment, and the environment over the search', () => {
    const env = { PUPPETEER_EXECUTABLE_PATH: '/opt/env/chrome' };
    const exists = only('/usr/bin/chromium');
    expect(findBrowserExecutable({ executablePath: '/opt/flag/chrome', env, exists, platform: 'linux' })).toBe('/opt/flag/chrome');
    expect(findBrowserExecutable({ env, exists, platform: 'linux' })).toBe('/opt/env/chrome');
    expect(findBrowserExecutable({ env: {}, exists, platform: 'linux' })).toBe('/usr/bin/chromium');
  });

  it('finds Chrome or Edge where Linux, Windows and macOS install them', () => {
    expect(findBrowserExecutable({ env: {}, platform: 'linux', exists: only('/usr/bin/microsoft-edge') })).toBe('/usr/bin/microsoft-edge');
    expect(standardBrowserPaths('linux', {})).toEqual(expect.arrayContaining(['/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable']));
    const windows = standardBrowserPaths('win32', { PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' });
    expect(windows.some((p) => p.includes('Program Files') && p.endsWith('chrome.exe'))).toBe(true);
    expect(windows.some((p) => p.includes('Program Files (x86)') && p.endsWith('msedge.exe'))).toBe(true);
    const mac = '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge';
    expect(findBrowserExecutable({ env: {}, platform: 'darwin', exists: only(mac) })).toBe(mac);
  });

  it("leaves the choice to Puppeteer's own browser when nothing is installed", () => {
    expect(findBrowserExecutable({ env: {}, platform: 'linux', exists: () => false })).toBeUndefined();
  });
});

describe('launchArgs', () => {
  it('cuts name resolution and updates, and drops the sandbox only for root', () => {
    expect(launchArgs({ runningAsRoot: false })).toEqual([
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost',
      '--disable-component-update',
    ]);
    expect(launchArgs({ runningAsRoot: true })).toContain('--no-sandbox');
  });
});

describe('createBrowserSession', () => {
  it('launches nothing until asked, and closes cleanly when never used', async () => {
    await expect(createBrowserSession({ executablePath: '/nonexistent/chrome' }).close()).resolves.toBeUndefined();
  });

  it('says in Chinese how to get a browser when the one given cannot start (TB501)', async () => {
    const session = createBrowserSession({ executablePath: '/nonexistent/chrome' });
    const error = await session.browser().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TongbaoError);
    const [diagnostic] = (error as TongbaoError).diagnostics;
    expect(diagnostic?.code).toBe('TB501');
    expect(diagnostic?.message).toContain('/nonexistent/chrome');
    expect(diagnostic?.hint).toContain('sudo apt-get install chromium');
    expect(diagnostic?.hint).toContain('PUPPETEER_EXECUTABLE_PATH');
    expect(diagnostic?.hint).toContain('--format html,docx');
    await session.close();
  });
});
