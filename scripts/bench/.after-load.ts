// DEV ONLY (not committed): loads once, caches records via v8.serialize, times later stages.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { loadQuarter, deepFreeze } from '../../src/load/index.js';
import { computeFigures } from '../../src/compute/index.js';
import { compose } from '../../src/compose/index.js';
import { lintNotice } from '../../src/lint/index.js';
import { WRITERS } from '../../src/write/index.js';
import { createHash } from 'node:crypto';
const [file, cache] = process.argv.slice(2) as [string, string];
let records;
if (existsSync(cache)) records = deepFreeze(deserialize(readFileSync(cache)));
else { records = await loadQuarter({ file }); writeFileSync(cache, serialize(records)); }
let cpu = process.cpuUsage();
const t = (label: string, since: number) => { const c = process.cpuUsage(cpu); cpu = process.cpuUsage(); console.log(label, Math.round(performance.now() - since), 'ms wall', Math.round((c.user + c.system) / 1000), 'ms cpu'); };
cpu = process.cpuUsage(); let s = performance.now(); const figures = computeFigures(records as never); t('compute', s);
s = performance.now(); const { document } = compose({ records: records as never, figures }); t('compose', s);
s = performance.now(); lintNotice({ records: records as never, document }); t('lint', s);
for (const format of ['html', 'docx'] as const) {
  s = performance.now(); const out = await WRITERS[format](document, {} as never); t(format, s);
  for (const f of out) console.log('  ', f.name, createHash('sha256').update(f.bytes).digest('hex').slice(0, 16));
}
console.log('peak MiB', Math.round(process.resourceUsage().maxRSS / 1024));
