// Writes the list of names templates can read (src/compose/template-names.ts) into the
// README's 「模板可用的数据」 section. Run after adding a figure:  npm run names

import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { replaceGeneratedNames } from '../src/compose/template-names.js';

const README = fileURLToPath(new URL('../README.md', import.meta.url));

writeFileSync(README, replaceGeneratedNames(readFileSync(README, 'utf8')));
console.log('已写入 README.md「模板可用的数据」');
