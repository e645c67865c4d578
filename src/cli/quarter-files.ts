// Which quarter files `build`, `check` and `preview` are for. Offices run tongbao in their own
// data folder and expect it to mean that folder, not tongbao's bundled example: a folder given,
// or the folder the command runs in, means its latest quarter; the example only when the command
// runs in tongbao's own folder, and the command says which file it took.

import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { defaultQuarterFile } from '../build.js';
import { ISSUER_FILE } from '../load/index.js';
import { latestQuarterFile } from '../load/latest-quarter.js';
import { UsageError } from './usage-error.js';

export interface QuarterFileRequest {
  readonly command: string;
  readonly given: readonly string[];
  /** the folder the command runs in */
  readonly cwd: string;
  /** tongbao's own folder, where the bundled example is */
  readonly projectRoot: string;
  readonly log: (line: string) => void;
}

export function quarterFilesToUse(request: QuarterFileRequest): string[] {
  const { given, cwd, projectRoot, log } = request;
  const shown = (path: string): string => relative(cwd, path) || '.';
  if (given.length > 0) {
    return given.map((path) => {
      if (!isFolder(path)) return path;
      const latest = latestQuarterFile(resolve(path)).file;
      log(`数据文件夹“${path}”：用其中最新一个季度 ${shown(latest)}`);
      return latest;
    });
  }
  if (existsSync(join(cwd, ISSUER_FILE))) {
    const latest = latestQuarterFile(cwd).file;
    log(`没有写数据文件：用当前文件夹最新一个季度 ${shown(latest)}`);
    return [latest];
  }
  if (resolve(cwd) === resolve(projectRoot)) {
    const example = defaultQuarterFile(projectRoot);
    log(`没有写数据文件：用 tongbao 自带的示例 ${shown(example)}`);
    return [example];
  }
  throw new UsageError(
    `没有写季度数据文件，当前文件夹“${cwd}”也不是数据文件夹（里面没有 ${ISSUER_FILE}）。` +
      `请写出季度数据文件或数据文件夹，如 tongbao ${request.command} data/本市/2025-q3.yaml，或先进入数据文件夹再运行。`,
    { command: request.command },
  );
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false; // a missing path is the loader's to report, with the same words as any missing file
  }
}
