// Vitest global setup: compile src/ to dist/ when it is out of date, so the end-to-end tests
// spawn bin/tongbao.mjs on the same compiled JavaScript users run (unit tests import src/).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { PACKAGE_ROOT, distIsCurrent } from '../bin/fresh-dist.mjs';

export default function buildDist(): void {
  if (!distIsCurrent()) execFileSync(process.execPath, [join(PACKAGE_ROOT, 'scripts', 'build.mjs')], { stdio: 'inherit' });
}
