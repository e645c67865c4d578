// The style sheets live in templates/styles/ so an office can read and adjust them without
// touching code; the layout numbers they use arrive as CSS variables (src/layout/css-vars.ts).

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../package-root.js';

export type StyleSheetName = 'web.css' | 'print.css' | 'print-letter.css';

const STYLES_FOLDER = join(PACKAGE_ROOT, 'templates', 'styles');

export function readStyleSheet(name: StyleSheetName): Promise<string> {
  return readFile(join(STYLES_FOLDER, name), 'utf8');
}
