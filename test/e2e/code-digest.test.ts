// The build record's fingerprint of tongbao's code, as an installed tongbao runs: read from the
// digest `npm run build` writes into dist/, not made by hashing dist/ on every build; without
// that digest, dist/ is hashed as it is. A new digest (new code) rebuilds an unchanged notice.

import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CODE_DIGEST_FILE } from '../../bin/fresh-dist.mjs';
import { pathDigest, writeCodeDigest } from '../../src/build-record.js';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

describe('the digest of the compiled code', () => {
  let scratch: string;
  let installed: string;
  let digestFile: string;

  /** A build of the example's HTML by the copy of tongbao: what it says it did. */
  const build = (): string => {
    const run = spawnSync(process.execPath, [join(installed, 'bin', 'tongbao.mjs'), 'build', join(installed, 'data', '示例市', '2025-q3.yaml'), '--format', 'html', '--out', join(scratch, 'out')], {
      cwd: scratch,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    return run.stdout.includes('未改动，跳过') ? 'skipped' : 'built';
  };

  beforeAll(() => {
    // a tongbao of its own, without src/ as installed, whose dist/ the tests may change
    scratch = mkdtempSync(join(tmpdir(), 'tongbao-code-digest-'));
    installed = join(scratch, 'tongbao');
    for (const part of ['bin', 'dist', 'templates', 'schema', join('data', '示例市'), 'package.json']) cpSync(join(PROJECT_ROOT, part), join(installed, part), { recursive: true });
    symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(installed, 'node_modules'));
    digestFile = join(installed, 'dist', CODE_DIGEST_FILE);
  });

  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('is written by npm run build as the digest of the rest of dist/', () => {
    const written = readFileSync(digestFile, 'utf8');
    rmSync(digestFile);
    try {
      expect(written).toBe(pathDigest(join(installed, 'dist')));
    } finally {
      writeFileSync(digestFile, written);
    }
  });

  it('is what the build record reads: a new digest rebuilds an unchanged notice, dist/ is not hashed again', () => {
    expect(build()).toBe('built');
    expect(build()).toBe('skipped');
    writeFileSync(digestFile, '0'.repeat(64));
    expect(build()).toBe('built');
    expect(build()).toBe('skipped');
    // read, not recomputed: a change to dist/ that npm run build did not make goes by it
    appendFileSync(join(installed, 'dist', 'cli.js'), '\n// changed\n');
    expect(build()).toBe('skipped');
  });

  it('without it, dist/ is hashed as it is, and writing it again gives that same digest', () => {
    const dist = join(installed, 'dist');
    appendFileSync(join(dist, 'cli.js'), '\n// changed again\n');
    rmSync(digestFile);
    expect(build()).toBe('built');
    expect(build()).toBe('skipped');
    // the digest leaves itself out: written twice, it is the same, and the same as hashing dist/ without it
    writeCodeDigest(dist);
    const once = readFileSync(digestFile, 'utf8');
    writeCodeDigest(dist);
    expect(readFileSync(digestFile, 'utf8')).toBe(once);
    expect(build()).toBe('skipped');
  });
});
