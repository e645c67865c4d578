// Lint before publishing: reads the composed notice (what will be published) and finds what
// inspections of government websites punish: personal data, malformed 文号, half-width
// punctuation in Chinese text, dates in the wrong form, and an issuer named differently in
// the title and the signature. Each finding is a diagnostic at the data value that holds its
// text (a narrative field, a unit's problem, an issuer setting), or, when the text came from a
// template, at the template file:line:column that wrote it. `check` reports them; `build`
// stops on errors, prints warnings.

import { CODES, diagnose } from '../diagnostics/codes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { NoticeDocument } from '../model/document.js';
import type { IssuerProfile, QuarterRecords } from '../model/records.js';
import { docNumbers } from './doc-numbers.js';
import type { TextRule } from './finding.js';
import { idNumbers, mobileNumbers } from './personal-data.js';
import { sourceLocator } from './sources.js';
import { textBlocks } from './text-blocks.js';
import type { TextBlock } from './text-blocks.js';
import { dateForms, halfWidthPunctuation } from './typography.js';

const TEXT_RULES: readonly TextRule[] = [idNumbers, mobileNumbers, docNumbers, halfWidthPunctuation, dateForms];

/** The names a signature may give for the organ a title names: itself, and for the issuer its 规范化简称 too. */
function signatureNames(organ: string, issuer: Pick<IssuerProfile, 'name' | 'shortName'>): readonly string[] {
  return organ === issuer.name ? [issuer.name, issuer.shortName] : [organ];
}

/**
 * The title names its issuer before 关于 (GB/T 9704 7.3.3); the signature must name the same
 * one, in full or by its short name (GB/T 9704 7.3.5.1 allows the 规范化简称). Both are the
 * template's doing, reported where it wrote the one that is not the issuer's name.
 */
function issuerNameFindings(blocks: readonly TextBlock[], issuer: Pick<IssuerProfile, 'name' | 'shortName'>): Diagnostic[] {
  const titleBlock = blocks.find((block) => block.type === 'gongwenTitle');
  const signatureBlock = blocks.find((block) => block.type === 'gongwenSignatureIssuer');
  const title = titleBlock?.text.trim();
  const signature = signatureBlock?.text.trim();
  const organ = title?.split('关于')[0]?.trim();
  if (!titleBlock || !signatureBlock || !title || !signature || !organ || !title.includes('关于') || signatureNames(organ, issuer).includes(signature)) return [];
  const odd = signature === issuer.name || signature === issuer.shortName ? titleBlock : signatureBlock;
  const place = odd.writtenAt(odd.text.length - odd.text.trimStart().length);
  return [diagnose(CODES.issuerMismatch, { title, signature }, place ? { place } : {})];
}

export function lintNotice(options: { records: QuarterRecords; document: NoticeDocument }): Diagnostic[] {
  const { records, document } = options;
  const locate = sourceLocator(records);
  const blocks = textBlocks(document.tree);
  const seen = new Set<string>();
  const findings = blocks.flatMap(({ text, writtenAt }) =>
    TEXT_RULES.flatMap((rule) => rule({ text, records })).flatMap((finding) => {
      const typed = locate({ blockText: text, ...finding });
      const written = typed.place ? undefined : writtenAt(finding.start);
      const diagnostic = finding.report(written ? { place: written } : typed);
      // a unit's problem is printed in the text and again in the attachment table: reported once
      const origin = diagnostic.place ? [diagnostic.place.file, diagnostic.place.line, diagnostic.place.column] : [diagnostic.message];
      const key = [diagnostic.code, ...origin, text.slice(finding.start, finding.end)].join('\u0000');
      if (seen.has(key)) return [];
      seen.add(key);
      return [diagnostic];
    }),
  );
  return [...findings, ...issuerNameFindings(blocks, records.issuer)];
}
