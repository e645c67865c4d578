#!/usr/bin/env node
// Runs the bundled JavaScript in dist/ (built by `npm run build`, which `npm ci` runs through
// `prepare`): plain Node, no transpiler, few modules to load, so a command starts in a blink.
//
// In a source checkout a dist/ older than any file in src/ would silently run yesterday's code;
// then this runs src/ through tsx instead — current, only slower to start — and says so on a
// terminal.
import * as nodeModule from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BUNDLE_PREFIX, PACKAGE_ROOT, distIsCurrent } from './fresh-dist.mjs';

// Output piped into a reader that stops early (`| head`) is not the command's failure.
for (const stream of [process.stdout, process.stderr]) stream.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

// Node 22.1 and later keep V8's compiled code between runs (not in Node 20, where this is absent)
nodeModule.enableCompileCache?.();

let load = (module) => import(pathToFileURL(join(PACKAGE_ROOT, 'dist', `${BUNDLE_PREFIX}${module}.js`)).href);
if (!distIsCurrent()) {
  if (process.stderr.isTTY) process.stderr.write('（dist/ 比 src/ 旧，本次直接运行源码；运行 npm run build 后启动更快）\n');
  (await import('tsx/esm/api')).register();
  load = (module) => import(pathToFileURL(join(PACKAGE_ROOT, 'src', `${module}.ts`)).href);
}
(await load('v8-flags')).setV8Flags();
const { main } = await load('cli');
process.exitCode = await main(process.argv.slice(2));
