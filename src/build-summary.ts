// buildSummary: the summary document kind through the same stages and writers as a notice —
// load and check → compute → compose → write — into out/<summary folder>/summary/汇总.*,
// written only when every format succeeded, like build().

import { basename, dirname, join, resolve } from 'node:path';
import { builtOrThrown, renderAndWrite, timed } from './build.js';
import type { BuildOptions, BuiltNotice } from './build.js';
import { composeSummary } from './compose/summary.js';
import { computeSummary } from './compute/summary.js';
import { loadSummary } from './load/summary.js';

export interface SummaryBuildOptions extends Omit<BuildOptions, 'files' | 'projectRoot'> {
  /** the summary file, e.g. data/seeds/000-调研/summary.yaml */
  readonly file: string;
}

/** out/<summary file's folder>/summary/ */
export function summaryFolder(outDir: string, file: string): string {
  return join(outDir, basename(dirname(resolve(file))), 'summary');
}

export async function buildSummary(options: SummaryBuildOptions): Promise<BuiltNotice> {
  const log = options.log ?? (() => {});
  const prepare = async () => {
    const summary = await timed('读取并检查数据', log, () => loadSummary({ file: options.file }));
    const figures = await timed('计算统计数据', log, () => computeSummary(summary));
    const { document } = await timed('套用模板', log, () => composeSummary({ summary, figures }));
    return { document, folder: summaryFolder(options.outDir, options.file) };
  };
  const [built] = builtOrThrown(await renderAndWrite({ ...options, jobs: [{ source: options.file, prepare }], fileStem: '汇总' }));
  if (!built) throw new Error('renderAndWrite returned nothing for one job');
  return built;
}
