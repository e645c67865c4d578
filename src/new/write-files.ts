// Writes the next quarter's new files, none over an existing file and all or none: each is
// written whole to a temporary file beside it, then linked to its name — a link fails when
// the name is taken, so a file made meanwhile by someone else is never replaced. Where the
// file system has no links, an exclusive copy does the same. A failure removes what this
// run made, so a failed `tongbao new` leaves the folder as it was.

import { randomBytes } from 'node:crypto';
import { constants, copyFileSync, linkSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CODES, diagnose } from '../diagnostics/codes.js';
import { TongbaoError } from '../diagnostics/diagnostic.js';
import { displayPath } from '../load/located.js';

export interface NewFile {
  readonly path: string;
  readonly bytes: Uint8Array | string;
}

/** Link errors of file systems without hard links (FAT, some network drives). */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}

function temporaryName(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tongbao-new`);
}

/** Copies to a name nobody has taken; a copy cut short (a full disk) is removed. */
function copyExclusive(from: string, to: string): void {
  try {
    copyFileSync(from, to, constants.COPYFILE_EXCL);
  } catch (error) {
    if (errorCode(error) !== 'EEXIST') rmSync(to, { force: true });
    throw error;
  }
}

/** Puts one file in place without replacing anything; throws the TongbaoError that says why not. */
function writeNoClobber(file: NewFile): void {
  const temporary = temporaryName(file.path);
  try {
    writeFileSync(temporary, file.bytes, { flag: 'wx' });
    try {
      linkSync(temporary, file.path);
    } catch (error) {
      if (!NO_LINKS.has(errorCode(error))) throw error;
      copyExclusive(temporary, file.path);
    }
  } catch (error) {
    const shown = displayPath(file.path);
    if (errorCode(error) === 'EEXIST') throw new TongbaoError([diagnose(CODES.newFileExists, { path: shown }, {})]);
    throw new TongbaoError([diagnose(CODES.newWriteFailed, { path: shown, reason: errorCode(error) }, {})]);
  } finally {
    rmSync(temporary, { force: true });
  }
}

/** Writes every file or, when one cannot be written, removes the ones written before it and throws. */
export function writeNewFiles(files: readonly NewFile[]): void {
  const written: string[] = [];
  try {
    for (const file of files) {
      writeNoClobber(file);
      written.push(file.path);
    }
  } catch (error) {
    for (const path of written) rmSync(path, { force: true });
    throw error;
  }
}
