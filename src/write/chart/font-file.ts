// A font file read only where it is looked at: a chart's glyphs and the tables kept with them are
// about a megabyte of the 16.8 MB wqy-zenhei.ttc, and reading all of it took ≈25 ms of CPU a
// build. The bytes read are the file's own, in a buffer of the file's size; the pages never read
// stay zero-filled memory the system maps only when touched, so they cost nothing.

import { closeSync, openSync, readSync, statSync } from 'node:fs';

const PAGE_BYTES = 4096;

export interface PartlyReadFile {
  /** the file's bytes where read, zeros elsewhere */
  readonly bytes: Uint8Array;
  /** reads `length` bytes from `offset` unless they are read already */
  readonly load: (offset: number, length: number) => void;
}

export function partlyReadFile(path: string): PartlyReadFile {
  const size = statSync(path).size;
  const bytes = new Uint8Array(size);
  const pageRead = new Uint8Array(Math.ceil(size / PAGE_BYTES));
  const load = (offset: number, length: number) => {
    const end = Math.min(pageRead.length, Math.ceil((offset + length) / PAGE_BYTES));
    let file: number | undefined;
    try {
      for (let page = Math.max(0, Math.floor(offset / PAGE_BYTES)); page < end; ) {
        if (pageRead[page]) {
          page += 1;
          continue;
        }
        // the pages not yet read from here on, in one read
        let after = page;
        while (after < end && !pageRead[after]) after += 1;
        file ??= openSync(path, 'r');
        const stop = Math.min(size, after * PAGE_BYTES);
        for (let at = page * PAGE_BYTES; at < stop; ) {
          const count = readSync(file, bytes, at, stop - at, at);
          if (count === 0) throw new Error(`字体文件 ${path} 读到 ${at} 字节处就结束了，比打开时短`);
          at += count;
        }
        pageRead.fill(1, page, after);
        page = after;
      }
    } finally {
      if (file !== undefined) closeSync(file);
    }
  };
  return { bytes, load };
}
