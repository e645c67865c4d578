// `npm run package`: tongbao-<version>.tgz with every run-time dependency inside it
// (bundleDependencies), for machines without network: `npm install -g --offline tongbao-<version>.tgz`.
// Staged in a temporary folder so the checkout's own node_modules (with the test tools) is
// left alone: the compiled dist/, the templates, the schema and the example, and the production
// dependencies as the lockfile pins them. Native modules come for the platform this runs on;
// elsewhere resvg is missing and the browser draws the chart pictures instead.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../bin/fresh-dist.mjs';

// npm lists every file it packs: kept, and shown only when npm fails
const npm = (args, cwd) => execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30, shell: process.platform === 'win32' });

execFileSync(process.execPath, [join(PACKAGE_ROOT, 'scripts', 'build.mjs')], { stdio: 'inherit' });
const manifest = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8'));
const stage = mkdtempSync(join(tmpdir(), 'tongbao-package-'));
try {
  for (const part of ['bin', 'dist', 'templates', 'schema', join('data', '示例市'), 'README.md', 'package-lock.json']) {
    cpSync(join(PACKAGE_ROOT, part), join(stage, part), { recursive: true });
  }
  rmSync(join(stage, 'dist', '.tsbuildinfo'));
  // installed as the lockfile says first; bundleDependencies only then, as npm ci would read it as a change
  const { scripts: _scripts, ...installed } = manifest;
  writeFileSync(join(stage, 'package.json'), `${JSON.stringify(installed, null, 2)}\n`);
  npm(['ci', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'], stage);
  const { devDependencies: _devDependencies, ...rest } = installed;
  const packed = { ...rest, files: ['bin', 'dist', 'templates', 'schema', 'data'], bundleDependencies: Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies }) };
  writeFileSync(join(stage, 'package.json'), `${JSON.stringify(packed, null, 2)}\n`);
  npm(['pack', '--ignore-scripts'], stage);
  const name = `${manifest.name}-${manifest.version}.tgz`;
  renameSync(join(stage, name), join(PACKAGE_ROOT, name));
  console.log(`已生成 ${name}：离线安装用 npm install -g --offline ${name}`);
} finally {
  rmSync(stage, { recursive: true, force: true });
}
