// A copy of a records CSV for the next quarter, in the encoding it came in (UTF-8 with or
// without a byte-order mark, UTF-16, GB18030/GBK) and with its line breaks: records are read
// with Papa Parse as the loader reads them (src/load/sheets/grid.ts), and each record is kept
// character for character unless it changes (a title naming the quarter, result cells emptied).

import Papa from 'papaparse';
import { encodeGb18030 } from './gb18030.js';
import type { SheetEdit } from './sheet-edit.js';

type CsvEncoding = 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'utf-8' | 'gb18030';

const BOMS: ReadonlyArray<readonly [CsvEncoding, readonly number[]]> = [
  ['utf-8-bom', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

function encodingOf(bytes: Uint8Array): { encoding: CsvEncoding; text: string } | undefined {
  for (const [encoding, bom] of BOMS) {
    if (bom.every((byte, index) => bytes[index] === byte)) {
      return { encoding, text: new TextDecoder(encoding === 'utf-8-bom' ? 'utf-8' : encoding).decode(bytes.subarray(bom.length)) };
    }
  }
  for (const encoding of ['utf-8', 'gb18030'] as const) {
    try {
      return { encoding, text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
    } catch {
      // the next encoding, or none
    }
  }
  return undefined;
}

function encode(text: string, encoding: CsvEncoding): Uint8Array | undefined {
  const bom = BOMS.find(([name]) => name === encoding)?.[1] ?? [];
  if (encoding === 'gb18030') return encodeGb18030(text);
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const little = Buffer.from(text, 'utf16le');
    return new Uint8Array([...bom, ...(encoding === 'utf-16be' ? little.swap16() : little)]);
  }
  return new Uint8Array([...bom, ...Buffer.from(text, 'utf8')]);
}

/** A field as CSV writes it: quoted when it holds a comma, a quote or a line break. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Each record's text, its line break included, and its cells: read as the sheet reader reads it. */
function records(text: string): Array<{ raw: string; cells: string[] }> {
  const found: Array<{ raw: string; cells: string[] }> = [];
  let start = 0;
  // step mode, because only there does Papa say where each record ends (its cursor)
  Papa.parse<string[]>(text, {
    delimiter: ',',
    quoteChar: '"',
    skipEmptyLines: false,
    step: ({ data, meta }) => {
      found.push({ raw: text.slice(start, meta.cursor), cells: data });
      start = meta.cursor;
    },
  });
  return found;
}

/** The copied CSV's bytes; undefined when the file is in no encoding a CSV is read in. */
export function copyCsv(bytes: Uint8Array, edit: SheetEdit): Uint8Array | undefined {
  const decoded = encodingOf(bytes);
  if (!decoded) return undefined;
  const rows = records(decoded.text).flatMap(({ raw, cells }, index) => {
    const number = index + 1;
    if (edit.dropRows.has(number)) return [];
    const edited = edit.clearRows.has(number)
      ? cells.map((cell, column) => (edit.resultColumns.includes(column) ? '' : cell))
      : edit.titleRows.has(number)
        ? cells.map(edit.retitle)
        : cells;
    if (edited.every((cell, column) => cell === cells[column])) return [raw];
    const lineBreak = /\r?\n$|\r$/.exec(raw)?.[0] ?? '';
    return [edited.map(csvField).join(',') + lineBreak];
  });
  return encode(rows.join(''), decoded.encoding);
}
