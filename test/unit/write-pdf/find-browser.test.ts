// Browser discovery on each OS, run against a fake file system, environment and registry.
import { describe, expect, it } from 'vitest';
import { browserHint, findBrowserExecutable, registryDefaultValue } from '../../../src/write/pdf/find-browser.js';
import iconv from 'iconv-lite';

const only = (...present: string[]) => (path: string) => present.includes(path);
const noRegistry = () => undefined;

describe('findBrowserExecutable', () => {
  it('takes an explicit path over the environment, and the environment over the search', () => {
    const env = { PUPPETEER_EXECUTABLE_PATH: '/opt/env/chrome' };
    const exists = only('/usr/bin/chromium');
    expect(findBrowserExecutable({ executablePath: '/opt/flag/chrome', env, exists, platform: 'linux' })).toBe('/opt/flag/chrome');
    expect(findBrowserExecutable({ env, exists, platform: 'linux' })).toBe('/opt/env/chrome');
    expect(findBrowserExecutable({ env: {}, exists, platform: 'linux' })).toBe('/usr/bin/chromium');
  });

  describe('Windows', () => {
    const env = { PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\张三\\AppData\\Local' };

    it('finds Edge where Windows installs it, before Chrome', () => {
      const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
      const chrome = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
      expect(findBrowserExecutable({ env, platform: 'win32', exists: only(chrome, edge), registryDefault: noRegistry })).toBe(edge);
      expect(findBrowserExecutable({ env, platform: 'win32', exists: only(chrome), registryDefault: noRegistry })).toBe(chrome);
    });

    it('finds a per-user Chrome under LOCALAPPDATA', () => {
      const chrome = 'C:\\Users\\张三\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe';
      expect(findBrowserExecutable({ env, platform: 'win32', exists: only(chrome), registryDefault: noRegistry })).toBe(chrome);
    });

    it('asks the App Paths registry key for a browser installed elsewhere, and checks the file is there', () => {
      const elsewhere = 'D:\\软件\\Chrome\\chrome.exe';
      const asked: string[] = [];
      const registryDefault = (key: string) => {
        asked.push(key);
        return key.endsWith('\\App Paths\\chrome.exe') ? elsewhere : undefined;
      };
      expect(findBrowserExecutable({ env, platform: 'win32', exists: only(elsewhere), registryDefault })).toBe(elsewhere);
      expect(asked).toContain('HKCU\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\msedge.exe');
      expect(findBrowserExecutable({ env, platform: 'win32', exists: () => false, registryDefault })).toBeUndefined();
    });

    it('reads the default value from reg query output, in UTF-8 or the Chinese code page', () => {
      const output = [
        '',
        'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\chrome.exe',
        '    (默认)    REG_SZ    C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
        '    Path    REG_SZ    C:\\Program Files\\Google\\Chrome\\Application',
        '',
      ].join('\r\n');
      expect(registryDefaultValue(new TextEncoder().encode(output))).toBe('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
      const gbk = output.replace('C:\\Program Files', 'D:\\软件');
      expect(registryDefaultValue(iconv.encode(gbk, 'gbk'))).toBe('D:\\软件\\Google\\Chrome\\Application\\chrome.exe');
      expect(registryDefaultValue(new TextEncoder().encode('    (Default)    REG_SZ    "C:\\Edge\\msedge.exe"\r\n'))).toBe('C:\\Edge\\msedge.exe');
    });
  });

  describe('macOS', () => {
    it('finds Chrome or Edge in /Applications, then in ~/Applications', () => {
      const env = { HOME: '/Users/zhang' };
      const system = '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge';
      const own = '/Users/zhang/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
      expect(findBrowserExecutable({ env, platform: 'darwin', exists: only(system) })).toBe(system);
      expect(findBrowserExecutable({ env, platform: 'darwin', exists: only(own) })).toBe(own);
      expect(findBrowserExecutable({ env, platform: 'darwin', exists: () => false })).toBeUndefined();
    });
  });

  describe('Linux', () => {
    it('finds a browser on the PATH first', () => {
      const env = { PATH: '/home/zhang/bin:/usr/local/bin' };
      const local = '/usr/local/bin/google-chrome-stable';
      expect(findBrowserExecutable({ env, platform: 'linux', exists: only(local, '/usr/bin/chromium') })).toBe(local);
    });

    it('finds vendor installs off the PATH: Chrome, Edge, snap', () => {
      for (const path of ['/opt/google/chrome/chrome', '/opt/microsoft/msedge/msedge', '/snap/bin/chromium']) {
        expect(findBrowserExecutable({ env: { PATH: '/usr/bin' }, platform: 'linux', exists: only(path) })).toBe(path);
      }
    });

    it('finds the browsers 统信 UOS and 银河麒麟 ship', () => {
      for (const path of ['/opt/apps/org.deepin.browser/files/browser', '/opt/qaxbrowser/qaxbrowser-safe']) {
        expect(findBrowserExecutable({ env: {}, platform: 'linux', exists: only(path) })).toBe(path);
      }
    });

    it('finds nothing on a machine without a browser', () => {
      expect(findBrowserExecutable({ env: { PATH: '/usr/bin:/bin' }, platform: 'linux', exists: () => false })).toBeUndefined();
    });
  });
});

describe('browserHint', () => {
  it('says per OS where to get a browser, and how to name one or skip the PDF', () => {
    expect(browserHint('win32')).toContain('Microsoft Edge');
    expect(browserHint('darwin')).toContain('“应用程序”文件夹');
    expect(browserHint('linux')).toContain('sudo apt-get install chromium');
    expect(browserHint('linux')).toContain('统信 UOS、银河麒麟');
    for (const platform of ['win32', 'darwin', 'linux'] as const) {
      expect(browserHint(platform)).toContain('PUPPETEER_EXECUTABLE_PATH');
      expect(browserHint(platform)).toContain('--format html,docx');
    }
  });
});
