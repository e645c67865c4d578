// `tongbao fonts [数据文件夹或季度数据文件]`: the font check (src/fonts) with the issuer's own
// font names (`fonts:` in _issuer.yaml) when run for a data folder, the defaults otherwise.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkFonts } from '../fonts/index.js';
import { fontReportLines } from '../fonts/report.js';
import type { FontChoices } from '../layout/gbt9704.js';
import { ISSUER_FILE, loadQuarter } from '../load/index.js';
import type { CommandArguments } from './arguments.js';
import { quarterFilesToUse } from './quarter-files.js';
import type { COMMAND_HELP } from './usage.js';
import { UsageError } from './usage-error.js';

/** The issuer's font names, read from its data when the command names a data folder or runs in one. */
async function issuerFonts(given: readonly string[], options: { projectRoot: string; log: (line: string) => void }): Promise<FontChoices> {
  if (given.length === 0 && !existsSync(join(process.cwd(), ISSUER_FILE))) return {};
  const [file] = quarterFilesToUse({ command: 'fonts', given, cwd: process.cwd(), projectRoot: options.projectRoot, log: options.log });
  return (await loadQuarter({ file: file! })).issuer.fonts ?? {};
}

export async function runFonts(
  parsed: CommandArguments<(typeof COMMAND_HELP)['fonts']['options']>,
  options: { projectRoot: string; log: (line: string) => void },
): Promise<number> {
  const { values, positionals } = parsed;
  if (positionals.length > 1) throw new UsageError('tongbao fonts 最多写一个数据文件夹或季度数据文件', { command: 'fonts' });
  const fonts = await issuerFonts(positionals, options);
  const roles = await checkFonts({ fonts, ...(values.browser ? { browserPath: values.browser } : {}) });
  for (const line of fontReportLines(roles)) options.log(line);
  return 0;
}
