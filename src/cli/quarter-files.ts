// Which quarter files `build`, `check` and `preview` are for. Offices run tongbao in their own
// data folder and expect it to mean that folder, not tongbao's bundled example: a data folder
// given, or the folder the command runs in, means its latest quarter; a folder of data folders
// (data/) the latest quarter of each; the example only when the command runs in tongbao's own
// folder, and the command says which file it took. Patterns (data/*/2025-q3.yaml) are expanded
// here, since Windows' cmd passes them on as typed. For `build`, a data folder whose latest
// quarter cannot be told (a quarter file that cannot be read, two of one period, none at all)
// is one failed notice of the batch; for the other commands it stops the command.

import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { defaultQuarterFile } from '../build.js';
import { isTongbaoError, type Diagnostic } from '../diagnostics/diagnostic.js';
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

/** The quarter files a command is for; the first data folder whose latest quarter cannot be told stops it. */
export function quarterFilesToUse(request: QuarterFileRequest): string[] {
  return sourcesFor(request, (folder) => latestQuarterFile(folder).file);
}

export interface NoticeSources {
  /** the quarter files, and in place of each data folder whose latest quarter cannot be told, that folder */
  readonly sources: string[];
  /** those folders, each with why, as a build of it alone reports */
  readonly unresolved: Map<string, readonly Diagnostic[]>;
}

/** The notices `build` makes: a data folder whose latest quarter cannot be told fails alone, as any notice does. */
export function noticeSourcesToUse(request: QuarterFileRequest): NoticeSources {
  const unresolved = new Map<string, readonly Diagnostic[]>();
  const sources = sourcesFor(request, (folder) => {
    try {
      return latestQuarterFile(folder).file;
    } catch (error) {
      if (!isTongbaoError(error)) throw error;
      unresolved.set(folder, error.diagnostics);
      return undefined;
    }
  });
  return { sources, unresolved };
}

/** The latest quarter file of a data folder; undefined when it cannot be told and the folder stands in for it. */
type LatestOf = (folder: string) => string | undefined;

function sourcesFor(request: QuarterFileRequest, latestOf: LatestOf): string[] {
  const { given, cwd, projectRoot, log } = request;
  if (given.length > 0) return given.flatMap((path) => quarterFilesFor(path, request, latestOf));
  if (existsSync(join(cwd, ISSUER_FILE))) {
    const latest = latestOf(cwd);
    if (latest === undefined) return [cwd];
    log(`没有写数据文件：用当前文件夹最新一个季度 ${shownFrom(cwd, latest)}`);
    return [latest];
  }
  if (resolve(cwd) === resolve(projectRoot)) {
    const example = defaultQuarterFile(projectRoot);
    log(`没有写数据文件：用 tongbao 自带的示例 ${shownFrom(cwd, example)}`);
    return [example];
  }
  throw new UsageError(
    `没有写季度数据文件，当前文件夹“${cwd}”也不是数据文件夹（里面没有 ${ISSUER_FILE}）。` +
      `请写出季度数据文件或数据文件夹，如 tongbao ${request.command} data/本市/2025-q3.yaml，或先进入数据文件夹再运行。`,
    { command: request.command },
  );
}

const shownFrom = (cwd: string, path: string): string => relative(cwd, path) || '.';

/** Folders tongbao never looks for data in: installed packages, and hidden ones (.git). */
const NOT_DATA = ['**/node_modules/**', '**/.*/**'];

/** The quarter files one command-line argument means: a file, a data folder, a folder of data folders, or a pattern of any of these. */
function quarterFilesFor(path: string, request: QuarterFileRequest, latestOf: LatestOf): string[] {
  const { cwd, log, command } = request;
  if (!existsSync(resolve(cwd, path)) && isDynamicPattern(path)) {
    // Windows paths are written with backslashes, which patterns read as escapes
    const pattern = process.platform === 'win32' ? path.replaceAll('\\', '/') : path;
    const matches = globSync(pattern, { cwd, onlyFiles: false, expandDirectories: false, ignore: NOT_DATA }).sort();
    if (matches.length === 0) throw new UsageError(`“${path}”没有匹配到任何文件或文件夹，请检查写法`, { command });
    return matches.flatMap((match) => quarterFilesFor(match, request, latestOf));
  }
  if (!isFolder(resolve(cwd, path))) return [path];
  const folder = resolve(cwd, path);
  if (existsSync(join(folder, ISSUER_FILE))) {
    const latest = latestOf(folder);
    if (latest === undefined) return [folder];
    log(`数据文件夹“${path}”：用其中最新一个季度 ${shownFrom(cwd, latest)}`);
    return [latest];
  }
  const dataFolders = globSync(`**/${ISSUER_FILE}`, { cwd: folder, absolute: true, ignore: NOT_DATA })
    .map((issuerFile) => dirname(issuerFile))
    .sort();
  if (dataFolders.length === 0) {
    throw new UsageError(`文件夹“${path}”不是数据文件夹，里面也没有数据文件夹（放 ${ISSUER_FILE} 和各季度文件的文件夹）`, { command });
  }
  log(`文件夹“${path}”：找到 ${dataFolders.length} 个数据文件夹，各用其中最新一个季度`);
  return dataFolders.map((dataFolder) => latestOf(dataFolder) ?? dataFolder);
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false; // a missing path is the loader's to report, with the same words as any missing file
  }
}
