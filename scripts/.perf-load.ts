import { loadQuarter } from '../src/load/index.js';
const file = process.argv[3] ?? '';
const started = performance.now();
try {
  const records = await loadQuarter({ file });
  console.log('websites', records.websites.length, 'accounts', records.accounts.length);
} catch (error) {
  console.log((error as { diagnostics?: unknown[] }).diagnostics?.slice(0, 5) ?? error);
}
console.log('load+check ms', Math.round(performance.now() - started), 'rss MB', Math.round(process.memoryUsage().rss / 1e6));
