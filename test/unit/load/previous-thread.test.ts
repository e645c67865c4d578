// A large quarter's previous quarter is loaded in a worker thread (src/load/previous-thread.ts);
// what the chain then holds must be what loading it in this thread gives: the same records,
// the same diagnostics in the same order, the same files read. Forced here on small quarters
// (a threshold of 0 bytes), with the source run in the thread through tsx.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTongbaoError } from '../../../src/diagnostics/diagnostic.js';
import { loadQuarter } from '../../../src/load/index.js';
import type { LoadOptions } from '../../../src/load/index.js';
import { PACKAGE_ROOT } from '../../../src/package-root.js';
import { ISSUER_YAML, QUARTER_YAML, tempProject } from './temp-project.js';

const IN_THREAD = 0;
const HERE = Infinity;

/** The records, warnings or diagnostics and files read of one load, as plain data. */
async function loaded(options: LoadOptions) {
  const inputs = new Set<string>();
  const warnings: unknown[] = [];
  try {
    const records = await loadQuarter({ ...options, inputs, warnings: warnings as never[] });
    return { records, warnings, inputs: [...inputs] };
  } catch (error) {
    if (!isTongbaoError(error)) throw error;
    return { diagnostics: error.diagnostics, inputs: [...inputs] };
  }
}

const quarterText = (quarter: number, previous?: string): string =>
  QUARTER_YAML.replace('quarter: 3', `quarter: ${quarter}`) + (previous ? `previous: ${previous}\n` : '');

describe('previous quarter loaded in a worker thread', () => {
  it('gives the example’s records and files read, its sheets included, as loading it here does', async () => {
    const file = join(PACKAGE_ROOT, 'data', '示例市', '2025-q3.yaml');
    const inThread = await loaded({ file, threadFromSheetBytes: IN_THREAD });
    expect(inThread.records?.previous).toBeDefined();
    expect(inThread).toEqual(await loaded({ file, threadFromSheetBytes: HERE }));
  });

  it('gives the problems of the previous quarter and of its own chain in the order loading it here does', async () => {
    const q1 = quarterText(1).replace('deadline: 2025-10-31', 'deadline: 2025-02-30');
    const q2 = quarterText(2, '2025-q1.yaml').replace('date: 2025-10-15', 'date: 2025-13-01').replace('name: 测试市人民政府门户网站', 'name: ""');
    const project = tempProject({ '城/_issuer.yaml': ISSUER_YAML, '城/2025-q1.yaml': q1, '城/2025-q2.yaml': q2, '城/2025-q3.yaml': quarterText(3, '2025-q2.yaml') });
    const file = join(project.root, '城/2025-q3.yaml');
    const inThread = await loaded({ file, projectRoot: project.root, threadFromSheetBytes: IN_THREAD });
    expect(inThread.diagnostics?.map((d) => d.place?.file.split('/').at(-1))).toEqual(['2025-q2.yaml', '2025-q2.yaml', '2025-q1.yaml']);
    expect(inThread).toEqual(await loaded({ file, projectRoot: project.root, threadFromSheetBytes: HERE }));
  });

  it('reports a previous file that is no quarter where `previous:` names it, as loading it here does', async () => {
    const project = tempProject({ '城/_issuer.yaml': ISSUER_YAML, '城/2025-q3.yaml': quarterText(3, '_issuer.yaml') });
    const file = join(project.root, '城/2025-q3.yaml');
    const inThread = await loaded({ file, projectRoot: project.root, threadFromSheetBytes: IN_THREAD });
    expect(inThread.diagnostics?.map((d) => [d.code, d.field])).toEqual([['TB123', 'previous']]);
    expect(inThread).toEqual(await loaded({ file, projectRoot: project.root, threadFromSheetBytes: HERE }));
  });
});
