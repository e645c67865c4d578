import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { withFixedTimestamps } from '../../../src/write/office-package.js';
import { sampleNotice } from '../../fixtures/sample-notice.js';
import { writeAndUnpack } from './docx-parts.js';

describe('reproducible DOCX', () => {
  it('gives byte-identical files for two builds of the same notice', async () => {
    const first = await writeAndUnpack(sampleNotice());
    // let the wall clock move on, so a leaked timestamp would show
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const second = await writeAndUnpack(sampleNotice());
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
  });

  it('dates the document properties with 成文日期 and names title and author', async () => {
    const core = (await writeAndUnpack(sampleNotice())).xml('docProps/core.xml');
    expect(core).toMatch(/<dcterms:created [^>]*>2025-10-15T00:00:00Z<\/dcterms:created>/);
    expect(core).toMatch(/<dcterms:modified [^>]*>2025-10-15T00:00:00Z<\/dcterms:modified>/);
    expect(core).toContain('<dc:title>示例市人民政府办公室关于2025年第三季度全市政府网站和政务新媒体检查情况的通报</dc:title>');
    expect(core).toContain('<dc:creator>示例市人民政府办公室</dc:creator>');
  });

  it('stamps every zip entry with the date, in local time so every time zone agrees', async () => {
    const { bytes } = await writeAndUnpack(sampleNotice());
    // DOS date of 2025-10-15 at 00:00: ((2025 − 1980) << 9 | 10 << 5 | 15), time 0
    const dosDate = ((2025 - 1980) << 9) | (10 << 5) | 15;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let entries = 0;
    for (let offset = 0; offset + 4 <= bytes.length; offset++) {
      if (view.getUint32(offset, true) !== 0x04034b50) continue;
      expect([view.getUint16(offset + 10, true), view.getUint16(offset + 12, true)]).toEqual([0, dosDate]);
      entries++;
    }
    expect(entries).toBe(Object.keys(unzipSync(bytes)).length);
  });

  it('keeps every part but core.xml as docx packed it', async () => {
    const { entries } = await writeAndUnpack(sampleNotice());
    const repacked = unzipSync(withFixedTimestamps({ packed: (await writeAndUnpack(sampleNotice())).bytes, isoDate: '2030-01-02' }));
    expect(Object.keys(repacked)).toEqual(Object.keys(entries));
    for (const [name, part] of Object.entries(entries)) {
      if (name === 'docProps/core.xml') expect(strFromU8(repacked[name]!)).toContain('2030-01-02T00:00:00Z');
      else expect(repacked[name], name).toEqual(part);
    }
  });
});
