// The JSON Schema of the data files, generated from the decoders that read them (one source
// of truth): a field added to a shape in src/load appears here without another edit.
// `npm run schema` writes it to schema/, where the example data files point editors to it.

import { issuerShape } from '../load/issuer.js';
import { quarterShape } from '../load/quarter.js';
import { orBlank } from './json-schema.js';
import type { JsonSchema } from './json-schema.js';

const DRAFT = 'http://json-schema.org/draft-07/schema#';
// paths in the shapes are resolved when data is read; the schema only needs their form
const ANY_PROJECT = '.';

/** A layer over other settings: any field may be left to the layer below, at every depth of tables. */
function asLayer(schema: JsonSchema): JsonSchema {
  const { required: _dropped, properties, anyOf, ...rest } = schema;
  return {
    ...rest,
    ...(properties && { properties: Object.fromEntries(Object.entries(properties).map(([name, field]) => [name, asLayer(field)])) }),
    // a list replaces the one below whole, so its items stay complete
    ...(anyOf && { anyOf: anyOf.map(asLayer) }),
  };
}

export function issuerSchema(): JsonSchema {
  return {
    $schema: DRAFT,
    title: 'tongbao 发文机关设置（_issuer.yaml）',
    description: '每季度都一样的发文机关设置；字段说明见 tongbao 的 README。',
    ...issuerShape(ANY_PROJECT).schema,
  };
}

export function quarterSchema(): JsonSchema {
  const generated = quarterShape(ANY_PROJECT).schema;
  const issuer = issuerShape(ANY_PROJECT).schema;
  return {
    $schema: DRAFT,
    title: 'tongbao 季度检查记录',
    description: '一个季度的政府网站和政务新媒体检查记录；字段说明见 tongbao 的 README。',
    ...generated,
    properties: {
      ...generated.properties,
      // read as a raw table and merged over _issuer.yaml field by field, so it has the issuer's fields, none required
      issuer: orBlank(asLayer(issuer)),
    },
  };
}

/** JSON indented by two spaces, with lists of plain values (types, enums, required) on one line. */
function schemaJson(schema: JsonSchema): string {
  const indented = JSON.stringify(schema, null, 2);
  const onOneLine = indented.replace(/\[\n\s*((?:"[^"\n]*"|-?[\d.]+)(?:,\n\s*(?:"[^"\n]*"|-?[\d.]+))*)\n\s*\]/g, (_, items: string) =>
    `[${items.split(/,\n\s*/).join(', ')}]`,
  );
  return `${onOneLine}\n`;
}

/** The files of schema/, as written: names and their JSON text. */
export function schemaFiles(): Array<{ name: string; text: string }> {
  return [
    { name: 'issuer.schema.json', text: schemaJson(issuerSchema()) },
    { name: 'quarter.schema.json', text: schemaJson(quarterSchema()) },
  ];
}
