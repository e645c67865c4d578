// A validator for the JSON Schema keywords the generated schema uses, so the tests can check
// data against it without a schema library. A keyword it does not know is a failure, not a
// pass: the tests then say the schema grew beyond what they can check.

import type { JsonSchema, JsonType } from '../../../src/schema/json-schema.js';

const KNOWN_KEYWORDS = new Set([
  '$schema', 'title', 'description', 'type', 'properties', 'required', 'additionalProperties',
  'items', 'minItems', 'minProperties', 'enum', 'minimum', 'exclusiveMinimum', 'maximum', 'pattern', 'anyOf',
]);

export interface SchemaError {
  /** where in the data, e.g. websites/0/name */
  readonly at: string;
  readonly problem: string;
}

function typeOf(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value as JsonType;
}

function hasType(value: unknown, allowed: JsonSchema['type']): boolean {
  const types = typeof allowed === 'string' ? [allowed] : (allowed ?? []);
  const actual = typeOf(value);
  return types.includes(actual) || (actual === 'integer' && types.includes('number'));
}

export function validate(schema: JsonSchema, value: unknown, at = ''): SchemaError[] {
  const unknown = Object.keys(schema).filter((keyword) => !KNOWN_KEYWORDS.has(keyword));
  if (unknown.length > 0) throw new Error(`schema keyword the test validator does not know: ${unknown.join(', ')}`);
  const errors: SchemaError[] = [];
  const fail = (problem: string) => errors.push({ at, problem });
  if (schema.type !== undefined && !hasType(value, schema.type)) fail(`type ${typeOf(value)} is not ${String(schema.type)}`);
  if (schema.enum && !schema.enum.includes(value as string | number)) fail(`${String(value)} not in enum`);
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) fail(`${value} < ${schema.minimum}`);
    if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) fail(`${value} ≤ ${schema.exclusiveMinimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) fail(`${value} > ${schema.maximum}`);
  }
  if (Array.isArray(value) && schema.minItems !== undefined && value.length < schema.minItems) fail(`${value.length} items < ${schema.minItems}`);
  if (typeOf(value) === 'object' && schema.minProperties !== undefined && Object.keys(value as object).length < schema.minProperties) fail(`fewer than ${schema.minProperties} fields`);
  if (typeof value === 'string' && schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) fail(`does not match ${schema.pattern}`);
  if (Array.isArray(value) && schema.items) value.forEach((item, index) => errors.push(...validate(schema.items as JsonSchema, item, `${at}/${index}`)));
  if (typeOf(value) === 'object') errors.push(...validateObject(schema, value as Record<string, unknown>, at));
  if (schema.anyOf && !schema.anyOf.some((branch) => validate(branch, value, at).length === 0)) fail('matches none of anyOf');
  return errors;
}

function validateObject(schema: JsonSchema, value: Record<string, unknown>, at: string): SchemaError[] {
  const errors: SchemaError[] = [];
  for (const name of schema.required ?? []) if (!Object.hasOwn(value, name)) errors.push({ at, problem: `missing ${name}` });
  for (const [name, field] of Object.entries(value)) {
    const declared = schema.properties && Object.hasOwn(schema.properties, name) ? schema.properties[name] : undefined;
    const rule = declared ?? schema.additionalProperties;
    if (rule === false) errors.push({ at: `${at}/${name}`, problem: 'not allowed' });
    else if (rule && rule !== true) errors.push(...validate(rule, field, `${at}/${name}`));
  }
  return errors;
}
