// The seal is an image printed over the signature: a PNG that must decode in full. A file
// that only starts like a PNG (truncated, damaged in copying) would be embedded broken in the
// DOCX and silently left out of the PDF, so it is decoded here, where its path was written.

import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { CODES, diagnose } from '../diagnostics/codes.js';
import { dataPath, type Fallible } from './decoders.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** What is wrong with the bytes as a PNG image, in the user's words; undefined when they decode. */
export function pngProblem(bytes: Buffer): string | undefined {
  if (!bytes.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE)) return '不是 PNG 图片';
  try {
    PNG.sync.read(bytes);
    return undefined;
  } catch {
    return 'PNG 图片已损坏或不完整，无法显示';
  }
}

/** A path to a PNG image inside the project that decodes, reported at the field that names it. */
export function pngImage(options: { projectRoot: string; purpose: string }): Fallible<string> {
  const path = dataPath({ ...options, kind: 'file' });
  return {
    ...path,
    decode(node, sink) {
      const file = path.decode(node, sink);
      if (file === undefined) return undefined;
      const problem = pngProblem(readFileSync(file));
      if (!problem) return file;
      sink.push(diagnose(CODES.imageNotPng, { path: node.kind === 'scalar' ? node.source : file, problem }, { place: node.place, field: node.path }));
      return undefined;
    },
  };
}
