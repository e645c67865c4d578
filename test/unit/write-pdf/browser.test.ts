import { describe, expect, it } from 'vitest';
import { TongbaoError } from '../../../src/diagnostics/diagnostic.js';
import { createBrowserSession, launchArgs } from '../../../src/write/pdf/browser.js';

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

  it('says no browser was found, and launches nothing, when the search finds none', async () => {
    const session = createBrowserSession({ env: {}, platform: 'linux', exists: () => false });
    const error = await session.browser().catch((e: unknown) => e);
    expect((error as TongbaoError).diagnostics[0]?.message).toMatch(/^找不到可用的 Edge、Chrome 或 Chromium 浏览器/);
    await session.close();
  });
});
