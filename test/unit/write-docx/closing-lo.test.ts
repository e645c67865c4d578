// The closing block walked over a page end (the PDF writer's walk, test/unit/write-pdf/closing.test.ts)
// in the DOCX, as LibreOffice lays it out: converted to PDF and measured with the same ruler —
// never a page holding only the 附注, the signature without body text, or a seal cut by a page edge.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDocx } from '../../../src/write/docx/index.js';
import { createBrowserSession } from '../../../src/write/pdf/browser.js';
import { CLOSING, CLOSING_WALK, noticeWithClosingAfter } from '../write-pdf/grid-notices.js';
import { closingFaults, textBlockLines } from '../write-pdf/measure.js';
import { SOFFICE, convertWithLibreOffice } from './libreoffice.js';

const folder = mkdtempSync(join(tmpdir(), 'tongbao-closing-lo-'));
// the DOCX follows the print page's measured pagination
const session = createBrowserSession();
const name = ({ sealMm, linesBefore }: { sealMm: number; linesBefore: number }) => `seal${sealMm}-${linesBefore}`;

const SUITE = SOFFICE ? 'the closing block walked over a page end in LibreOffice' : 'the closing block in LibreOffice — skipped: no soffice on the PATH';

describe.skipIf(!SOFFICE)(SUITE, () => {
  beforeAll(async () => {
    const docxPaths: string[] = [];
    for (const step of CLOSING_WALK) {
      const [file] = await writeDocx(noticeWithClosingAfter(step.linesBefore, step.sealMm), { browser: session.browser, printsPdf: true });
      const path = join(folder, `${name(step)}.docx`);
      writeFileSync(path, file!.bytes);
      docxPaths.push(path);
    }
    convertWithLibreOffice(docxPaths, folder);
  }, 300_000);

  afterAll(() => session.close());

  it.each(CLOSING_WALK)('$sealMm mm seal after $linesBefore lines: no 附注 alone, no signature alone, the seal whole', (step) => {
    expect(closingFaults(join(folder, `${name(step)}.pdf`), CLOSING)).toEqual([]);
  });

  it('walks the block over the page end: first on page 1, at last on page 2', () => {
    const onPage1 = (step: (typeof CLOSING_WALK)[number]) => textBlockLines(join(folder, `${name(step)}.pdf`), 1).some((line) => line.includes(CLOSING.date));
    const walk = CLOSING_WALK.filter(({ sealMm }) => sealMm === 45);
    expect(onPage1(walk[0]!)).toBe(true);
    expect(onPage1(walk.at(-1)!)).toBe(false);
  });
});
