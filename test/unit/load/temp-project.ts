// Small throwaway projects for loader and check tests: an issuer folder with `_issuer.yaml`
// and quarter files written from text, so each test states the exact YAML it feeds in.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, onTestFinished } from 'vitest';
import { isTongbaoError } from '../../../src/diagnostics/diagnostic.js';
import type { Diagnostic } from '../../../src/diagnostics/diagnostic.js';
import { loadQuarter } from '../../../src/load/index.js';
import type { QuarterRecords } from '../../../src/model/records.js';

export const ISSUER_YAML = `name: 测试市人民政府办公室
shortName: 市政府办公室
scope: 全市
addressees: 各区人民政府，市政府各部门：
basis:
  - 《检查指标》（国办秘函〔2019〕19号）
contact: { recipient: 市政府办公室, phone: 2189636 }
`;

/** The issuer with 办事服务 scored item by item (事项公开 10 + 在线办理 15). */
export const ITEMS_ISSUER_YAML = `${ISSUER_YAML}rules:
  deductionGroups:
    - { name: 发布解读, points: 30 }
    - { name: 办事服务, points: 25, items: [{ name: 事项公开, points: 10 }, { name: 在线办理, points: 15 }] }
    - { name: 互动交流, points: 20 }
    - { name: 功能设计, points: 25 }
`;

/** A valid quarter with one website and one account; tests replace lines of it. */
export const QUARTER_YAML = `period: { year: 2025, quarter: 3 }
date: 2025-10-15
window: { start: 2025-07-01, end: 2025-09-20 }
deadline: 2025-10-31
websites:
  - id: w01
    name: 测试市人民政府门户网站
    owner: 市政府办公室
    kind: 门户网站
    level: 市级
    region: 市本级
    scores: { 发布解读: 27.50, 办事服务: 22, 互动交流: 18, 功能设计: 21 }
accounts:
  - { id: a01, name: 测试发布, platform: 微信公众号, owner: 市政府办公室, region: 市本级 }
`;

export interface TempProject {
  readonly root: string;
  /** writes a file under the project root, creating folders */
  write(path: string, text: string | Uint8Array): string;
  /** loads a quarter file of the project */
  load(path: string): Promise<QuarterRecords>;
  /** loads a quarter file that must fail, and returns its diagnostics */
  problems(path: string): Promise<readonly Diagnostic[]>;
}

/** A project in a fresh temporary folder, removed when the test that made it finishes. */
export function tempProject(files: Record<string, string> = {}): TempProject {
  const root = mkdtempSync(join(tmpdir(), 'tongbao-load-'));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  const project: TempProject = {
    root,
    write(path, text) {
      const file = join(root, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
      return file;
    },
    load(path) {
      return loadQuarter({ file: join(root, path), projectRoot: root });
    },
    async problems(path) {
      try {
        await project.load(path);
      } catch (error) {
        if (isTongbaoError(error)) return error.diagnostics;
        throw error;
      }
      throw new Error(`${path} loaded without problems`);
    },
  };
  for (const [path, text] of Object.entries(files)) project.write(path, text);
  return project;
}

/** A project whose issuer folder `城/` holds the standard issuer and the given quarter text. */
export function quarterProblems(quarterText: string, issuerText = ISSUER_YAML): Promise<readonly Diagnostic[]> {
  return tempProject({ '城/_issuer.yaml': issuerText, '城/2025-q3.yaml': quarterText }).problems('城/2025-q3.yaml');
}

/** 1-based line and column where `needle` occurs in `text`; it must occur exactly once. */
export function positionOf(text: string, needle: string): { line: number; column: number } {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`“${needle}” not in text`);
  if (text.indexOf(needle, offset + 1) >= 0) throw new Error(`“${needle}” occurs more than once`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** The one diagnostic with `code`, at the place of `needle` in `text`, for the given field. */
export function expectProblemAt(options: {
  problems: readonly Diagnostic[];
  code: string;
  text: string;
  needle: string;
  field?: string;
}): Diagnostic {
  const { problems, code, text, needle, field } = options;
  const found = problems.filter((d) => d.code === code);
  expect(found.map((d) => d.code), JSON.stringify(problems, null, 1)).toEqual([code]);
  const [diagnostic] = found as [Diagnostic];
  expect({ line: diagnostic.place?.line, column: diagnostic.place?.column }).toEqual(positionOf(text, needle));
  if (field !== undefined) expect(diagnostic.field).toBe(field);
  expect(diagnostic.severity).toBe('error');
  return diagnostic;
}
