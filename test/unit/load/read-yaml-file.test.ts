// readYamlFile keeps what it parsed without a problem, so a command that reads a file twice
// (the latest quarter, then the chain) parses it once — but a file changed in between is read
// anew, and a file with a problem reports it on every read.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/diagnostics/diagnostic.js';
import { readYamlFile } from '../../../src/load/index.js';

let folder = '';
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'tongbao-read-yaml-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const read = (file: string) => {
  const sink: Diagnostic[] = [];
  const root = readYamlFile({ file, purpose: '季度文件', sink });
  return { root, codes: sink.map((diagnostic) => diagnostic.code) };
};
const periodYear = (root: ReturnType<typeof read>['root']): unknown => {
  const period = root?.kind === 'map' ? root.entries.get('period')?.value : undefined;
  const year = period?.kind === 'map' ? period.entries.get('year')?.value : undefined;
  return year?.kind === 'scalar' ? year.value : undefined;
};

describe('reading a YAML file twice', () => {
  it('gives the same tree while the text is the same, and the new text once it changed', () => {
    const file = join(folder, '2025-q3.yaml');
    writeFileSync(file, 'period: { year: 2025, quarter: 3 }\n');
    const first = read(file);
    expect(read(join(folder, '.', '2025-q3.yaml')).root).toBe(first.root);
    writeFileSync(file, 'period: { year: 2026, quarter: 3 }\n');
    const changed = read(file);
    expect(changed.root).not.toBe(first.root);
    expect([periodYear(first.root), periodYear(changed.root)]).toEqual([2025, 2026]);
  });

  it('reports a problem on every read', () => {
    const file = join(folder, 'broken.yaml');
    writeFileSync(file, 'period: { year: 2025, quarter: 3\n');
    const first = read(file);
    expect(first.codes.length).toBeGreaterThan(0);
    expect(read(file).codes).toEqual(first.codes);
  });
});
