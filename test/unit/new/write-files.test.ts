// The new files are written all or none, never over a file that exists.

import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { writeNewFiles } from '../../../src/new/write-files.js';
import { failure } from './office-copy.js';

function folder(): string {
  const made = mkdtempSync(join(tmpdir(), 'tongbao-new-files-'));
  onTestFinished(() => rmSync(made, { recursive: true, force: true }));
  return made;
}

/** Each diagnostic `run` fails with, as code and message. */
const codesOf = async (run: () => void) => (await failure(run)).map((d) => `${d.code} ${d.message}`);

describe('writing the next quarter’s files', () => {
  it('writes each file whole, and no temporary file stays', async () => {
    const at = folder();
    writeNewFiles([{ path: join(at, 'a.yaml'), bytes: '甲\n' }, { path: join(at, 'b.xlsx'), bytes: new Uint8Array([1, 2, 3]) }]);
    expect(readdirSync(at).sort()).toEqual(['a.yaml', 'b.xlsx']);
    expect(readFileSync(join(at, 'a.yaml'), 'utf8')).toBe('甲\n');
    expect([...readFileSync(join(at, 'b.xlsx'))]).toEqual([1, 2, 3]);
  });

  it('when one file cannot be written, removes those it wrote and names the one it could not', async () => {
    const at = folder();
    const problems = await codesOf(() => writeNewFiles([{ path: join(at, 'a.yaml'), bytes: '甲' }, { path: join(at, '没有的文件夹', 'b.yaml'), bytes: '乙' }]));
    expect(problems).toEqual([expect.stringMatching(/^TB654 无法写入“.*没有的文件夹\/b\.yaml”（ENOENT）$/)]);
    expect(readdirSync(at)).toEqual([]);
  });

  it('never replaces a file that is there, and leaves what it wrote before it out too', async () => {
    const at = folder();
    writeFileSync(join(at, 'b.yaml'), '原有的');
    const problems = await codesOf(() => writeNewFiles([{ path: join(at, 'a.yaml'), bytes: '甲' }, { path: join(at, 'b.yaml'), bytes: '乙' }]));
    expect(problems).toEqual([expect.stringMatching(/^TB653 “.*b\.yaml”已经存在，tongbao new 不会覆盖它$/)]);
    expect(readdirSync(at)).toEqual(['b.yaml']);
    expect(readFileSync(join(at, 'b.yaml'), 'utf8')).toBe('原有的');
  });
});
