// Every step of a path a template reads (`websites.by.kind.门户网站.averageScore`,
// `../issuer.name`), checked where it is written. Handlebars' strict mode checks only the
// last name of a printed value: inside {{#if}} or a helper's arguments a misspelt name
// quietly gives nothing, and a wrong `../` depth reads another object without a word. Here
// a name the data does not have fails at its place with the names that are there; a step
// into data that is absent this quarter (null) gives null, which {{#if}} reads as false.

import { nearestName } from '../load/nearest-name.js';
import type { SourcePlace } from '../model/records.js';

/** A value printed where the data has nothing this quarter (a null), at the place it is printed. */
export class DataAbsentError extends Error {
  constructor(readonly place: SourcePlace | null) {
    super('a value absent this quarter was printed');
    this.name = 'DataAbsentError';
  }
}

/** Names no template may reach: they lead out of the data into JavaScript itself. */
const FORBIDDEN = new Set(['constructor', '__proto__', 'prototype']);

/** A path that names something the data does not have, at the place it is written. */
export class DataLookupError extends Error {
  constructor(
    readonly missing: string,
    /** the names the data has at that step */
    readonly available: readonly string[],
    readonly place: SourcePlace | null,
  ) {
    super(`“${missing}” not found`);
    this.name = 'DataLookupError';
  }
}

/** Names worth offering: what a template can write after the dot (no array indices, no internals). */
function namesOf(parent: object): string[] {
  return Object.getOwnPropertyNames(parent).filter((name) => !/^\d+$/.test(name) && !FORBIDDEN.has(name));
}

export function checkedLookup(parent: unknown, name: string, place: SourcePlace | null): unknown {
  if (parent === null || parent === undefined) return null;
  if (typeof parent === 'object' && Object.hasOwn(parent, name) && !FORBIDDEN.has(name)) return (parent as Record<string, unknown>)[name];
  throw new DataLookupError(name, typeof parent === 'object' ? namesOf(parent) : [], place);
}

/** The path written at `place` of a template text (`previous.websites.pasRate`, `../issuer.name`), past any `{{`. */
export function pathAt(text: string, place: SourcePlace): string | undefined {
  const line = text.split('\n')[place.line - 1] ?? '';
  return /^(?:\{\{[~&]?\s*)?([^\s{}()=~"]+)/.exec(line.slice(place.column - 1))?.[1];
}

/** The problem and hint for a name the data does not have, in the template author's terms. */
export function explainMissing(error: DataLookupError, path: string | undefined): { problem: string; hint: string } {
  const written = path ?? error.missing;
  const suggestion = nearestName(error.missing, error.available);
  const what = error.available.length === 0 ? `“${error.missing}”前面的值不是一组数据` : `这里没有“${error.missing}”`;
  const offer = suggestion ? `是否想写“${suggestion}”？` : error.available.length > 0 ? `这里有：${error.available.slice(0, 24).join('、')}${error.available.length > 24 ? '…' : ''}` : '';
  const depth = written.startsWith('../')
    ? '写了 ../ 的，检查它的层数：每个 ../ 跳出一层 {{#each}} 或 {{#with}}，跳到哪一层就在哪一层的数据里找。'
    : '检查拼写；可用的数据和统计项见 README「模板可用的数据」。';
  return { problem: `模板引用了不存在的数据“${written}”：${what}${offer ? `，${offer}` : ''}`, hint: depth };
}

/** The problem and hint for a value printed where the data has nothing this quarter. */
export function explainAbsent(path: string | undefined): { problem: string; hint: string } {
  const what = path ? `“${path}”` : '这一项数据';
  return {
    problem: `模板要印出${what}，但它在本季度没有数据（如没有上一季度，或上一季度只填了公布数而没有这一项）`,
    hint: `用 {{#if ${path ?? '…'}}} … {{/if}} 包住这一段，只在有数据时印出`,
  };
}
