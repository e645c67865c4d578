// The build record: what a notice's outputs were made from, written beside them
// (out/<发文单位>/<年>-q<季度>/.tongbao-build.json) when a build succeeds, so that the next build
// can tell its notice is unchanged and skip it. Contents are hashed, never dates: copying a
// folder, checking it out again or saving a file unchanged must not make a notice look edited,
// and an edit within the same second must not go unnoticed.

import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { CODE_DIGEST_FILE } from '../bin/fresh-dist.mjs';
import { CODE_FOLDER, PACKAGE_ROOT } from './package-root.js';
import type { FormatName, OutputFile } from './write/types.js';
import { TONGBAO_VERSION } from './version.js';

export const BUILD_RECORD_FILE = '.tongbao-build.json';

interface BuildRecord {
  /** absolute path of the data file the notice was built from */
  readonly source: string;
  /** tongbaoFingerprint() of the tongbao that wrote the outputs */
  readonly tongbao: string;
  readonly formats: readonly FormatName[];
  /** absolute path of every input → its digest */
  readonly inputs: Readonly<Record<string, string>>;
  /** each output's name in its folder → its digest */
  readonly outputs: Readonly<Record<string, string>>;
}

const ABSENT = 'absent';

const sha256 = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

/**
 * A file's digest; a folder's is that of its files' names and digests, so a template added to
 * or removed from an issuer's templates folder counts; a missing path is a value of its own, so
 * an `_issuer.yaml` created where there was none counts too.
 */
export function pathDigest(path: string): string {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (!stats) return ABSENT;
  if (!stats.isDirectory()) return sha256(readFileSync(path));
  const names = readdirSync(path, { recursive: true, encoding: 'utf8' }).sort();
  const files = names.filter((name) => statSync(join(path, name)).isFile());
  return sha256(files.map((name) => `${name}\0${sha256(readFileSync(join(path, name)))}`).join('\n'));
}

/**
 * Hashes the compiled code in `folder` (dist/) once, for every build to read: `npm run build`
 * calls this last, after it has written everything else there. It removes the old digest first,
 * so the digest is that of the folder without it, as codeDigest() computes when there is none.
 */
export function writeCodeDigest(folder: string): void {
  const file = join(folder, CODE_DIGEST_FILE);
  rmSync(file, { force: true });
  writeFileSync(file, pathDigest(folder));
}

/**
 * The running code's digest: the one `npm run build` wrote beside it, or (src/ through tsx, or a
 * dist/ made some other way) the folder hashed now, 8 MB for dist/.
 */
function codeDigest(): string {
  try {
    return readFileSync(join(CODE_FOLDER, CODE_DIGEST_FILE), 'utf8');
  } catch {
    return pathDigest(CODE_FOLDER);
  }
}

let fingerprint: string | undefined;

/**
 * tongbao itself as an input: its version, its templates and styles, and its running code (dist/,
 * or src/ in a checkout running from source), where the GB/T 9704 layout numbers live. The code is
 * hashed, not only the version, because a checkout changes code without changing the version.
 */
export function tongbaoFingerprint(): string {
  fingerprint ??= sha256([TONGBAO_VERSION, pathDigest(join(PACKAGE_ROOT, 'templates')), codeDigest()].join('\n'));
  return fingerprint;
}

export interface RecordedBuild {
  readonly source: string;
  readonly formats: readonly FormatName[];
  readonly inputs: Iterable<string>;
  readonly outputs: readonly OutputFile[];
}

/** The record of a build about to be written, as one more output file of the notice. */
export function buildRecordFile(build: RecordedBuild): OutputFile {
  const record: BuildRecord = {
    source: resolve(build.source),
    tongbao: tongbaoFingerprint(),
    formats: build.formats,
    inputs: Object.fromEntries([...new Set(build.inputs)].sort().map((path) => [path, pathDigest(path)])),
    outputs: Object.fromEntries(build.outputs.map((file) => [file.name, sha256(file.bytes)])),
  };
  return { name: BUILD_RECORD_FILE, bytes: new TextEncoder().encode(`${JSON.stringify(record, null, 2)}\n`) };
}

function readRecord(folder: string): BuildRecord | undefined {
  try {
    return JSON.parse(readFileSync(join(folder, BUILD_RECORD_FILE), 'utf8')) as BuildRecord;
  } catch {
    return undefined; // none yet, or damaged: the notice is built again, which writes a good one
  }
}

/**
 * The output folder whose record says it was built from `source`: out/<the source's folder>/*,
 * found without reading the source, whose period names the folder.
 */
export function recordedFolder(outDir: string, source: string): string | undefined {
  const issuerFolder = join(outDir, basename(dirname(resolve(source))));
  let names: string[];
  try {
    names = readdirSync(issuerFolder);
  } catch {
    return undefined; // nothing built there yet
  }
  return names.map((name) => join(issuerFolder, name)).find((folder) => readRecord(folder)?.source === resolve(source));
}

/**
 * Whether the outputs in `folder` are what a build in `formats` would write now: same tongbao,
 * same formats, every input the same, and every output still as it was written (one deleted or
 * edited by hand is written again).
 */
export function isUpToDate(folder: string, formats: readonly FormatName[]): boolean {
  const record = readRecord(folder);
  if (!record || record.tongbao !== tongbaoFingerprint() || record.formats.join() !== formats.join()) return false;
  const inputs = Object.entries(record.inputs ?? {});
  const outputs = Object.entries(record.outputs ?? {});
  return (
    outputs.length > 0 &&
    inputs.every(([path, digest]) => pathDigest(path) === digest) &&
    outputs.every(([name, digest]) => pathDigest(join(folder, name)) === digest)
  );
}
