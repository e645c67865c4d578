// The templates of a document: found by name in the issuer's folder first, then in the bundled
// templates/, and read as carefully as data files, since office staff edit them the same way:
// a template saved as GBK, holding a control character, too large, a folder named like a
// template, or a link leading out of its folder is refused with its place, never printed as
// mojibake or crashing the build.

import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, isAbsolute, join, relative, sep } from 'node:path';
import { CODES, diagnose } from '../diagnostics/codes.js';
import { TongbaoError, type Diagnostic } from '../diagnostics/diagnostic.js';
import { displayPath } from '../load/located.js';
import { readDataText } from '../load/read-file.js';
import { controlCharacterIn } from '../load/read-yaml.js';

export interface TemplateSet {
  /** folder of the bundled templates (templates/) */
  readonly bundled: string;
  /** the issuer's override folder, whose files win by name */
  readonly override?: string;
}

export interface TemplateSource {
  /** the name templates call it by: `body` for {{> body}}, `notice` for the main template */
  readonly name: string;
  readonly file: string;
  readonly text: string;
}

/** A template holds wording, a few KB; this leaves room for long tables written out by hand. */
export const MAX_TEMPLATE_KB = 512;

const PARTIALS = 'partials';
const EXTENSION = '.hbs';

interface TemplateFile {
  readonly name: string;
  readonly file: string;
  /** the templates folder the file belongs to */
  readonly folder: string;
}

/** name → file, override folder first; partials live in `partials/` of either folder. */
function findFiles(set: TemplateSet, mainName: string): { main?: TemplateFile; partials: TemplateFile[] } {
  const folders = [set.bundled, set.override].filter((f): f is string => Boolean(f));
  const partials = new Map<string, TemplateFile>();
  for (const folder of folders) {
    const partialsFolder = join(folder, PARTIALS);
    if (!existsSync(partialsFolder)) continue;
    for (const entry of readdirSync(partialsFolder).sort()) {
      if (entry.endsWith(EXTENSION)) partials.set(basename(entry, EXTENSION), { name: basename(entry, EXTENSION), file: join(partialsFolder, entry), folder });
    }
  }
  const main = [...folders]
    .reverse()
    .map((folder) => ({ name: mainName, file: join(folder, `${mainName}${EXTENSION}`), folder }))
    .find(({ file }) => existsSync(file));
  return { ...(main ? { main } : {}), partials: [...partials.values()] };
}

function isInside(folder: string, path: string): boolean {
  const fromFolder = relative(folder, path);
  return fromFolder !== '..' && !fromFolder.startsWith(`..${sep}`) && !isAbsolute(fromFolder);
}

/** One template's text, or why it cannot be used. */
function readTemplate(template: TemplateFile, sink: Diagnostic[]): TemplateSource | undefined {
  const path = displayPath(template.file);
  const wholeFile = { place: { file: path, line: 1, column: 1 } };
  const stats = statSync(template.file, { throwIfNoEntry: false });
  if (stats && !stats.isFile()) {
    sink.push(diagnose(CODES.templateIsFolder, { path }, {}));
    return undefined;
  }
  if (stats && !isInside(realpathSync(template.folder), realpathSync(template.file))) {
    sink.push(diagnose(CODES.templateOutsideFolder, { path, folder: displayPath(template.folder) }, wholeFile));
    return undefined;
  }
  if (stats && stats.size > MAX_TEMPLATE_KB * 1024) {
    sink.push(diagnose(CODES.templateTooLarge, { sizeKb: (stats.size / 1024).toFixed(0), limitKb: MAX_TEMPLATE_KB }, wholeFile));
    return undefined;
  }
  const read = readDataText({ file: template.file, purpose: '模板' });
  sink.push(...read.diagnostics);
  if (read.text === undefined) return undefined;
  // an invisible byte-order mark (Windows Notepad's UTF-8) is dropped, so columns count visible characters
  const text = read.text.replace(/^\uFEFF/, '');
  const control = controlCharacterIn({ text, file: path });
  if (control) {
    sink.push(control);
    return undefined;
  }
  return { name: template.name, file: template.file, text };
}

/** Every template of the set, read; all the problems of all the files are thrown together. */
export function readTemplates(set: TemplateSet, mainName: string): { main: TemplateSource; partials: TemplateSource[] } {
  const found = findFiles(set, mainName);
  if (!found.main) {
    throw new TongbaoError([diagnose(CODES.templateMissing, { name: mainName }, {})]);
  }
  const sink: Diagnostic[] = [];
  const main = readTemplate(found.main, sink);
  const partials = found.partials.flatMap((partial) => readTemplate(partial, sink) ?? []);
  if (!main || sink.length > 0) throw new TongbaoError(sink);
  return { main, partials };
}
