// GitHub's sanitize schema, extended only by what the notice markup needs. Everything
// else (script, on* handlers, style attributes, javascript: URLs, unknown classes) is
// removed before any HTML is written, for the web page and the print page alike.

import { defaultSchema, type Schema } from 'hast-util-sanitize';
import { CHART_ATTRIBUTES, CHART_TAG_NAMES } from './chart-schema.js';
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
  const attributes = { ...defaultSchema.attributes, ...CHART_ATTRIBUTES };
  for (const [tag, classes] of ownClassesByTag()) attributes[tag] = withClasses(attributes[tag] ?? [], classes);
  // the table-scroll box is a focusable region named by its table's caption (handlers/attachment.ts)
  attributes.section = [...(attributes.section ?? []), 'ariaLabelledBy', 'ariaLabel'];
  // the print page's column widths (handlers/attachment.ts)
  attributes.col = ['width'];
  return attributes;
}

export const NOTICE_SCHEMA: Schema = {
  ...defaultSchema,
  // the defaults allow <input> for task lists; a published notice has no form controls
  tagNames: [...(defaultSchema.tagNames ?? []).filter((tag) => tag !== 'input'), 'article', 'caption', 'colgroup', 'col', 'time', ...CHART_TAG_NAMES],
  attributes: noticeAttributes(),
  protocols: {
    ...defaultSchema.protocols,
    // only data: images: one cannot run script, and none makes a request leaving the page (the
    // seal reaches the offline renderer this way; Markdown images become text in compose)
    src: ['data'],
  },
  // Clobbering needs ids written by the author. Raw HTML never becomes markup here, so every
  // id comes from our own handlers (attachment-N) or is already prefixed by mdast-util-to-hast
  // (footnotes); a second prefix would only break the #attachment-N links.
  clobber: [],
};
