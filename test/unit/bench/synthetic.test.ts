// The scale benches' synthetic data: one seed gives the same bytes, each size has the units it
// promises, the shares of failing and unchecked units are those of real inventories, the CSV
// sheets carry the headers tongbao reads, and the YAML form loads as a valid quarter.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { DEFAULT_RULES } from '../../../src/config/defaults.js';
import { computeFigures } from '../../../src/compute/index.js';
import { loadQuarter } from '../../../src/load/index.js';
import { columnsFor, headerKey } from '../../../src/load/sheets/columns.js';
import { DEFAULT_SEED, SIZES, syntheticFolder, writeSyntheticFolder } from '../../../scripts/bench/synthetic.js';

const text = (contents: string | Uint8Array | undefined): string => (typeof contents === 'string' ? contents : new TextDecoder().decode(contents));

afterEach(() => vi.restoreAllMocks());

describe('synthetic data folders', () => {
  it('gives the same bytes for the same seed and other bytes for another, without Math.random', () => {
    vi.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random is not seeded');
    });
    for (const form of ['yaml', 'csv'] as const) {
      const first = syntheticFolder({ size: SIZES.province, seed: 7, form });
      const again = syntheticFolder({ size: SIZES.province, seed: 7, form });
      const other = syntheticFolder({ size: SIZES.province, seed: 8, form });
      expect(Object.keys(again)).toEqual(Object.keys(first));
      const differing = Object.keys(first).filter((name) => !Buffer.from(again[name]!).equals(Buffer.from(first[name]!)));
      expect(differing).toEqual([]);
      expect(text(other['2025-q3.yaml'])).not.toBe(text(first['2025-q3.yaml']));
    }
  });

  it.each(['city', 'province', 'national'] as const)('lists the %s size in both quarters, as YAML and as CSV rows', (name) => {
    const size = SIZES[name];
    const yaml = syntheticFolder({ size, seed: DEFAULT_SEED, form: 'yaml' });
    const csv = syntheticFolder({ size, seed: DEFAULT_SEED, form: 'csv' });
    for (const quarter of ['2025-q2', '2025-q3']) {
      // one flow mapping per record and line (a country's 27 MB are too slow for a full YAML parse here; the load test parses one)
      const listed = (prefix: string) => text(yaml[`${quarter}.yaml`]).split('\n').filter((line) => line.startsWith(`  - { id: ${prefix}`)).length;
      expect([listed('w'), listed('a')]).toEqual([size.websites, size.accounts]);
      const referenced = parseYaml(text(csv[`${quarter}.yaml`])) as { websites: { file: string }; accounts: { file: string } };
      const rows = (file: string) => parseCsv(text(csv[file]), { bom: true, columns: true }) as Array<Record<string, string>>;
      expect([rows(referenced.websites.file).length, rows(referenced.accounts.file).length]).toEqual([size.websites, size.accounts]);
    }
  });

  it('writes CSV headers that tongbao reads as the record fields and the issuer score groups', () => {
    const csv = syntheticFolder({ size: SIZES.city, seed: DEFAULT_SEED, form: 'csv' });
    for (const [kind, file] of [['websites', '2025-q3-网站.csv'], ['accounts', '2025-q3-账号.csv']] as const) {
      const [header] = parseCsv(text(csv[file]), { bom: true, to_line: 1 }) as string[][];
      const columns = columnsFor(kind, { rules: DEFAULT_RULES, facts: [] });
      expect(header!.filter((cell) => !columns.has(headerKey(cell)))).toEqual([]);
      const fields = header!.map((cell) => columns.get(headerKey(cell)));
      expect(fields.filter((field) => field?.kind === 'field').map((field) => field?.kind === 'field' && field.field)).toContain('name');
      if (kind === 'websites') expect(fields.filter((field) => field?.kind === 'score').map((field) => field?.kind === 'score' && field.group)).toEqual(DEFAULT_RULES.deductionGroups.map((group) => group.name));
    }
  });

  it('loads as a valid quarter with a previous one, failing 5–12% of the checked units and rectifying last quarter’s', async () => {
    const root = mkdtempSync(join(tmpdir(), 'tongbao-synthetic-'));
    try {
      const file = writeSyntheticFolder({ folder: join(root, 'data', '示例省'), size: SIZES.province, seed: DEFAULT_SEED, form: 'yaml' });
      const records = await loadQuarter({ file, projectRoot: root });
      const figures = computeFigures(records);
      for (const channel of ['websites', 'accounts'] as const) {
        const slice = figures[channel]!;
        expect(slice.registered).toBe(SIZES.province[channel]);
        const failingShare = (slice.failing ?? 0) / (slice.checked ?? 1);
        expect(failingShare).toBeGreaterThan(0.05);
        expect(failingShare).toBeLessThan(0.12);
        // most units are checked, not all
        expect(slice.checked! / slice.running!).toBeGreaterThan(0.85);
        expect(slice.checked).toBeLessThan(slice.running!);
        // spread over regions, and accounts over platforms
        expect(Object.keys(slice.by.region ?? {}).length).toBeGreaterThan(1);
      }
      expect(figures.websites!.byRegion.length).toBe(SIZES.province.regions);
      expect(figures.accounts!.byPlatform.length).toBeGreaterThan(5);
      const lastQuarterFailing = figures.previous!.websites!.failing! + figures.previous!.accounts!.failing!;
      const rectification = records.rectification!;
      expect(rectification.fixed.length + rectification.stillFailing.length + rectification.notReported.length).toBe(lastQuarterFailing);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
