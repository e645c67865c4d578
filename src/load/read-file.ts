// Reads a data file's bytes into text, or says in Chinese why it cannot: missing, a folder,
// unreadable, too large, or not UTF-8 (a file saved as GBK by Windows Notepad's “ANSI”, or
// as UTF-16 by its “Unicode”). Only then does the YAML parser see it.

import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { CODES, diagnose } from '../diagnostics/codes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { SIGNATURE_BYTES, otherFileKind } from './file-kind.js';
import { displayPath } from './located.js';
import { placeInText } from './read-yaml.js';

/** A quarter of a large province's records is well under 1 MB; parsing 4 MB takes seconds already. */
export const MAX_FILE_MB = 4;

export interface ReadText {
  readonly text?: string;
  readonly diagnostics: readonly Diagnostic[];
}

export function readDataText(options: { file: string; purpose: string }): ReadText {
  const { file, purpose } = options;
  const shown = displayPath(file);
  const failed = (diagnostic: Diagnostic): ReadText => ({ diagnostics: [diagnostic] });
  const wholeFile = { place: { file: shown, line: 1, column: 1 } };
  let size: number;
  try {
    const stats = statSync(file);
    if (!stats.isFile()) return failed(diagnose(CODES.wrongPathKind, { path: shown, expected: '文件' }, {}));
    size = stats.size;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return failed(diagnose(CODES.fileNotFound, { path: shown, purpose }, {}));
    return failed(diagnose(CODES.unreadable, { path: shown, reason: errorCode(error) ?? String(error) }, {}));
  }
  // before the size: a workbook or a scan is over the limit as often as not, and what it is matters more
  const kind = otherFileKind(leadingBytes(file), file);
  if (kind) return failed(diagnose(CODES.notText, { path: shown, kind: kind.name, group: kind.group, purpose }, {}));
  if (size > MAX_FILE_MB * 1024 * 1024) {
    return failed(diagnose(CODES.fileTooLarge, { sizeMb: (size / 1024 / 1024).toFixed(1), limitMb: MAX_FILE_MB }, wholeFile));
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return failed(diagnose(CODES.unreadable, { path: shown, reason: errorCode(error) ?? String(error) }, wholeFile));
  }
  return decodeUtf8({ bytes, file: shown });
}

/** The first bytes of the file, or none when it cannot be opened (reading it whole then says why). */
function leadingBytes(file: string): Uint8Array {
  const head = new Uint8Array(SIGNATURE_BYTES);
  let descriptor: number | undefined;
  try {
    descriptor = openSync(file, 'r');
    return head.subarray(0, readSync(descriptor, head, 0, SIGNATURE_BYTES, 0));
  } catch {
    return new Uint8Array(0);
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error ? String(error.code) : undefined;
}

const UTF16_MARKS = [Buffer.from([0xff, 0xfe]), Buffer.from([0xfe, 0xff])];

function decodeUtf8(options: { bytes: Buffer; file: string }): ReadText {
  const { bytes, file } = options;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), diagnostics: [] };
  } catch {
    // the first undecodable byte is where the replacement character first stands in the lenient decoding
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const place = placeInText({ text: lenient, offset: Math.max(0, lenient.indexOf('\uFFFD')), file });
    return { diagnostics: [diagnose(CODES.notUtf8, { encoding: likelyEncoding(bytes) }, { place })] };
  }
}

/** The encoding a non-UTF-8 data file was probably saved in, for the message. */
function likelyEncoding(bytes: Buffer): string | undefined {
  if (UTF16_MARKS.some((mark) => bytes.subarray(0, 2).equals(mark))) return 'UTF-16（记事本的“Unicode”）';
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    return /[\u4e00-\u9fff]/.test(text) ? 'GBK（记事本的“ANSI”）' : undefined;
  } catch {
    return undefined;
  }
}
