// The offline package: `npm run package` gives tongbao-<version>.tgz, which installs with npm's
// cache empty and the registry unreachable, and gives a `tongbao` command that builds the
// example from a folder outside the checkout, to the same bytes as the checkout builds.

import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const VERSION = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const TARBALL = join(PROJECT_ROOT, `tongbao-${VERSION}.tgz`);
// packing (an npm ci of the run-time dependencies) and installing take minutes on a busy machine
const MINUTES = 60_000;

describe('the offline package', () => {
  let scratch: string;
  let command: string;

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'tongbao-offline-'));
    execFileSync('npm', ['run', 'package'], { cwd: PROJECT_ROOT, stdio: 'ignore' });
    const prefix = join(scratch, 'global');
    execFileSync('npm', ['install', '-g', '--offline', '--no-audit', '--no-fund', '--cache', join(scratch, 'empty-cache'), '--registry', 'http://127.0.0.1:9/', '--prefix', prefix, TARBALL], { stdio: 'ignore' });
    command = join(prefix, 'bin', 'tongbao');
  }, 20 * MINUTES);

  afterAll(() => {
    rmSync(scratch, { recursive: true, force: true });
    rmSync(TARBALL, { force: true });
  });

  it('installs a tongbao command that runs compiled code, with no sources and no transpiler', () => {
    const installed = join(scratch, 'global', 'lib', 'node_modules', 'tongbao');
    expect(existsSync(join(installed, 'dist', 'cli.js'))).toBe(true);
    expect(existsSync(join(installed, 'src'))).toBe(false);
    expect(existsSync(join(installed, 'node_modules', 'tsx'))).toBe(false);
    expect(existsSync(join(installed, 'node_modules', 'puppeteer-core'))).toBe(true);
    expect(execFileSync(command, ['--version'], { encoding: 'utf8' }).trim()).toBe(`tongbao ${VERSION}`);
  });

  it('builds the example in another folder to the bytes the checkout builds', () => {
    const office = join(scratch, 'office');
    cpSync(join(PROJECT_ROOT, 'data', '示例市'), join(office, '示例市'), { recursive: true });
    writeFileSync(join(office, 'package.json'), '{}\n');
    const run = spawnSync(command, ['build', join('示例市', '2025-q3.yaml'), '--format', 'html,docx'], { cwd: office, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const reference = join(scratch, 'reference');
    const checkout = spawnSync(process.execPath, [join(PROJECT_ROOT, 'bin', 'tongbao.mjs'), 'build', join(office, '示例市', '2025-q3.yaml'), '--format', 'html,docx', '--out', reference], { cwd: office, encoding: 'utf8' });
    expect(checkout.status).toBe(0);
    for (const name of ['通报.html', '通报.docx', '图1.png']) {
      expect(readFileSync(join(office, 'out', '示例市', '2025-q3', name)).equals(readFileSync(join(reference, '示例市', '2025-q3', name))), name).toBe(true);
    }
  });
});
