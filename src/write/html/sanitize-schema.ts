// GitHub's sanitize schema, extended only by what the notice markup needs. Everything
// else (script, on* handlers, style attributes, javascript: URLs, unknown classes) is
// removed before any HTML is written, for the web page and the print page alike.

import { defaultSchema, type Schema } from 'hast-util-sanitize';
import { ownClassesByTag } from './own-elements.js';

type AttributeDefinitions = NonNullable<Schema['attributes']>[string];

const isClassDefinition = (definition: AttributeDefinitions[number]) =>
  definition === 'className' || (Array.isArray(definition) && definition[0] === 'className');

/** Allowed class values of a tag: the default ones (e.g. footnotes) and ours. */
function withClasses(defaults: AttributeDefinitions, ownClasses: string[]): AttributeDefinitions {
  const defaultClasses = defaults.filter(isClassDefinition).flatMap((d) => (Array.isArray(d) ? d.slice(1) : []));
  return [...defaults.filter((d) => !isClassDefinition(d)), ['className', ...defaultClasses, ...ownClasses]];
}

function noticeAttributes(): NonNullable<Schema['attributes']> {
  const attributes = { ...defaultSchema.attributes };
  for (const [tag, classes] of ownClassesByTag()) attributes[tag] = withClasses(attributes[tag] ?? [], classes);
  return attributes;
}

export const NOTICE_SCHEMA: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), 'article', 'caption', 'time'],
  attributes: noticeAttributes(),
  protocols: {
    ...defaultSchema.protocols,
    // an image's data: URI cannot run script, and it is how the seal reaches an offline renderer
    src: [...(defaultSchema.protocols?.src ?? []), 'data'],
  },
  // Clobbering needs ids written by the author. Raw HTML never becomes markup here, so every
  // id comes from our own handlers (attachment-N) or is already prefixed by mdast-util-to-hast
  // (footnotes); a second prefix would only break the #attachment-N links.
  clobber: [],
};
