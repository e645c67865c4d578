// The office's own facts against the issuer's declarations (`facts:` in _issuer.yaml): each
// name written must be declared, and written where its `of` says — on each website, on each
// account, or once for the quarter (also in the figures a notice published for a quarter).

import { CODES, diagnose } from '../diagnostics/codes.js';
import type { Where } from '../diagnostics/codes.js';
import { keyFieldAt } from '../load/located.js';
import { nearestName } from '../load/nearest-name.js';
import type { DecimalText, FactConfig } from '../model/records.js';
import { finding } from './input.js';
import type { CheckInput, Finding } from './input.js';

/** Where a fact of each `of` is written, as the messages say it. */
const WRITTEN_ON: Readonly<Record<FactConfig['of'], string>> = { websites: '每个网站上', accounts: '每个账号上', quarter: '季度的 facts 里' };
const FACTS_SETTING = 'issuer.facts';

/** The facts written at `path` (a unit's or a quarter's `facts`), where facts of `of` belong. */
export function factFindings(options: {
  readonly given: Readonly<Record<string, DecimalText>> | undefined;
  readonly of: FactConfig['of'];
  /** where the facts are written, as the message says it: 网站上, 公布数里 */
  readonly here: string;
  readonly path: string;
  readonly declared: readonly FactConfig[];
  readonly at: (path: string) => Where;
}): Finding[] {
  const { given, of, here, path, declared, at } = options;
  const known = declared.filter((fact) => fact.of === of).map((fact) => fact.name);
  return Object.keys(given ?? {}).flatMap((name) => {
    const fact = declared.find((candidate) => candidate.name === name);
    const where = at(`${path}.${name}`);
    if (!fact) return [finding(diagnose(CODES.unknownFact, { name, known, suggestion: nearestName(name, known) }, where), [FACTS_SETTING])];
    if (fact.of === of) return [];
    return [finding(diagnose(CODES.factMisplaced, { name, of: fact.of, belongs: WRITTEN_ON[fact.of], here }, where), [FACTS_SETTING])];
  });
}

/** Facts on every website and account, and the quarter's own. */
export function checkFacts({ records, places, keyPlaces }: CheckInput): Finding[] {
  const declared = records.issuer.facts ?? [];
  const at = (path: string) => keyFieldAt(keyPlaces, places, path);
  const onUnits: Finding[] = [];
  for (const channel of ['websites', 'accounts'] as const) {
    records[channel].forEach((unit, index) => {
      // most of a country's units carry no facts: no path is made for them
      if (unit.facts === undefined) return;
      const here = channel === 'websites' ? '网站上' : '账号上';
      onUnits.push(...factFindings({ given: unit.facts, of: channel, here, path: `${channel}[${index}].facts`, declared, at }));
    });
  }
  return [...onUnits, ...factFindings({ given: records.facts, of: 'quarter', here: '季度文件最外层', path: 'facts', declared, at })];
}
