import { describe, expect, it } from 'vitest';
import { pdfDate, withFixedDates } from '../../../src/write/pdf/pdf-dates.js';

const encode = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
const decode = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

// the shape Chromium writes: an info dictionary, then an xref whose offsets must stay valid
const chromiumPdf = [
  '%PDF-1.4\n%\xd3\xeb\xe9\xe1\n1 0 obj\n<</Title (T)\n',
  "/CreationDate (D:20261123111426+00'00')\n",
  "/ModDate (D:20261123111427+08'00')>>\nendobj\nxref\n0 2\n0000000000 65535 f \n0000000015 00000 n \n",
].join('');

describe('pdfDate', () => {
  it('writes midnight UTC of the notice date in the PDF date form', () => {
    expect(pdfDate('2025-10-15')).toBe("D:20251015000000+00'00'");
    expect(pdfDate('2025-10-15')).toHaveLength("D:20261123111426+00'00'".length);
  });

  it('rejects anything but an ISO date', () => {
    expect(() => pdfDate('2025年10月15日')).toThrow(/YYYY-MM-DD/);
  });
});

describe('withFixedDates', () => {
  it('overwrites both timestamps and keeps every other byte in place', () => {
    const fixed = decode(withFixedDates({ pdf: encode(chromiumPdf), date: '2025-10-15' }));
    expect(fixed).toHaveLength(chromiumPdf.length);
    expect(fixed).toContain("/CreationDate (D:20251015000000+00'00')");
    expect(fixed).toContain("/ModDate (D:20251015000000+00'00')");
    expect(fixed.replace(/\(D:[^)]*\)/g, '')).toBe(chromiumPdf.replace(/\(D:[^)]*\)/g, ''));
    expect(fixed.charCodeAt(10)).toBe(0xd3);
  });

  it('refuses a PDF without timestamps, where it could not make the output reproducible', () => {
    expect(() => withFixedDates({ pdf: encode('%PDF-1.4\n'), date: '2025-10-15' })).toThrow(/CreationDate/);
  });

  it('refuses a timestamp of another length, which would shift the xref offsets', () => {
    const short = chromiumPdf.replace("D:20261123111426+00'00'", 'D:20261123111426Z');
    expect(() => withFixedDates({ pdf: encode(short), date: '2025-10-15' })).toThrow(/长度/);
  });
});
