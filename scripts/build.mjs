// `npm run build` (and `prepare`, so `npm ci` runs it): compiles src/ to dist/ with tsc, bundles
// the CLI into dist/ with esbuild, then marks the time, which bin/fresh-dist.mjs compares with
// src/ (an incremental tsc that finds nothing to do leaves its files untouched).
//
// bin/tongbao.mjs runs the bundle: Node 20 spends about a millisecond on each ES module it
// resolves, reads and links, and `tongbao check` would load some 320 of them (micromark and
// mdast alone are 150). Each command and writer still loads only when used: every dynamic
// import() of src/ becomes a chunk of its own. tsc's per-module dist/ stays for the scripts that
// import single modules (scripts/bench/floor.mjs).
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync, utimesSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BUILD_STAMP, BUNDLE_PREFIX, CODE_DIGEST_FILE, PACKAGE_ROOT } from '../bin/fresh-dist.mjs';

/**
 * Handlebars builds its compiled templates out of source-map's SourceNodes when it can require
 * that package, for source maps of precompiled templates that tongbao never writes; without it,
 * it joins plain strings into the same functions. The SourceNodes were a sixth of compiling a
 * notice's templates, the larger part of a small notice's build.
 */
const handlebarsWithoutSourceMaps = {
  name: 'handlebars-without-source-maps',
  setup(build) {
    build.onResolve({ filter: /^source-map$/ }, ({ importer }) => (/[\\/]handlebars[\\/]/.test(importer) ? { path: 'source-map', namespace: 'absent' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'absent' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
  },
};

const started = new Date();
const require = createRequire(import.meta.url);
const dist = join(PACKAGE_ROOT, 'dist');
// gone while dist/ changes, so a build stopped half-way leaves none that no longer matches
rmSync(join(dist, CODE_DIGEST_FILE), { force: true });
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(PACKAGE_ROOT, 'tsconfig.build.json')], { cwd: PACKAGE_ROOT, stdio: 'inherit' });

const { metafile } = await require('esbuild').build({
  absWorkingDir: PACKAGE_ROOT,
  entryPoints: { [`${BUNDLE_PREFIX}cli`]: 'src/cli.ts', [`${BUNDLE_PREFIX}v8-flags`]: 'src/v8-flags.ts' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  // in dist/ itself, one folder below the package root as src/package-root.ts expects
  outdir: dist,
  chunkNames: `${BUNDLE_PREFIX}[hash]`,
  // the optional native module may be missing (tongbao then draws charts with the browser);
  // puppeteer-core finds its own files at run time, and loads only for a PDF; pdf.js (OFD) loads
  // its worker and fonts' data from its own folder; @signpdf's CommonJS exports are set in ways a
  // bundler cannot see (its Signer class came out undefined), so it and node-forge load as they are
  external: ['@resvg/resvg-js', 'puppeteer-core', 'pdfjs-dist', '@signpdf/signpdf', '@signpdf/utils', 'node-forge'],
  // bundled CommonJS packages (Handlebars, Papa Parse …) call require() for Node's modules
  banner: { js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);" },
  metafile: true,
  logLevel: 'warning',
  plugins: [handlebarsWithoutSourceMaps],
});
// chunks are named by their content: an earlier build's that this one did not write are
// removed afterwards, so a tongbao running meanwhile never misses a chunk it still loads
const written = new Set(Object.keys(metafile.outputs).map((output) => join(PACKAGE_ROOT, output)));
for (const name of readdirSync(dist)) if (name.startsWith(BUNDLE_PREFIX) && !written.has(join(dist, name))) rmSync(join(dist, name));

// the last file written: the digest of all the others, which every build record reads
(await import(pathToFileURL(join(dist, 'build-record.js')).href)).writeCodeDigest(dist);

// the start, not the end: a source saved while the build ran counts as newer than this build
utimesSync(BUILD_STAMP, started, started);
