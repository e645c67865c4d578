// tongbao's version, from its package.json: printed by `tongbao --version` and written into
// the documents' properties, so a file says which tongbao made it.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from './package-root.js';

export const TONGBAO_VERSION = (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
