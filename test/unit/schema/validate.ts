// Data checked against the generated JSON Schema by Ajv, a full JSON Schema validator, as an
// editor's YAML extension would check it. Strict mode: a keyword Ajv does not know, or a schema
// that does not itself satisfy the draft-07 meta-schema, fails the test instead of passing it.

import { Ajv, type ValidateFunction } from 'ajv';
import type { JsonSchema } from '../../../src/schema/json-schema.js';

export interface SchemaError {
  /** where in the data, e.g. /websites/0/name */
  readonly at: string;
  readonly problem: string;
}

// union types such as ["string", "number"] are how the schema says "text, or a number written bare"
const ajv = new Ajv({ strict: true, allErrors: true, allowUnionTypes: true });
const compiled = new Map<string, ValidateFunction>();

export function validate(schema: JsonSchema, value: unknown): SchemaError[] {
  const key = JSON.stringify(schema);
  let check = compiled.get(key);
  if (!check) compiled.set(key, (check = ajv.compile(schema)));
  if (check(value)) return [];
  return (check.errors ?? []).map((error) => ({ at: error.instancePath, problem: error.message ?? error.keyword }));
}
