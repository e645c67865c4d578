// `columns:` in the issuer settings: an office's own headers for the record fields, per kind
// of sheet. Field names are checked like any other setting (a misspelt one is reported with
// the nearest name); each field takes one header or a list of them.

import { listOf, mapping, optional, text } from '../decoders.js';
import type { Decoder, Field } from '../decoders.js';
import { SHEET_FIELDS } from './columns.js';
import type { SheetKind } from './columns.js';

/** One header (`name: 站点全称`) or several (`name: [站点全称, 网站全称]`), as a list. */
const headers: Decoder<string[]> = (() => {
  const list = listOf(text, { nonEmpty: true });
  return {
    schema: { anyOf: [text.schema, list.schema] },
    decode(node, sink) {
      if (node.kind === 'seq') return list.decode(node, sink);
      const one = text.decode(node, sink);
      return one === undefined ? undefined : [one];
    },
  };
})();

function fieldsOf(kind: SheetKind) {
  return mapping(Object.fromEntries(SHEET_FIELDS[kind].map((field) => [field, optional(headers)])) as Record<string, Field<string[], false>>);
}

export const columnSettings = mapping({ websites: optional(fieldsOf('websites')), accounts: optional(fieldsOf('accounts')) });
