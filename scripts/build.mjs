// `npm run build` (and `prepare`, so `npm ci` runs it): compiles src/ to dist/ with tsc, then
// marks the time, which bin/fresh-dist.mjs compares with src/ (an incremental tsc that finds
// nothing to do leaves its files untouched).
import { execFileSync } from 'node:child_process';
import { utimesSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { BUILD_STAMP, PACKAGE_ROOT } from '../bin/fresh-dist.mjs';

const started = new Date();
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', join(PACKAGE_ROOT, 'tsconfig.build.json')], { cwd: PACKAGE_ROOT, stdio: 'inherit' });
// the start, not the end: a source saved while tsc ran counts as newer than this build
utimesSync(BUILD_STAMP, started, started);
