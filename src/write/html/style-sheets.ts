// The style sheets live in templates/styles/ so an office can read and adjust them without
// touching code; the layout numbers they use arrive as CSS variables (src/layout/css-vars.ts).

import { readFile } from 'node:fs/promises';

export type StyleSheetName = 'web.css' | 'print.css' | 'print-letter.css';

const STYLES_FOLDER = new URL('../../../templates/styles/', import.meta.url);

export function readStyleSheet(name: StyleSheetName): Promise<string> {
  return readFile(new URL(name, STYLES_FOLDER), 'utf8');
}
