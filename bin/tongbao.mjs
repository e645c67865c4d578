#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx, so there is no build step to forget.
import { register } from 'tsx/esm/api';

register();
// Output piped into a reader that stops early (`| head`) is not the command's failure.
for (const stream of [process.stdout, process.stderr]) stream.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
(await import('../src/heap.ts')).enlargeYoungGeneration();
const { main } = await import('../src/cli.ts');
process.exitCode = await main(process.argv.slice(2));
