// The corpus of bad data files under test/bad: each file is a correct file of test/bad/good
// with one mistake, and says in its header what tongbao must answer:
//   # 错误：<the mistake, in Chinese>
//   # expect: TB104 23:5 websites[0].nmae      (code, line:column, field path if any)
//   # expect: TB104 23:5 websites[0].nmae 「不认识的字段“nmae”」  (and text the message must contain)
// A field path holding a character one cannot see spells it as an escape (`monitoringPoint\u200b`),
// so the case file stays plain text.
// A case runs in a fresh project: test/bad/good copied, the case file put in place of the
// quarter file (test/bad/quarter/) or of _issuer.yaml (test/bad/issuer/), then the stages
// up to the lint, as `tongbao check` runs them. A template case (test/bad/template/*.hbs) is a
// template of the issuer's own folder, put where its header says, the header inside a comment:
//   {{!-- 错误：…
//   # replaces: partials/body.hbs
//   # expect: TB404 5:1 「{{#if}} 没有结束」
//   --}}

import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { compose } from '../../../src/compose/index.js';
import { computeFigures } from '../../../src/compute/index.js';
import { isTongbaoError } from '../../../src/diagnostics/diagnostic.js';
import type { Diagnostic } from '../../../src/diagnostics/diagnostic.js';
import { lintNotice } from '../../../src/lint/index.js';
import { loadQuarter } from '../../../src/load/index.js';

export const BAD_FOLDER = resolve(import.meta.dirname, '../../bad');
export const GOOD_FOLDER = join(BAD_FOLDER, 'good');

export type CaseKind = 'quarter' | 'issuer' | 'template';

export interface Expectation {
  readonly code: string;
  readonly line: number;
  readonly column: number;
  readonly field?: string;
  /** text the message must contain, when the case says */
  readonly message?: string;
}

export interface BadCase {
  readonly name: string;
  readonly kind: CaseKind;
  readonly bytes: Buffer;
  readonly expected: readonly Expectation[];
  /** the file the case takes the place of, inside the issuer folder: 2025-q3.yaml, templates/partials/body.hbs */
  readonly replaces: string;
}

const EXTENSIONS: Readonly<Record<CaseKind, string>> = { quarter: '.yaml', issuer: '.yaml', template: '.hbs' };
const TEMPLATES_FOLDER = 'templates';
const REPLACES_LINE = /^# replaces: (\S+)\s*$/m;

function replacedFile(kind: CaseKind, header: string): string {
  if (kind === 'quarter') return '2025-q3.yaml';
  if (kind === 'issuer') return '_issuer.yaml';
  const target = REPLACES_LINE.exec(header)?.[1];
  if (!target) throw new Error('a template case names the template it replaces: # replaces: partials/body.hbs');
  return `${TEMPLATES_FOLDER}/${target}`;
}

const EXPECT_LINE = /^# expect: (TB\d{3}) (\d+):(\d+)(?: ([^\s「]+))?(?: 「(.+)」)?\s*$/gm;

/** The header, whatever the file's encoding: UTF-16 read as such, anything else as UTF-8 (a GBK case's header is ASCII). */
function headerText(bytes: Buffer): string {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe;
  return utf16 ? bytes.subarray(2).toString('utf16le') : bytes.toString('utf8');
}

const unescaped = (field: string): string => field.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));

export function badCases(): BadCase[] {
  return (['quarter', 'issuer', 'template'] as const).flatMap((kind) =>
    readdirSync(join(BAD_FOLDER, kind))
      .filter((name) => name.endsWith(EXTENSIONS[kind]))
      .sort()
      .map((name) => {
        const bytes = readFileSync(join(BAD_FOLDER, kind, name));
        const header = headerText(bytes);
        const expected = [...header.matchAll(EXPECT_LINE)].map(([, code, line, column, field, message]) => ({
          code: code ?? '',
          line: Number(line),
          column: Number(column),
          ...(field ? { field: unescaped(field) } : {}),
          ...(message ? { message } : {}),
        }));
        return { name: `${kind}/${name}`, kind, bytes, expected, replaces: replacedFile(kind, header) };
      }),
  );
}

/** A project folder holding the good files, with `package.json` marking its root; removed by the caller. */
export function goodProject(): { root: string; issuerFolder: string; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'tongbao-bad-'));
  writeFileSync(join(root, 'package.json'), '{}\n');
  const issuerFolder = join(root, '城');
  cpSync(GOOD_FOLDER, issuerFolder, { recursive: true });
  return { root, issuerFolder, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Every diagnostic the stages up to the lint give for a quarter file: errors thrown, or the lint's findings. */
export async function diagnosticsOf(file: string, projectRoot: string): Promise<readonly Diagnostic[]> {
  try {
    const records = await loadQuarter({ file, projectRoot });
    return lintNotice({ records, document: compose({ records, figures: computeFigures(records) }).document });
  } catch (error) {
    if (isTongbaoError(error)) return error.diagnostics;
    throw error;
  }
}

export async function runCase(badCase: BadCase): Promise<readonly Diagnostic[]> {
  const project = goodProject();
  try {
    if (badCase.kind === 'template') {
      mkdirSync(dirname(join(project.issuerFolder, badCase.replaces)), { recursive: true });
      appendFileSync(join(project.issuerFolder, '_issuer.yaml'), `templates: ${TEMPLATES_FOLDER}\n`);
    }
    writeFileSync(join(project.issuerFolder, badCase.replaces), badCase.bytes);
    return await diagnosticsOf(join(project.issuerFolder, '2025-q3.yaml'), project.root);
  } finally {
    project.remove();
  }
}

/** Every file under `folder`, by relative path, as base64: equal snapshots mean byte-identical trees. */
export function snapshot(folder: string, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    readdirSync(folder)
      .sort()
      .flatMap((name) => {
        const path = join(folder, name);
        return statSync(path).isDirectory()
          ? Object.entries(snapshot(path, `${prefix}${name}/`))
          : [[`${prefix}${name}`, readFileSync(path).toString('base64')]];
      }),
  );
}
