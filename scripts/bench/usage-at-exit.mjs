// Preloaded into a measured tongbao process (`node --import` this file): at exit it writes the
// process's CPU time (all threads) and peak resident memory as JSON to the file named by
// TONGBAO_USAGE_FILE, so the bench measures the command as users run it and still knows its memory.
import { writeFileSync } from 'node:fs';

const file = process.env.TONGBAO_USAGE_FILE;
if (file) {
  process.on('exit', () => {
    const cpu = process.cpuUsage();
    writeFileSync(file, JSON.stringify({ cpuMs: (cpu.user + cpu.system) / 1000, peakMiB: process.resourceUsage().maxRSS / 1024 }));
  });
}
