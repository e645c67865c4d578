// The part of JSON Schema (draft-07) the data files' schema uses. Every decoder of
// src/load describes what it accepts in these terms, so the schema shipped in schema/ is
// generated from the same code that reads the files and cannot drift from it.

export type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';

export interface JsonSchema {
  readonly $schema?: string;
  readonly $id?: string;
  readonly title?: string;
  readonly description?: string;
  readonly type?: JsonType | readonly JsonType[];
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | JsonSchema;
  readonly minProperties?: number;
  readonly items?: JsonSchema;
  readonly minItems?: number;
  readonly enum?: readonly (string | number)[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly pattern?: string;
  readonly anyOf?: readonly JsonSchema[];
}

/** What a field left empty (`docNumber:` or blank text) looks like: YAML null or only spaces. */
const BLANK_SCHEMA: JsonSchema = { type: ['null', 'string'], pattern: '^\\s*$' };

/** `schema`, or the field left empty, which the loader counts as not written. */
export function orBlank(schema: JsonSchema): JsonSchema {
  return { anyOf: [schema, BLANK_SCHEMA] };
}
