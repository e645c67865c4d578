// Whether dist/ holds the compiled form of today's src/: shared by bin/tongbao.mjs (which runs
// src/ through tsx otherwise) and the test setup (which builds first, so tests run dist/ as
// users do). An installed package ships dist/ without src/, so it is current by definition.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const PACKAGE_ROOT = join(import.meta.dirname, '..');
const SOURCES = join(PACKAGE_ROOT, 'src');
/** the start of the bundled CLI's file names in dist/ (scripts/build.mjs) */
export const BUNDLE_PREFIX = 'bundle-';
/** touched by every `npm run build`, so its time is when dist/ last matched src/ */
export const BUILD_STAMP = join(PACKAGE_ROOT, 'dist', '.tsbuildinfo');
/**
 * The digest of dist/ as `npm run build` left it, written there last (src/build-record.ts hashes
 * the running code for the build record; this spares every build reading 8 MB to do so)
 */
export const CODE_DIGEST_FILE = '.code-digest';

export function distIsCurrent() {
  if (!existsSync(SOURCES)) return true;
  const built = statSync(BUILD_STAMP, { throwIfNoEntry: false })?.mtimeMs;
  if (built === undefined) return false;
  return readdirSync(SOURCES, { recursive: true, withFileTypes: true }).every(
    (entry) => !entry.isFile() || statSync(join(entry.parentPath, entry.name)).mtimeMs <= built,
  );
}
