// Where tongbao's own files are, found from this module's place: it sits one folder below the
// package root in every form the code runs in (src/ through tsx, dist/ compiled by tsc, and the
// bundle in dist/ that bin/tongbao.mjs runs), so '..' is the package root from each. Modules
// deeper in src/ ask here rather than count '../' from their own place, which the bundle moves.

import { createRequire } from 'node:module';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { WorkerOptions } from 'node:worker_threads';

/** the folder of the code that is running: src/ or dist/ */
export const CODE_FOLDER = import.meta.dirname;

/** the package root: package.json, templates/, schema/ */
export const PACKAGE_ROOT = resolve(CODE_FOLDER, '..');

/** the start of the bundle's file names in dist/ (BUNDLE_PREFIX in bin/fresh-dist.mjs, used by scripts/build.mjs) */
const BUNDLE_PREFIX = 'bundle-';

/**
 * How to start one of tongbao's modules as a worker thread, in the form the running code has:
 * the bundle's entry of that name in dist/ (scripts/build.mjs lists it), tsc's module in dist/,
 * or the source. The source is started as the bundle when dist/ holds today's src/ (as
 * bin/tongbao.mjs decides), else through tsx registered in the thread: a worker does not
 * inherit the loader its parent was started with, and compiling the modules again takes it
 * longer than starting the bundle. Worked out without waiting, so that the thread starts
 * before this one goes on with work that does not wait either.
 */
export function threadModule(source: 'load/previous-worker'): { readonly script: string | URL; readonly options: WorkerOptions } {
  const running = basename(import.meta.filename);
  const bundled = { script: pathToFileURL(join(PACKAGE_ROOT, 'dist', `${BUNDLE_PREFIX}${basename(source)}.js`)), options: {} };
  if (running.startsWith(BUNDLE_PREFIX)) return bundled;
  if (!running.endsWith('.ts')) return { script: pathToFileURL(join(CODE_FOLDER, `${source}.js`)), options: {} };
  const freshness = createRequire(import.meta.url)(join(PACKAGE_ROOT, 'bin', 'fresh-dist.mjs')) as { distIsCurrent(): boolean };
  if (freshness.distIsCurrent()) return bundled;
  const tsx = import.meta.resolve('tsx/esm/api');
  const module = pathToFileURL(join(CODE_FOLDER, `${source}.ts`)).href;
  const script = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(module)}); });`;
  return { script, options: { eval: true } };
}
