// Output files: puts a build's files in place, all or nothing, and says beforehand in
// Chinese what would stop it. A build replaces only the files it writes: anything else in an
// output folder (an earlier build's other formats, a document the user saved there) is never
// touched. Each file is written complete under a temporary name beside its target and then
// renamed over it, so nobody ever opens half a file; the files it replaces are kept under
// backup names until every rename has succeeded, so a failure part-way puts back what was there.

import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { CODES, diagnose } from '../diagnostics/codes.js';
import { TongbaoError, type Diagnostic } from '../diagnostics/diagnostic.js';
import { displayPath } from '../load/located.js';
import type { OutputFile } from './types.js';

/** Where one document's files will go, known before anything renders. */
export interface OutputTarget {
  /** the data file the document comes from, as given on the command line */
  readonly source: string;
  /** absolute path of the folder its files go to */
  readonly folder: string;
  readonly names: readonly string[];
}

export interface FolderFiles {
  /** absolute path; made, with its parents, when missing */
  readonly folder: string;
  readonly files: readonly OutputFile[];
}

/** The file-system calls that change files: node:fs, or in tests a stand-in that makes one of them fail. */
export type OutputFileSystem = Pick<
  typeof nodeFs,
  'mkdirSync' | 'openSync' | 'writeFileSync' | 'fsyncSync' | 'closeSync' | 'readFileSync' | 'lstatSync' | 'linkSync' | 'renameSync' | 'rmSync' | 'rmdirSync'
>;

/**
 * Everything that can be known about the targets before rendering, all at once: documents that
 * would overwrite each other, output folders that are files or cannot take new files, and
 * outputs that are folders or cannot be replaced (open in Word or WPS, read-only).
 */
export function checkOutputTargets(targets: readonly OutputTarget[]): Diagnostic[] {
  const found: PathProblem[] = [];
  const folders = new Map(targets.map((target) => [folderKey(target.folder), target]));
  for (const { folder, names } of folders.values()) {
    const folderProblem = checkFolder(folder);
    // a folder that cannot take files says enough; its files matter once it can
    const fileProblems = folderProblem ? [] : names.map((name) => checkReplaceable(join(folder, name)));
    found.push(...[folderProblem, ...fileProblems].filter((problem) => problem !== undefined));
  }
  // several documents under one file that should be a folder: said once
  const byPath = new Map(found.map((problem) => [problem.path, problem.diagnostic]));
  return [...outputCollisions(targets).map((collision) => collision.diagnostic), ...byPath.values()];
}

/** Windows and macOS ignore case in names, so 城A and 城a are one folder there. */
function folderKey(folder: string): string {
  const resolved = resolve(folder);
  return process.platform === 'win32' || process.platform === 'darwin' ? resolved.toLowerCase() : resolved;
}

/** Documents that would overwrite each other's files: for each folder several of them share, their sources and the TB601 naming them. */
export function outputCollisions(targets: readonly Pick<OutputTarget, 'source' | 'folder'>[]): Array<{ sources: string[]; diagnostic: Diagnostic }> {
  const byFolder = new Map<string, Pick<OutputTarget, 'source' | 'folder'>[]>();
  for (const target of targets) {
    const key = folderKey(target.folder);
    byFolder.set(key, [...(byFolder.get(key) ?? []), target]);
  }
  return [...byFolder.values()]
    .filter((sharing) => sharing.length > 1)
    .map((sharing) => ({
      sources: sharing.map((t) => t.source),
      diagnostic: diagnose(CODES.outputCollision, { sources: sharing.map((t) => displayPath(resolve(t.source))), folder: displayPath(sharing[0]!.folder) }, {}),
    }));
}

interface PathProblem {
  readonly path: string;
  readonly diagnostic: Diagnostic;
}

/** The folder, or the nearest folder above it that exists (where the missing ones will be made), must take new files. */
function checkFolder(folder: string): PathProblem | undefined {
  let existing = resolve(folder);
  let stats: nodeFs.Stats;
  for (;;) {
    try {
      stats = nodeFs.statSync(existing);
      break;
    } catch (error) {
      // ENOTDIR: a part of the path is a file; going up finds it
      const missing = ['ENOENT', 'ENOTDIR'].includes(errnoCode(error) ?? '');
      if (!missing || dirname(existing) === existing) return notWritable(existing, error);
      existing = dirname(existing);
    }
  }
  const path = displayPath(existing);
  if (!stats.isDirectory()) return { path, diagnostic: diagnose(CODES.outputPathIsFile, { path }, {}) };
  try {
    nodeFs.accessSync(existing, nodeFs.constants.W_OK | nodeFs.constants.X_OK);
  } catch (error) {
    return notWritable(existing, error);
  }
  return undefined;
}

function notWritable(folder: string, error: unknown): PathProblem {
  const path = displayPath(folder);
  return { path, diagnostic: diagnose(CODES.outputFolderNotWritable, { path, reason: reasonOf(error) }, {}) };
}

/** An output already there must be a file tongbao may write: not a folder, not open in another program, not read-only. */
function checkReplaceable(file: string): PathProblem | undefined {
  const path = displayPath(file);
  const locked = (error: unknown) => ({ path, diagnostic: diagnose(CODES.outputFileLocked, { path, reason: reasonOf(error) }, {}) });
  let stats: nodeFs.Stats | undefined;
  try {
    stats = nodeFs.statSync(file, { throwIfNoEntry: false });
  } catch (error) {
    return locked(error);
  }
  if (!stats) return undefined;
  if (stats.isDirectory()) return { path, diagnostic: diagnose(CODES.outputNameIsFolder, { path }, {}) };
  // Windows refuses to replace a document open in Word or WPS, and a read-only file: opening
  // it for writing, without writing, finds both before the rendering instead of after it
  try {
    nodeFs.closeSync(nodeFs.openSync(file, 'r+'));
    return undefined;
  } catch (error) {
    return locked(error);
  }
}

/** One output on its way in: the new bytes under a temporary name, the file it replaces under a backup name. */
interface Replacement {
  readonly target: string;
  readonly bytes: Uint8Array;
  /** the temporary file, while it exists */
  temp?: string;
  /** the backup of the file that was there, while it is this build's to remove */
  backup?: string;
}

/**
 * Puts every file in its folder, replacing the file of that name, and nothing else: all of them
 * or, when anything fails, none (the ones already renamed are put back). Returns warnings for
 * temporary files it could not remove; throws a TongbaoError when the files could not be written.
 */
export function replaceOutputFiles(batches: readonly FolderFiles[], fs: OutputFileSystem = nodeFs): Diagnostic[] {
  // one mark for this build's temporary and backup names: random, so no other file has them
  const mark = `tongbao-${randomBytes(6).toString('hex')}`;
  const replacements: Replacement[] = batches.flatMap(({ folder, files }) => files.map((file) => ({ target: join(folder, file.name), bytes: file.bytes })));
  const madeFolders: string[] = [];
  const renamed: Replacement[] = [];
  let current = '';
  try {
    for (const { folder } of batches) {
      current = folder;
      madeFolders.push(...makeFolder(folder, fs));
    }
    for (const replacement of replacements) {
      current = replacement.target;
      stage(replacement, mark, fs);
    }
    // only now, with every new file complete on disk, does any output change
    for (const replacement of replacements) {
      current = replacement.target;
      fs.renameSync(replacement.temp!, replacement.target);
      replacement.temp = undefined;
      renamed.push(replacement);
    }
  } catch (error) {
    const unrestored = rollBack(renamed, fs);
    const leftovers = removeLeftovers(replacements, madeFolders, fs);
    const code = errnoCode(error);
    if (!code) throw error; // not the file system refusing: a bug, which stays an ordinary error
    const problem = diagnose(CODES.outputWriteFailed, { path: displayPath(current), reason: reasonOf(error), advice: adviceFor(code) }, {});
    throw new TongbaoError([problem, ...unrestored, ...leftovers]);
  }
  return removeLeftovers(replacements, [], fs);
}

/** Makes the folder and its missing parents; returns the folders it made. */
function makeFolder(folder: string, fs: OutputFileSystem): string[] {
  const first = fs.mkdirSync(folder, { recursive: true });
  if (first === undefined) return [];
  const made: string[] = [];
  for (let at = resolve(folder); ; at = dirname(at)) {
    made.push(at);
    if (at === resolve(first) || dirname(at) === at) return made;
  }
}

/** `.通报.docx.tongbao-1a2b3c4d5e6f.tmp` beside `通报.docx`. */
function sideName(target: string, mark: string, kind: 'tmp' | 'bak'): string {
  return join(dirname(target), `.${basename(target)}.${mark}.${kind}`);
}

/** Writes the new bytes beside the target and keeps the file they will replace under a backup name. */
function stage(replacement: Replacement, mark: string, fs: OutputFileSystem): void {
  const temp = sideName(replacement.target, mark, 'tmp');
  writeNewFile(temp, replacement.bytes, fs, () => (replacement.temp = temp));
  if (!fs.lstatSync(replacement.target, { throwIfNoEntry: false })) return;
  const backup = sideName(replacement.target, mark, 'bak');
  try {
    // a second name for the file itself: restoring it restores its dates and permissions too, at no disk cost
    fs.linkSync(replacement.target, backup);
    replacement.backup = backup;
  } catch {
    // FAT-formatted USB drives and some network folders have no hard links: keep a copy of the bytes
    writeNewFile(backup, fs.readFileSync(replacement.target), fs, () => (replacement.backup = backup));
  }
}

/** Writes a file that must not exist yet, flushed to disk; `created` runs as soon as it exists, so a failure part-way still removes it. */
function writeNewFile(path: string, bytes: Uint8Array, fs: OutputFileSystem, created: () => void): void {
  // 'wx' fails rather than write over anything already there under this name
  const descriptor = fs.openSync(path, 'wx');
  created();
  try {
    fs.writeFileSync(descriptor, bytes);
    fs.fsyncSync(descriptor);
  } finally {
    fs.closeSync(descriptor);
  }
}

/** Puts back what was there before each rename, the latest first; says which could not be put back. */
function rollBack(renamed: readonly Replacement[], fs: OutputFileSystem): Diagnostic[] {
  const problems: Diagnostic[] = [];
  for (const replacement of [...renamed].reverse()) {
    const { target, backup } = replacement;
    try {
      if (backup) fs.renameSync(backup, target);
      else fs.rmSync(target);
    } catch (error) {
      const args = { path: displayPath(target), reason: reasonOf(error), ...(backup ? { backup: displayPath(backup) } : {}) };
      problems.push(diagnose(CODES.outputRestoreFailed, args, {}));
    }
    // put back, or left where the message says: either way no longer a leftover to remove
    replacement.backup = undefined;
  }
  return problems;
}

/** Removes this build's temporary and backup files, and the folders it made when they are empty again. */
function removeLeftovers(replacements: readonly Replacement[], madeFolders: readonly string[], fs: OutputFileSystem): Diagnostic[] {
  const warnings: Diagnostic[] = [];
  for (const replacement of replacements) {
    for (const path of [replacement.temp, replacement.backup]) {
      if (!path) continue;
      try {
        fs.rmSync(path, { force: true });
      } catch (error) {
        warnings.push(diagnose(CODES.leftoverFile, { path: displayPath(path), reason: reasonOf(error) }, {}, 'warning'));
      }
    }
  }
  // the deepest first: a folder is removed only once the ones made inside it are gone
  for (const folder of [...madeFolders].sort((a, b) => b.length - a.length)) {
    try {
      fs.rmdirSync(folder);
    } catch {
      // not empty: it holds what a message above names, or something put there meanwhile, which stays
    }
  }
  return warnings;
}

function errnoCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

const REASONS: Readonly<Record<string, string>> = {
  EACCES: '没有写入权限',
  EPERM: '操作不被允许：没有权限，或已被锁定',
  EBUSY: '正被其他程序打开',
  EROFS: '所在的磁盘是只读的',
  ENOSPC: '磁盘已满',
  EDQUOT: '超出了磁盘配额',
  ENOTDIR: '路径中有一段是文件，不是文件夹',
  EISDIR: '这是一个文件夹',
  ENAMETOOLONG: '路径太长',
  EIO: '磁盘读写出错',
  EMFILE: '同时打开的文件太多',
  ENFILE: '同时打开的文件太多',
};

/** Why the system refused, in Chinese, with the system's code for whoever helps. */
function reasonOf(error: unknown): string {
  const code = errnoCode(error);
  if (!code) return String(error);
  return `${REASONS[code] ?? '系统报告错误'}，${code}`;
}

function adviceFor(code: string): string {
  if (code === 'ENOSPC' || code === 'EDQUOT') return '腾出磁盘空间后再生成，或用 --out 输出到空间足够的磁盘。';
  if (code === 'EROFS') return '用 --out 输出到可以写入的磁盘和文件夹。';
  if (code === 'ENAMETOOLONG') return '用 --out 选一个路径短一些的输出文件夹。';
  if (code === 'EBUSY' || code === 'EPERM' || code === 'EACCES') {
    return '在 Word、WPS、PDF 阅读器或浏览器里关闭输出文件，检查当前用户对输出文件夹的写入权限，然后再生成；也可以用 --out 另选一个输出文件夹。';
  }
  return '检查磁盘和输出文件夹后再生成；仍然失败的，用 --out 另选一个输出文件夹。';
}
