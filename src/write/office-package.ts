// Same input, same bytes, for every Office Open XML package tongbao writes (the notice's DOCX,
// exported and copied XLSX workbooks): their writers stamp docProps/core.xml with the current
// time and every zip entry with it; both are replaced here by a date of the data (the 成文日期).

import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

const CORE_PROPERTIES = 'docProps/core.xml';

/**
 * Rewrites a packed DOCX or XLSX with fixed timestamps: created/modified in core.xml become the date at
 * midnight UTC, and every entry is re-zipped with that date as its modification time.
 */
export function withFixedTimestamps(options: { packed: Uint8Array; isoDate: string }): Uint8Array {
  const { packed, isoDate } = options;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) throw new Error(`office package: date "${isoDate}" is not YYYY-MM-DD`);
  const entries = unzipSync(packed);
  const core = entries[CORE_PROPERTIES];
  if (!core) throw new Error(`office package: the packed file has no ${CORE_PROPERTIES}`);
  entries[CORE_PROPERTIES] = strToU8(
    strFromU8(core).replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*/g, `$1${isoDate}T00:00:00Z`),
  );
  // zip stores local wall-clock time; building the Date from local parts makes the stored
  // fields the same in every time zone
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const mtime = new Date(year, month - 1, day);
  const zippable: Zippable = {};
  for (const [name, bytes] of Object.entries(entries)) zippable[name] = [bytes, { mtime, level: 6 }];
  return zipSync(zippable);
}
