// Large blank areas before the closing block (issue 13): the closing block (last paragraph,
// 附件说明, 署名, 成文日期, 附注) that does not fit under the text is set closer with the text above
// it (GB/T 9704 7.3.5.5: 调整行距) rather than moving on and leaving the page before it half empty.
// Built as an office would, then read back from the PDF and LibreOffice's rendering of the DOCX:
// seed 004 (no seal; it ended 8 lines early) and the bundled example without its 版头 (45 mm seal; 4.3
// lines early), each against its 成文日期's page.

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { SOFFICE, convertWithLibreOffice } from '../unit/write-docx/libreoffice.js';
import { blankLinesAtFoot, pageHolding } from '../unit/write-pdf/measure.js';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const workspace = mkdtempSync(join(tmpdir(), 'tongbao-closing-pages-'));

/** The example without its printed 版头: the text starts higher, and the closing block lands on a page edge. */
function plainExample(): string {
  const root = join(workspace, 'plain');
  cpSync(join(PROJECT_ROOT, 'data/示例市'), join(root, 'data/示例市'), { recursive: true });
  writeFileSync(join(root, 'package.json'), '{}\n');
  const issuerPath = join(root, 'data/示例市/_issuer.yaml');
  const issuer = readFileSync(issuerPath, 'utf8');
  const letterhead = /^letterhead:\n(?: {2}.*\n)+/m;
  if (!letterhead.test(issuer)) throw new Error('the example no longer sets a printed 版头');
  writeFileSync(issuerPath, issuer.replace(letterhead, ''));
  return join(root, 'data/示例市/2025-q3.yaml');
}

const NOTICES = [
  { name: 'seed 004', file: join(PROJECT_ROOT, 'data/seeds/004-普洱/2022-q1.yaml'), projectRoot: PROJECT_ROOT, date: '2022年4月7日' },
  { name: 'the example without 版头', file: '', projectRoot: '', date: '2025年10月15日' },
] as const;
const built = new Map<string, { pdf: string; libreOffice?: string }>();

function libreOfficePdf(docxPath: string, name: string): string {
  const [pdf] = convertWithLibreOffice([docxPath], join(workspace, `lo-${name}`));
  return pdf!;
}

beforeAll(async () => {
  const plain = plainExample();
  for (const [index, notice] of NOTICES.entries()) {
    const file = notice.file || plain;
    const projectRoot = notice.projectRoot || resolve(plain, '../../..');
    const [result] = await build({ files: [file], formats: ['docx', 'pdf'], outDir: join(workspace, `out-${index}`), projectRoot, log: () => {} });
    const folder = result!.folder;
    built.set(notice.name, { pdf: join(folder, '通报.pdf'), ...(SOFFICE ? { libreOffice: libreOfficePdf(join(folder, '通报.docx'), String(index)) } : {}) });
  }
}, 400_000);
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

describe.each(NOTICES)('the closing block of $name', ({ name, date }) => {
  const renderings = () => Object.entries(built.get(name)!).filter((entry): entry is [string, string] => entry[1] !== undefined);

  it('leaves the page before its 成文日期 no more than 3 lines short, in the PDF and in LibreOffice', () => {
    for (const [writer, path] of renderings()) {
      const datePage = pageHolding(path, date);
      expect(datePage, writer).toBeGreaterThan(1);
      expect(blankLinesAtFoot(path, datePage! - 1), writer).toBeLessThanOrEqual(3);
    }
  });
});
