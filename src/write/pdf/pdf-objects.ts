// A PDF's objects read the way a reader finds them: through the cross-reference tables, the newest
// revision first (ISO 32000-1, 7.5.4 and 7.5.6), so no byte inside a compressed stream is ever
// mistaken for structure. Chromium (Skia) writes classic tables, one subsection each; tongbao's own
// incremental updates (document-info.ts, signature.ts) add a revision each. Objects are read only
// when asked for: a tagged PDF of a long table has hundreds of thousands of them, and the callers
// need only the catalog, the page tree and a few pages.

/** Each cross-reference entry is exactly 20 bytes (7.5.4): `nnnnnnnnnn ggggg n` and an end of line. */
const XREF_ENTRY_BYTES = 20;

interface Subsection {
  readonly first: number;
  readonly count: number;
  /** byte offset of the subsection's first entry */
  readonly entriesAt: number;
}

export interface Trailer {
  /** one more than the highest object number in the file */
  readonly size: number;
  readonly root: number;
  readonly info?: number;
  /** where the newest cross-reference table starts: the next revision's /Prev */
  readonly startxref: number;
}

export interface PdfObjects {
  /** the newest revision's trailer */
  readonly trailer: Trailer;
  /** an object's text, `n 0 obj` to `endobj` exclusive, cut before its stream */
  readonly dictionary: (object: number) => string | undefined;
  /** where an object starts (`n 0 obj`), by the newest revision that has it */
  readonly offset: (object: number) => number | undefined;
  /** the page objects in reading order */
  readonly pages: () => number[];
}

const notClassic = () => new Error('PDF 的交叉引用表不是经典格式，无法读取');

function section(pdf: string, at: number): { subsections: Subsection[]; trailer: string } {
  const subsections: Subsection[] = [];
  const header = /^xref\s+/.exec(pdf.slice(at, at + 16));
  if (!header) throw notClassic();
  let cursor = at + header[0].length;
  for (;;) {
    const range = /^(\d+) (\d+)\s+/.exec(pdf.slice(cursor, cursor + 32));
    if (!range) break;
    const count = Number(range[2]);
    subsections.push({ first: Number(range[1]), count, entriesAt: cursor + range[0].length });
    cursor += range[0].length + count * XREF_ENTRY_BYTES;
  }
  const trailer = /^\s*trailer\s*<<([\s\S]*?)>>\s*startxref/.exec(pdf.slice(cursor, cursor + 4096));
  if (subsections.length === 0 || !trailer) throw notClassic();
  return { subsections, trailer: trailer[1]! };
}

const number = (dictionary: string, key: string): number | undefined => {
  const match = new RegExp(`/${key}\\s+(\\d+)`).exec(dictionary);
  return match ? Number(match[1]) : undefined;
};

export const references = (list: string | undefined): number[] => [...(list ?? '').matchAll(/(\d+)\s+0\s+R/g)].map((m) => Number(m[1]));

/** The objects of a PDF given as latin1 text (one character per byte, so offsets are byte offsets). */
export function pdfObjects(pdf: string): PdfObjects {
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(pdf.slice(pdf.lastIndexOf('startxref')));
  if (!startxref) throw new Error('PDF 没有 startxref，无法读取');
  const sections: Subsection[][] = [];
  let newest: string | undefined;
  for (let at: number | undefined = Number(startxref[1]); at !== undefined; ) {
    const { subsections, trailer } = section(pdf, at);
    sections.push(subsections);
    newest ??= trailer;
    at = number(trailer, 'Prev');
  }
  const size = number(newest!, 'Size');
  const root = number(newest!, 'Root');
  if (size === undefined || root === undefined) throw new Error('PDF 的 trailer 缺少 /Size 或 /Root，无法读取');
  const info = number(newest!, 'Info');
  const trailer: Trailer = { size, root, ...(info === undefined ? {} : { info }), startxref: Number(startxref[1]) };

  const offset = (object: number): number | undefined => {
    for (const subsections of sections) {
      for (const { first, count, entriesAt } of subsections) {
        const index = object - first;
        if (index < 0 || index >= count) continue;
        const entry = /^(\d{10}) \d{5} ([nf])/.exec(pdf.slice(entriesAt + index * XREF_ENTRY_BYTES, entriesAt + (index + 1) * XREF_ENTRY_BYTES));
        if (!entry) throw notClassic();
        return entry[2] === 'n' ? Number(entry[1]) : undefined;
      }
    }
    return undefined;
  };
  const dictionary = (object: number): string | undefined => {
    const at = offset(object);
    if (at === undefined) return undefined;
    const body = pdf.slice(at, pdf.indexOf('endobj', at));
    const stream = body.indexOf('stream');
    return stream < 0 ? body : body.slice(0, stream);
  };
  /** Page objects in reading order, walking the page tree (Skia nests it when pages are many). */
  const pagesUnder = (node: number): number[] => {
    const text = dictionary(node) ?? '';
    if (/\/Type\s*\/Page\b/.test(text)) return [node];
    return references(/\/Kids\s*\[([^\]]*)\]/.exec(text)?.[1]).flatMap(pagesUnder);
  };
  const pages = () => {
    const pagesRoot = references(/\/Pages\s+(\d+\s+0\s+R)/.exec(dictionary(root) ?? '')?.[1])[0];
    if (pagesRoot === undefined) throw new Error('PDF 没有页面树，无法读取');
    return pagesUnder(pagesRoot);
  };
  return { trailer, dictionary, offset, pages };
}

/**
 * The PDF with a revision appended (7.5.6): objects replaced or added by number, a cross-reference
 * section listing them and a trailer pointing back to the previous one. `trailerEntries` are the
 * trailer's entries besides /Size and /Prev (/Root, /Info).
 */
export function withRevision(pdf: Uint8Array, options: { objects: ReadonlyMap<number, string>; size: number; trailerEntries: readonly string[]; prev: number }): Uint8Array {
  const separator = pdf.at(-1) === 0x0a ? '' : '\n';
  let at = pdf.length + separator.length;
  const offsets = new Map<number, number>();
  const bodies: string[] = [];
  for (const [object, text] of [...options.objects].sort(([a], [b]) => a - b)) {
    const body = `${object} 0 obj\n${text}\nendobj\n`;
    offsets.set(object, at);
    bodies.push(body);
    at += Buffer.byteLength(body, 'latin1');
  }
  // consecutive numbers share a subsection
  const subsections: string[] = [];
  let run: number[] = [];
  const flush = () => {
    if (run.length > 0) subsections.push(`${run[0]} ${run.length}\n${run.map((object) => `${String(offsets.get(object)).padStart(10, '0')} 00000 n \n`).join('')}`);
  };
  for (const object of offsets.keys()) {
    if (run.length > 0 && object !== run.at(-1)! + 1) {
      flush();
      run = [];
    }
    run.push(object);
  }
  flush();
  const trailer = [`/Size ${options.size}`, ...options.trailerEntries, `/Prev ${options.prev}`].join('\n');
  const update = `${separator}${bodies.join('')}xref\n${subsections.join('')}trailer\n<<${trailer}>>\nstartxref\n${at}\n%%EOF\n`;
  return new Uint8Array(Buffer.concat([pdf, Buffer.from(update, 'latin1')]));
}
