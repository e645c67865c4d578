// The notices shipped under data/ pass every stage but the writers: each quarter of the example
// (the bundled templates must cope with a first quarter that has no previous one, no streak…)
// and the latest quarter of each seed (earlier seed quarters are history for its comparisons,
// and the seed's own template is worded for its latest quarter only).

import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/build.js';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

function quartersOf(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => /^\d{4}-q[1-4]\.yaml$/.test(name))
    .sort()
    .map((name) => join(folder, name));
}

function shippedNotices(): string[] {
  const seeds = join(PROJECT_ROOT, 'data', 'seeds');
  const latestOfEachSeed = readdirSync(seeds, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => quartersOf(join(seeds, entry.name)).slice(-1));
  return [...quartersOf(join(PROJECT_ROOT, 'data', '示例市')), ...latestOfEachSeed];
}

describe('every shipped notice', () => {
  const files = shippedNotices();

  it('includes the example and the seeds', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
  });

  it.each(files.map((file) => [relative(PROJECT_ROOT, file), file]))('%s loads, computes, composes and lints', async (_name, file) => {
    await expect(check({ files: [file], projectRoot: PROJECT_ROOT })).resolves.toBe(1);
  });
});
