// Where tongbao's own files are, found from this module's place: it sits one folder below the
// package root in every form the code runs in (src/ through tsx, dist/ compiled by tsc, and the
// bundle in dist/ that bin/tongbao.mjs runs), so '..' is the package root from each. Modules
// deeper in src/ ask here rather than count '../' from their own place, which the bundle moves.

import { resolve } from 'node:path';

/** the folder of the code that is running: src/ or dist/ */
export const CODE_FOLDER = import.meta.dirname;

/** the package root: package.json, templates/, schema/ */
export const PACKAGE_ROOT = resolve(CODE_FOLDER, '..');
