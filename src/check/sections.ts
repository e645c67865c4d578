// A quarter's narrative holds the sections the issuer declares (`narrativeSections`, by
// default overview, practices, problems, accountability, requirements): a section under
// another name would be printed by no template, so it is reported at its name, with the
// declared name it was probably meant to be.

import { CODES, diagnose } from '../diagnostics/codes.js';
import { keyFieldAt } from '../load/located.js';
import { nearestName } from '../load/nearest-name.js';
import { finding } from './input.js';
import type { CheckInput, Finding } from './input.js';

export function checkNarrativeSections({ records, places, keyPlaces }: CheckInput): Finding[] {
  const declared = records.issuer.narrativeSections;
  return Object.keys(records.narrative)
    .filter((name) => !declared.includes(name))
    .map((name) => {
      const args = { name, declared, suggestion: nearestName(name, declared) };
      return finding(diagnose(CODES.unknownNarrativeSection, args, keyFieldAt(keyPlaces, places, `narrative.${name}`)), ['issuer.narrativeSections']);
    });
}
