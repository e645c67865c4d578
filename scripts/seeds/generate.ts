// Writes the record-level data of the seed notices (data/seeds/) from the seed modules.
// Run: npx tsx scripts/seeds/generate.ts — the output is committed and byte-stable.
// The offices' prose (问题分析, 工作要求) is in scripts/seeds/narrative/, copied from the seeds.

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { guangxiFiles } from './guangxi.js';
import { heilongjiangFiles } from './heilongjiang.js';
import { puerFiles } from './puer.js';
import { shanghaiFiles } from './shanghai.js';

const here = dirname(fileURLToPath(import.meta.url));
const seedsFolder = join(here, '..', '..', 'data', 'seeds');
const prose = (name: string): string => readFileSync(join(here, 'narrative', `${name}.md`), 'utf8');
const narrativeOf = (seed: string) => ({ problems: prose(`${seed}-problems`), requirements: prose(`${seed}-requirements`) });

const seeds: Record<string, Record<string, string>> = {
  '001-广西': guangxiFiles(narrativeOf('001')),
  '002-上海': shanghaiFiles({ websiteRequirements: prose('002-website-requirements'), requirements: prose('002-requirements') }),
  '003-黑龙江': heilongjiangFiles(narrativeOf('003')),
  '004-普洱': puerFiles(narrativeOf('004')),
};

for (const [folder, files] of Object.entries(seeds)) {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(seedsFolder, folder, name), text);
}
