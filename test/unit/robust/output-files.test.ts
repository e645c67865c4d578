// Writing the outputs, all or nothing: only the files written are replaced, a failure at any
// step (a rename refused by a file open in Word, a full disk) puts back every output already
// replaced and leaves no temporary or backup file, and what can be known before rendering is.
// Failures the machine cannot be made to produce on demand are injected at the module's one
// boundary with the file system; the others are real (a file where a folder should be, a
// folder or file locked against writes, see locking.ts).

import fs from 'node:fs';
import { linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isTongbaoError } from '../../../src/diagnostics/diagnostic.js';
import type { Diagnostic } from '../../../src/diagnostics/diagnostic.js';
import { checkOutputTargets, replaceOutputFiles, type OutputFileSystem } from '../../../src/write/output-files.js';
import { snapshot } from './corpus.js';
import { LOCKING_WORKS, lockAgainstWrites } from './locking.js';

const bytes = (text: string) => new TextEncoder().encode(text);

let root: string;
let folder: string;
const cleanups: Array<() => void> = [];

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'tongbao-output-'));
  folder = join(root, 'out', '城', '2025-q3');
});
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
  rmSync(root, { recursive: true, force: true });
});

/** A previous build's outputs and what the user keeps beside them. */
function previousOutputs(): Record<string, string> {
  mkdirSync(join(folder, '我的资料'), { recursive: true });
  writeFileSync(join(folder, '通报.html'), 'old page');
  writeFileSync(join(folder, '通报.fragment.html'), 'old fragment');
  writeFileSync(join(folder, '通报.docx'), 'old docx');
  writeFileSync(join(folder, '通报.pdf'), 'old pdf');
  writeFileSync(join(folder, '我的修改.docx'), 'mine');
  writeFileSync(join(folder, '我的资料', '底稿.txt'), 'draft');
  return snapshot(folder);
}

const NEW_HTML = [
  { name: '通报.html', bytes: bytes('new page') },
  { name: '通报.fragment.html', bytes: bytes('new fragment') },
];
const NEW_ALL = [...NEW_HTML, { name: '通报.docx', bytes: bytes('new docx') }, { name: '通报.pdf', bytes: bytes('new pdf') }];

/**
 * node:fs, except that `call` fails with `code` on the calls `fails` picks (counted from 1);
 * `succeeded` lists the arguments of the calls that went through.
 */
function fsFailing(
  call: 'renameSync' | 'writeFileSync' | 'linkSync' | 'rmSync',
  code: string,
  fails: (count: number) => boolean,
): OutputFileSystem & { succeeded: unknown[][] } {
  const real = fs[call] as (...args: unknown[]) => unknown;
  const succeeded: unknown[][] = [];
  let count = 0;
  const standIn = (...args: unknown[]) => {
    count += 1;
    if (fails(count)) throw Object.assign(new Error(`${code}: injected failure of ${call}`), { code });
    succeeded.push(args);
    return real(...args);
  };
  return { ...fs, [call]: standIn, succeeded } as OutputFileSystem & { succeeded: unknown[][] };
}

function failure(run: () => unknown): readonly Diagnostic[] {
  try {
    run();
  } catch (error) {
    if (isTongbaoError(error)) return error.diagnostics;
    throw error;
  }
  throw new Error('it succeeded');
}

describe('replacing the outputs', () => {
  it('replaces only the files it writes: the other formats, the user’s files and folders stay as they were', () => {
    const before = previousOutputs();
    expect(replaceOutputFiles([{ folder, files: NEW_HTML }])).toEqual([]);
    expect(snapshot(folder)).toEqual({
      ...before,
      '通报.html': Buffer.from('new page').toString('base64'),
      '通报.fragment.html': Buffer.from('new fragment').toString('base64'),
    });
    expect(readdirSync(folder).sort()).toEqual(['我的修改.docx', '我的资料', '通报.docx', '通报.fragment.html', '通报.html', '通报.pdf']);
  });

  it('renames the new file over the old one: a program reading the old file keeps reading it whole', () => {
    previousOutputs();
    const reader = join(root, 'held-open.html');
    linkSync(join(folder, '通报.html'), reader); // the same file as a program holding it open sees it
    replaceOutputFiles([{ folder, files: NEW_HTML }]);
    expect(readFileSync(reader, 'utf8')).toBe('old page');
    expect(readFileSync(join(folder, '通报.html'), 'utf8')).toBe('new page');
  });

  it('makes missing folders', () => {
    replaceOutputFiles([{ folder, files: NEW_HTML }]);
    expect(readdirSync(folder).sort()).toEqual(['通报.fragment.html', '通报.html']);
  });

  it('when the second rename fails (a file open in Word), puts the first back and leaves nothing of its own', () => {
    const before = previousOutputs();
    const wordHoldsTheFragment = fsFailing('renameSync', 'EBUSY', (n) => n === 2);
    const problems = failure(() => replaceOutputFiles([{ folder, files: NEW_ALL }], wordHoldsTheFragment));
    // 通报.html had been replaced, then was put back
    expect(wordHoldsTheFragment.succeeded.map(([, to]) => to)).toEqual([join(folder, '通报.html'), join(folder, '通报.html')]);
    expect(problems.map((d) => d.code)).toEqual(['TB606']);
    expect(problems[0]?.message).toBe(`写入“${join(folder, '通报.fragment.html')}”时失败（正被其他程序打开，EBUSY）`);
    expect(problems[0]?.hint).toContain('Word');
    expect(snapshot(folder)).toEqual(before);
  });

  it('puts the replaced files back when hard links are not available (a USB drive): from copies', () => {
    const before = previousOutputs();
    const noLinksAndLateFailure: OutputFileSystem = {
      ...fsFailing('renameSync', 'EIO', (n) => n === 4),
      linkSync: fsFailing('linkSync', 'EPERM', () => true).linkSync,
    };
    const problems = failure(() => replaceOutputFiles([{ folder, files: NEW_ALL }], noLinksAndLateFailure));
    expect(problems.map((d) => d.code)).toEqual(['TB606']);
    expect(problems[0]?.message).toContain('通报.pdf');
    expect(snapshot(folder)).toEqual(before);
  });

  it('when the disk fills while writing, changes nothing and removes the folders it made', () => {
    const problems = failure(() =>
      replaceOutputFiles([{ folder, files: NEW_ALL }], fsFailing('writeFileSync', 'ENOSPC', (n) => n === 3)),
    );
    expect(problems.map((d) => d.code)).toEqual(['TB606']);
    expect(problems[0]?.message).toContain('磁盘已满');
    expect(problems[0]?.hint).toContain('腾出磁盘空间');
    expect(readdirSync(root)).toEqual([]);
  });

  it('across folders: a failure in the second folder puts the first folder’s outputs back', () => {
    const before = previousOutputs();
    const other = join(root, 'out', '城', '2025-q4');
    const problems = failure(() =>
      replaceOutputFiles(
        [
          { folder, files: NEW_HTML },
          { folder: other, files: NEW_HTML },
        ],
        fsFailing('renameSync', 'EACCES', (n) => n === 4),
      ),
    );
    expect(problems.map((d) => d.code)).toEqual(['TB606']);
    expect(snapshot(folder)).toEqual(before);
    expect(readdirSync(join(root, 'out', '城')).sort()).toEqual(['2025-q3']);
  });

  it('when a replaced file cannot be put back either, says where it is kept instead of deleting it (TB607)', () => {
    previousOutputs();
    // the second output's rename fails, then putting the first one back fails too
    const problems = failure(() => replaceOutputFiles([{ folder, files: NEW_HTML }], fsFailing('renameSync', 'EPERM', (n) => n >= 2)));
    expect(problems.map((d) => d.code)).toEqual(['TB606', 'TB607']);
    const kept = /保存在“(.+?)”/.exec(problems[1]?.message ?? '')?.[1];
    expect(kept).toBeDefined();
    expect(readFileSync(kept!, 'utf8')).toBe('old page');
    expect(problems[1]?.hint).toBe(`关闭打开着“${join(folder, '通报.html')}”的程序，把“${kept}”改名为“通报.html”，原有的文件就恢复了。`);
    expect(readdirSync(folder).filter((name) => name.startsWith('.'))).toEqual([kept!.split('/').at(-1)]);
  });

  it('when a backup cannot be removed after success, keeps the new outputs and warns where it is (TB608)', () => {
    previousOutputs();
    const warnings = replaceOutputFiles([{ folder, files: NEW_HTML }], fsFailing('rmSync', 'EBUSY', (n) => n === 1));
    expect(warnings.map((d) => [d.code, d.severity])).toEqual([['TB608', 'warning']]);
    const left = /“(.+?)”/.exec(warnings[0]?.message ?? '')?.[1];
    expect(readdirSync(folder).filter((name) => name.startsWith('.')).map((name) => join(folder, name))).toEqual([left]);
    expect(readFileSync(join(folder, '通报.html'), 'utf8')).toBe('new page');
  });

  it('does not hide a bug as a file problem: an error without a system code stays as it is, after putting everything back', () => {
    const before = previousOutputs();
    const buggy: OutputFileSystem = {
      ...fs,
      renameSync: () => {
        throw new TypeError('not a file-system refusal');
      },
    };
    expect(() => replaceOutputFiles([{ folder, files: NEW_HTML }], buggy)).toThrow(TypeError);
    expect(snapshot(folder)).toEqual(before);
    expect(readdirSync(folder).filter((name) => name.startsWith('.'))).toEqual([]);
  });
});

describe('checking the targets before rendering', () => {
  const target = (source: string, at = folder) => ({ source, folder: at, names: ['通报.html', '通报.docx'] });

  it('finds two documents going to one folder, naming both and the folder (TB601)', () => {
    const problems = checkOutputTargets([target('/data/城/2025-q3.yaml'), target('/data/城/副本.yaml'), target('/data/城/2025-q4.yaml', join(root, 'q4'))]);
    expect(problems.map((d) => d.code)).toEqual(['TB601']);
    expect(problems[0]?.message).toBe(`“/data/城/2025-q3.yaml”和“/data/城/副本.yaml”都要输出到文件夹“${folder}”，后生成的会覆盖先生成的`);
  });

  it('finds an output folder, or a folder above it, that is a file (TB602), once however many documents go there', () => {
    writeFileSync(join(root, 'out'), 'a file named out');
    const problems = checkOutputTargets([target('a.yaml'), target('b.yaml', join(root, 'out', '城', '2025-q4')), target('c.yaml', join(root, 'out'))]);
    expect(problems.map((d) => [d.code, d.message])).toEqual([
      ['TB602', `“${join(root, 'out')}”是一个文件，不是文件夹，不能把生成的文件放进去`],
    ]);
  });

  it('finds an output that is a folder (TB605) and lists every problem at once', () => {
    mkdirSync(join(folder, '通报.docx'), { recursive: true });
    writeFileSync(join(root, 'file'), '');
    const problems = checkOutputTargets([target('a.yaml'), target('b.yaml', join(root, 'file', 'sub'))]);
    expect(problems.map((d) => d.code).sort()).toEqual(['TB602', 'TB605']);
    expect(problems.find((d) => d.code === 'TB605')?.message).toBe(`“${join(folder, '通报.docx')}”是一个文件夹，不能用生成的文件替换它`);
  });

  it('finds nothing wrong with a fresh folder or one holding earlier outputs', () => {
    expect(checkOutputTargets([target('a.yaml')])).toEqual([]);
    previousOutputs();
    expect(checkOutputTargets([target('a.yaml')])).toEqual([]);
  });

  it.skipIf(!LOCKING_WORKS)('finds a folder that takes no new files (TB603), also where a missing folder would be made', () => {
    const parent = join(root, 'out');
    mkdirSync(parent);
    cleanups.push(lockAgainstWrites(parent));
    const problems = checkOutputTargets([target('a.yaml')]);
    expect(problems.map((d) => d.code)).toEqual(['TB603']);
    expect(problems[0]?.message).toMatch(new RegExp(`^无法在文件夹“${parent}”里写入文件（.+，E[A-Z]+）$`));
  });

  it.skipIf(!LOCKING_WORKS)('finds an output that cannot be replaced — open in Word on Windows, read-only, locked (TB604)', () => {
    previousOutputs();
    cleanups.push(lockAgainstWrites(join(folder, '通报.docx')));
    const problems = checkOutputTargets([target('a.yaml')]);
    expect(problems.map((d) => d.code)).toEqual(['TB604']);
    expect(problems[0]?.message).toMatch(new RegExp(`^无法替换“${join(folder, '通报.docx')}”（.+，E[A-Z]+）$`));
    expect(problems[0]?.hint).toContain('关闭这个文件');
  });
});
