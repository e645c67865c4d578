// tongbao's version, from its package.json: printed by `tongbao --version` and written into
// the documents' properties, so a file says which tongbao made it.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const TONGBAO_VERSION = (JSON.parse(readFileSync(resolve(import.meta.dirname, '..', 'package.json'), 'utf8')) as { version: string }).version;
