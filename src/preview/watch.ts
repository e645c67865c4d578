// What a preview rebuilds on: the folders of every quarter file in the `previous` chain
// (which hold their `_issuer.yaml`), the issuer's template folder and the bundled templates.
// Folders rather than files, because editors save by writing a new file and renaming it.
// Watched with chokidar: node's recursive fs.watch on Linux stops reporting a folder's changes
// after the first save made by renaming a new file over the old one (sed -i, many editors).

import { watch } from 'chokidar';
import { dirname, extname, resolve } from 'node:path';
import { BUNDLED_TEMPLATES } from '../compose/index.js';
import { isPublishedFigures, type QuarterRecords } from '../model/records.js';

/** Files whose change can change the notice: data (records in sheets too), templates, the web style sheet. */
const WATCHED_EXTENSIONS = new Set(['.yaml', '.yml', '.xlsx', '.csv', '.hbs', '.css']);

/** The folders a quarter's notice is made from; before the first good build, the quarter's own folder. */
export function watchedFolders(options: { file: string; records?: QuarterRecords }): string[] {
  const folders = [dirname(resolve(options.file)), BUNDLED_TEMPLATES];
  for (let quarter = options.records; quarter; ) {
    folders.push(dirname(quarter.source));
    if (quarter.issuer.templates) folders.push(quarter.issuer.templates);
    quarter = quarter.previous && !isPublishedFigures(quarter.previous) ? quarter.previous : undefined;
  }
  return [...new Set(folders.map((folder) => resolve(folder)))].sort();
}

export interface FolderWatch {
  /** watches exactly these folders from now on, keeping the watchers of folders still wanted */
  readonly update: (folders: readonly string[]) => void;
  readonly close: () => Promise<void>;
}

/**
 * Calls `onChange` once per burst of changes (an editor's save is several events), `quietMs`
 * after the last one. Subfolders count: templates keep their partials in `partials/`.
 */
export function watchFolders(options: { onChange: () => void; quietMs: number }): FolderWatch {
  let timer: NodeJS.Timeout | undefined;
  const changed = (_event: string, path: string) => {
    if (!WATCHED_EXTENSIONS.has(extname(path).toLowerCase())) return;
    clearTimeout(timer);
    timer = setTimeout(options.onChange, options.quietMs);
  };
  // a folder that does not exist yet is watched from when it appears
  const watcher = watch([], { ignoreInitial: true }).on('all', changed);
  let watched = new Set<string>();
  return {
    update(folders) {
      const wanted = new Set(folders);
      const gone = [...watched].filter((folder) => !wanted.has(folder));
      const added = folders.filter((folder) => !watched.has(folder));
      if (gone.length > 0) watcher.unwatch(gone);
      if (added.length > 0) watcher.add(added);
      watched = wanted;
    },
    async close() {
      clearTimeout(timer);
      await watcher.close();
    },
  };
}
