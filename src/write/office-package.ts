// Same input, same bytes, for every zip package tongbao writes (the notice's DOCX and OFD,
// exported and copied XLSX workbooks): the Office writers stamp docProps/core.xml with the current
// time and every zip entry with it; both are replaced here by a date of the data (the 成文日期).

import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

const CORE_PROPERTIES = 'docProps/core.xml';

/** A package's parts by path, in zip order: XML as text or bytes, media as bytes (docx keeps some as an ArrayBuffer). */
export type PackageParts = Iterable<readonly [path: string, data: string | Uint8Array | ArrayBuffer]>;

const bytesOf = (data: string | Uint8Array | ArrayBuffer): Uint8Array =>
  typeof data === 'string' ? strToU8(data) : ArrayBuffer.isView(data) ? data : new Uint8Array(data);

/**
 * Zips a package's parts once with fixed timestamps: created/modified in core.xml become the date at
 * midnight UTC, and every entry gets that date as its modification time. A path given twice keeps its
 * first place and its last data, as docx's own packer does.
 */
export function zipWithFixedTimestamps(options: { parts: PackageParts; isoDate: string }): Uint8Array {
  const { parts, isoDate } = options;
  const zippable = dated(parts, isoDate);
  const core = zippable[CORE_PROPERTIES] as [Uint8Array, unknown] | undefined;
  if (!core) throw new Error(`office package: the package has no ${CORE_PROPERTIES}`);
  core[0] = strToU8(strFromU8(core[0]).replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*/g, `$1${isoDate}T00:00:00Z`));
  return zipSync(zippable);
}

/** Zips parts with every entry dated `isoDate`, for packages whose parts carry no time of their own (OFD). */
export function zipAtDate(options: { parts: PackageParts; isoDate: string }): Uint8Array {
  return zipSync(dated(options.parts, options.isoDate));
}

function dated(parts: PackageParts, isoDate: string): Zippable {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) throw new Error(`zip package: date "${isoDate}" is not YYYY-MM-DD`);
  // zip stores local wall-clock time; building the Date from local parts makes the stored
  // fields the same in every time zone
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const mtime = new Date(year, month - 1, day);
  const zippable: Zippable = {};
  for (const [path, data] of parts) zippable[path] = [bytesOf(data), { mtime, level: 6 }];
  return zippable;
}

/** Rewrites a DOCX or XLSX packed by another library with fixed timestamps (see zipWithFixedTimestamps). */
export function withFixedTimestamps(options: { packed: Uint8Array; isoDate: string }): Uint8Array {
  return zipWithFixedTimestamps({ parts: Object.entries(unzipSync(options.packed)), isoDate: options.isoDate });
}
