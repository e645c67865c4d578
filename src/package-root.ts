// Where tongbao's own files are, found from this module's place: it sits one folder below the
// package root in every form the code runs in (src/ through tsx, dist/ compiled by tsc, and the
// bundle in dist/ that bin/tongbao.mjs runs), so '..' is the package root from each. Modules
// deeper in src/ ask here rather than count '../' from their own place, which the bundle moves.

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
 * or the source, which a thread can only run once tsx is registered in it (a worker does not
 * inherit the loader its parent was started with).
 */
export function threadModule(source: 'load/previous-worker'): { readonly script: string | URL; readonly options: WorkerOptions } {
  const running = basename(import.meta.filename);
  if (running.startsWith(BUNDLE_PREFIX)) return { script: new URL(pathToFileURL(join(CODE_FOLDER, `${BUNDLE_PREFIX}${basename(source)}.js`))), options: {} };
  if (!running.endsWith('.ts')) return { script: new URL(pathToFileURL(join(CODE_FOLDER, `${source}.js`))), options: {} };
  const tsx = import.meta.resolve('tsx/esm/api');
  const module = pathToFileURL(join(CODE_FOLDER, `${source}.ts`)).href;
  const script = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(module)}); });`;
  return { script, options: { eval: true } };
}
