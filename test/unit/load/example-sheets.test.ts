// The bundled example keeps its third quarter's websites and accounts in a workbook
// (data/示例市/检查记录-2025-q3.xlsx). test/fixtures/example-yaml/2025-q3.yaml is the same quarter
// as it was written before, every unit in YAML: both forms must give the same records, the
// same figures and the same notice, word for word.

import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compose } from '../../../src/compose/index.js';
import { computeFigures } from '../../../src/compute/index.js';
import { loadQuarter } from '../../../src/load/index.js';
import type { QuarterRecords } from '../../../src/model/records.js';

const PROJECT_ROOT = new URL('../../../', import.meta.url).pathname;
const EXAMPLE = join(PROJECT_ROOT, 'data/示例市');

// The YAML form in a copy of the example folder, so it has the same issuer, seal and Q2.
const copy = mkdtempSync(join(tmpdir(), 'tongbao-example-yaml-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));
cpSync(EXAMPLE, join(copy, 'data/示例市'), { recursive: true });
cpSync(join(PROJECT_ROOT, 'test/fixtures/example-yaml/2025-q3.yaml'), join(copy, 'data/示例市/2025-q3.yaml'));
cpSync(join(PROJECT_ROOT, 'templates'), join(copy, 'templates'), { recursive: true });
cpSync(join(PROJECT_ROOT, 'package.json'), join(copy, 'package.json'));

const fromSheets = await loadQuarter({ file: join(EXAMPLE, '2025-q3.yaml'), projectRoot: PROJECT_ROOT });
const fromYaml = await loadQuarter({ file: join(copy, 'data/示例市/2025-q3.yaml'), projectRoot: copy });

/** Units without the place they were read from (a cell of the workbook, a line of the YAML). */
const unitsOf = (records: QuarterRecords) =>
  ({
    websites: records.websites.map(({ place: _place, ...unit }) => unit),
    accounts: records.accounts.map(({ place: _place, ...unit }) => unit),
  });

describe('the bundled example from its workbook', () => {
  it('reads every unit from the workbook, at its sheet and row', () => {
    expect(fromSheets.websites).toHaveLength(24);
    expect(fromSheets.accounts).toHaveLength(80);
    expect(fromSheets.websites[0]?.place).toMatchObject({ sheet: '网站', line: 2 });
    expect(fromSheets.accounts.at(-1)?.place).toMatchObject({ sheet: '政务新媒体', line: 81 });
  });

  it('has the same units as the YAML form, field for field', () => {
    expect(unitsOf(fromSheets)).toEqual(unitsOf(fromYaml));
  });

  it('returns every record frozen through, read from the workbook or from YAML, and the quarter before too', () => {
    // records are frozen as they are made, not walked afterwards: nothing inside one may be left open
    expect(fromSheets.previous).toBeDefined();
    expect(openObjects(fromSheets)).toEqual([]);
    expect(openObjects(fromYaml)).toEqual([]);
  });

  it('gives the same figures and the same notice, word for word', () => {
    const figures = computeFigures(fromSheets);
    expect(figures.websites.passRate).toEqual(computeFigures(fromYaml).websites.passRate);
    expect(compose({ records: fromSheets, figures }).markdown).toBe(compose({ records: fromYaml, figures: computeFigures(fromYaml) }).markdown);
  });
});

/** Paths of the objects inside `value` that are not frozen. */
function openObjects(value: unknown, path = 'records', seen = new Set<object>()): string[] {
  if (!value || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  const inside = Object.entries(value).flatMap(([key, child]) => openObjects(child, `${path}.${key}`, seen));
  return Object.isFrozen(value) ? inside : [path, ...inside];
}
