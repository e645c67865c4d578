// What a preview rebuilds on: the folders of every quarter file in the `previous` chain
// (which hold their `_issuer.yaml`), the issuer's template folder and the bundled templates.
// Folders rather than files, because editors save by writing a new file and renaming it.

import { existsSync, watch, type FSWatcher } from 'node:fs';
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
  readonly close: () => void;
}

/**
 * Calls `onChange` once per burst of changes (an editor's save is several events), `quietMs`
 * after the last one. Subfolders count: templates keep their partials in `partials/`.
 */
export function watchFolders(options: { onChange: () => void; quietMs: number }): FolderWatch {
  const watchers = new Map<string, FSWatcher>();
  let timer: NodeJS.Timeout | undefined;
  const changed = (_event: string, name: string | null) => {
    if (name !== null && !WATCHED_EXTENSIONS.has(extname(name).toLowerCase())) return;
    clearTimeout(timer);
    timer = setTimeout(options.onChange, options.quietMs);
  };
  return {
    update(folders) {
      for (const [folder, watcher] of watchers) {
        if (folders.includes(folder)) continue;
        watcher.close();
        watchers.delete(folder);
      }
      for (const folder of folders) {
        if (watchers.has(folder) || !existsSync(folder)) continue;
        const watcher = watch(folder, { recursive: true }, changed);
        // a folder that goes away is watched again by the next update that finds it
        watcher.on('error', () => {
          watcher.close();
          watchers.delete(folder);
        });
        watchers.set(folder, watcher);
      }
    },
    close() {
      clearTimeout(timer);
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}
