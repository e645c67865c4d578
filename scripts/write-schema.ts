// Writes the data files' JSON Schema, generated from the loader's decoders, to schema/.
// Run after changing a field of the data files:  npm run schema

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { schemaFiles } from '../src/schema/generate.js';

const SCHEMA_FOLDER = fileURLToPath(new URL('../schema/', import.meta.url));

mkdirSync(SCHEMA_FOLDER, { recursive: true });
for (const { name, text } of schemaFiles()) {
  writeFileSync(join(SCHEMA_FOLDER, name), text);
  console.log(`已写入 schema/${name}`);
}
