// Makes a file or folder refuse writes for this very process. Tests run as root here, and root
// ignores permission bits, so as root the immutable attribute (chattr +i) does it; as anyone
// else, read-only permissions. `LOCKING_WORKS` says whether either really blocks a write on
// this machine, checked by trying: a test that needs it is skipped, visibly, when it does not.

import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const asRoot = process.getuid?.() === 0;

/** Locks `path` against writes; returns the unlock. */
export function lockAgainstWrites(path: string): () => void {
  if (asRoot) {
    execFileSync('chattr', ['+i', path]);
    return () => execFileSync('chattr', ['-i', path]);
  }
  const { mode } = statSync(path);
  chmodSync(path, statSync(path).isDirectory() ? 0o555 : 0o444);
  return () => chmodSync(path, mode);
}

function lockingWorks(): boolean {
  const folder = mkdtempSync(join(tmpdir(), 'tongbao-lock-probe-'));
  try {
    const unlock = lockAgainstWrites(folder);
    try {
      writeFileSync(join(folder, 'probe'), 'x');
      return false;
    } catch {
      return true;
    } finally {
      unlock();
    }
  } catch {
    return false; // chattr missing, or not allowed in this container
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

export const LOCKING_WORKS = lockingWorks();
