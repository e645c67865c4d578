// What a file is when it is plainly not a YAML file: an image, a workbook, a Word or PDF
// document, recognised by the bytes it starts with (and, for the containers several formats
// share, its name), or a CSV table by its name. Given where a YAML file is expected, it gets one
// message naming what it is instead of an encoding error about its first byte or a YAML error
// about its first comma.

import { extname } from 'node:path';

export type FileGroup = 'image' | 'spreadsheet' | 'document' | 'archive';

export interface OtherFileKind {
  /** what the file is, as the user knows it: 「PNG 图片」 */
  readonly name: string;
  readonly group: FileGroup;
}

/** How many leading bytes the signatures below need. */
export const SIGNATURE_BYTES = 8;

const IMAGE_SIGNATURES: ReadonlyArray<readonly [readonly number[], string]> = [
  [[0x89, 0x50, 0x4e, 0x47], 'PNG 图片'],
  [[0xff, 0xd8, 0xff], 'JPEG 图片'],
  [[0x47, 0x49, 0x46, 0x38], 'GIF 图片'],
  [[0x42, 0x4d], 'BMP 图片'],
];
const PDF = [0x25, 0x50, 0x44, 0x46]; // %PDF
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // xlsx, docx, ofd and zip alike
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0]; // Office 97–2003 and WPS files

/** Containers shared by several formats, told apart by the file's extension. */
const BY_EXTENSION: Readonly<Record<string, OtherFileKind>> = {
  '.xlsx': { name: 'Excel 工作簿', group: 'spreadsheet' },
  '.xls': { name: 'Excel 97-2003 工作簿', group: 'spreadsheet' },
  '.et': { name: 'WPS 表格文件', group: 'spreadsheet' },
  '.docx': { name: 'Word 文档', group: 'document' },
  '.doc': { name: 'Word 97-2003 文档', group: 'document' },
  '.wps': { name: 'WPS 文字文件', group: 'document' },
  '.ofd': { name: 'OFD 版式文件', group: 'document' },
};

const startsWith = (head: Uint8Array, signature: readonly number[]): boolean => signature.every((byte, i) => head[i] === byte);

/** What the file is, when its first bytes or its name show it is no YAML file; undefined for anything else. */
export function otherFileKind(head: Uint8Array, fileName: string): OtherFileKind | undefined {
  const image = IMAGE_SIGNATURES.find(([signature]) => startsWith(head, signature));
  if (image) return { name: image[1], group: 'image' };
  if (startsWith(head, PDF)) return { name: 'PDF 文件', group: 'document' };
  if (startsWith(head, ZIP) || startsWith(head, OLE2)) {
    return BY_EXTENSION[extname(fileName).toLowerCase()] ?? { name: startsWith(head, ZIP) ? 'ZIP 压缩包' : 'Office 文件', group: 'archive' };
  }
  return extname(fileName).toLowerCase() === '.csv' ? { name: 'CSV 表格', group: 'spreadsheet' } : undefined;
}
