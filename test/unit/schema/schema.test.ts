// The JSON Schema shipped in schema/: generated from the loader's decoders and kept in step
// with them; it accepts the example data and the good files, rejects every mistake of the bad
// data corpus that a schema can see (a wrong type, an unknown or missing field, a value out of
// range or not among the choices) and accepts the mistakes only tongbao's checks can see.

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { issuerSchema, quarterSchema, schemaFiles } from '../../../src/schema/generate.js';
import { badCases, GOOD_FOLDER } from '../robust/corpus.js';
import { validate } from './validate.js';

const PROJECT_ROOT = resolve(import.meta.dirname, '../../..');
const EXAMPLE = join(PROJECT_ROOT, 'data', '示例市');

/** What a schema can see: the shape of the data (a number written as text, an empty list or table, a negative score setting), not its meaning. */
const SCHEMA_LEVEL_CODES = new Set(['TB103', 'TB104', 'TB105', 'TB110', 'TB111', 'TB122', 'TB124', 'TB125', 'TB126']);
/** Files tongbao refuses to read at all (syntax, encoding, control characters, limits): an editor sees other data in them. */
const UNREADABLE_CODES = new Set(['TB101', 'TB114', 'TB115', 'TB116', 'TB117', 'TB118', 'TB119']);

/** The data as an editor's YAML extension sees it, or undefined when it is no YAML at all. */
function dataOf(text: string): { value: unknown } | undefined {
  try {
    return { value: parse(text, { uniqueKeys: false }) };
  } catch {
    return undefined;
  }
}

/** YAML's .inf and .nan: numbers to JavaScript, but no JSON number, so a JSON Schema validator rejects them as such. */
function holdsNonJsonNumber(data: unknown): boolean {
  // by hand rather than recursively: the corpus holds a nesting bomb and anchors used many times
  const seen = new Set<object>();
  const pending = [data];
  for (let value = pending.pop(); pending.length > 0 || value !== undefined; value = pending.pop()) {
    if (typeof value === 'number' && !Number.isFinite(value)) return true;
    if (typeof value === 'object' && value !== null && !seen.has(value)) {
      seen.add(value);
      pending.push(...Object.values(value));
    }
  }
  return false;
}

const schemaFor = (file: string) => (file.endsWith('_issuer.yaml') || file.startsWith('issuer/') ? issuerSchema() : quarterSchema());

describe('the data files’ JSON Schema', () => {
  it('is shipped as generated (npm run schema writes it)', () => {
    for (const { name, text } of schemaFiles()) {
      expect(readFileSync(join(PROJECT_ROOT, 'schema', name), 'utf8'), `schema/${name} is stale: run npm run schema`).toBe(text);
    }
  });

  it('is referenced from the first line of the example data files', () => {
    for (const [file, schema] of [['_issuer.yaml', 'issuer'], ['2025-q2.yaml', 'quarter'], ['2025-q3.yaml', 'quarter']]) {
      const firstLine = readFileSync(join(EXAMPLE, file as string), 'utf8').split('\n')[0];
      expect(firstLine).toBe(`# yaml-language-server: $schema=../../schema/${schema}.schema.json`);
    }
  });

  it.each([
    ...['_issuer.yaml', '2025-q2.yaml', '2025-q3.yaml'].map((file) => join(EXAMPLE, file)),
    ...['_issuer.yaml', '2025-q2.yaml', '2025-q3.yaml'].map((file) => join(GOOD_FOLDER, file)),
  ])('accepts %s', (file) => {
    const data = dataOf(readFileSync(file, 'utf8'));
    expect(validate(schemaFor(file), data?.value)).toEqual([]);
  });

  // data files only: a template case has no schema
  const cases = badCases().filter((badCase) => badCase.kind !== 'template').flatMap((badCase) => {
    const data = dataOf(badCase.bytes.toString('utf8'));
    return data ? [{ ...badCase, data: data.value }] : [];
  });
  const schemaLevel = cases.filter((c) => c.expected.some(({ code }) => SCHEMA_LEVEL_CODES.has(code)) || holdsNonJsonNumber(c.data));
  const beyondSchema = cases.filter((c) => !schemaLevel.includes(c) && !c.expected.some(({ code }) => UNREADABLE_CODES.has(code)));

  it('sees a good share of the corpus', () => {
    expect(schemaLevel.length).toBeGreaterThanOrEqual(40);
  });

  it.each(schemaLevel.map((c) => [c.name, c] as const))('rejects %s', (name, badCase) => {
    expect(validate(schemaFor(name), badCase.data)).not.toEqual([]);
  });

  it.each(beyondSchema.map((c) => [c.name, c] as const))('leaves %s to tongbao’s checks', (name, badCase) => {
    expect(validate(schemaFor(name), badCase.data)).toEqual([]);
  });
});
