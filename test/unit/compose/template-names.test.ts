// The README's list of names templates can read is generated from src/compose/template-names.ts,
// and that list names exactly what compute builds: each part is compared with the own
// properties of a real object of its kind. A figure added without its line, or a line left
// behind by a figure removed, fails here. Every README section a message points to exists.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { templateContext } from '../../../src/compose/context.js';
import { replaceGeneratedNames, TEMPLATE_NAMES } from '../../../src/compose/template-names.js';
import { computeFigures } from '../../../src/compute/index.js';
import { THREE_QUARTERS } from '../../fixtures/three-quarters.js';
import { quarter } from '../compute/build-records.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

const figures = computeFigures(THREE_QUARTERS);
const namesOf = (title: string) => TEMPLATE_NAMES.find((group) => group.title === title)!.names.map((entry) => entry.name).sort();
const ownNames = (value: object) => Object.getOwnPropertyNames(value).sort();

describe('the names templates can read', () => {
  it('are listed in the README as npm run names writes them', () => {
    expect(replaceGeneratedNames(README)).toBe(README);
  });

  it('name every field of the template context', () => {
    expect(namesOf('通报本身')).toEqual(Object.keys(templateContext(THREE_QUARTERS, figures)).sort());
  });

  it('name every figure of a set of units, from records and from a published quarter alike', () => {
    expect(namesOf('一组单位')).toEqual(ownNames(figures.websites));
    expect(ownNames(figures.websites.by.kind!.门户网站!)).toEqual(ownNames(figures.websites));
    const published = computeFigures(quarter({ previous: { period: { year: 2025, quarter: 2 }, websites: { passRate: '95' } } })).previous!.websites!;
    expect(ownNames(published)).toEqual(ownNames(figures.websites));
  });

  it('name every field of a unit, of a score part, of a fact, of a quarter and of a message channel', () => {
    expect(namesOf('一个单位')).toEqual(ownNames(figures.websites.units[0]!));
    expect(namesOf('得分的一部分')).toEqual(ownNames(figures.websites.scores.bonus!));
    expect(namesOf('一项自己的统计数')).toEqual(ownNames(figures.accounts.facts.发布信息!));
    expect(namesOf('一个季度')).toEqual(ownNames(figures.previous!));
    expect(namesOf('一个留言渠道')).toEqual(ownNames(figures.messages[0]!));
  });
});

/** Every .ts file under a folder. */
function sources(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sources(path) : name.endsWith('.ts') ? [path] : [];
  });
}

it('every README section a message or hint points to exists', () => {
  const headings = new Set([...README.matchAll(/^#+ (.+)$/gm)].map(([, heading]) => heading!.trim()));
  const cited = new Set(sources(join(ROOT, 'src')).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/README\s*「([^」]+)」/g)].map(([, name]) => name!)));
  expect(cited.size).toBeGreaterThan(0);
  for (const section of cited) expect(headings, section).toContain(section);
});
