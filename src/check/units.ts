// Unit checks: ids unique across both channels, veto items named as the rules name them,
// only running units checked, no findings on unchecked units, platforms known.
// An empty value is a field that failed to decode: it was reported then, so it is skipped here.

import { CODES, diagnose } from '../diagnostics/codes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { fieldAt } from '../load/located.js';
import type { AccountRecord, WebsiteRecord } from '../model/records.js';
import type { CheckInput } from './index.js';

interface Channel {
  readonly key: 'websites' | 'accounts';
  /** the channel as the veto message names it */
  readonly label: string;
  readonly units: readonly (WebsiteRecord | AccountRecord)[];
  readonly vetoItems: readonly string[];
}

export function checkUnits({ records, places }: CheckInput): Diagnostic[] {
  const { rules } = records.issuer;
  const channels: Channel[] = [
    { key: 'websites', label: '政府网站', units: records.websites, vetoItems: rules.websiteVetoItems },
    { key: 'accounts', label: '政务新媒体', units: records.accounts, vetoItems: rules.accountVetoItems },
  ];
  const diagnostics: Diagnostic[] = [];
  const firstUse = new Map<string, string>();
  for (const channel of channels) {
    channel.units.forEach((unit, index) => {
      const path = `${channel.key}[${index}]`;
      const at = (field: string) => fieldAt(places, `${path}.${field}`);
      const earlier = firstUse.get(unit.id);
      if (earlier) diagnostics.push(diagnose(CODES.duplicateId, { id: unit.id, firstField: earlier }, at('id')));
      else if (unit.id) firstUse.set(unit.id, `${path}.id`);

      if (unit.checked && unit.status !== '运行') {
        diagnostics.push(diagnose(CODES.checkedNotRunning, { status: unit.status }, at('checked')));
      }
      const findings = uncheckedFindings(unit);
      if (!unit.checked && findings.length > 0) {
        const what = findings.map(({ label }) => label).join('、');
        diagnostics.push(diagnose(CODES.findingsOnUnchecked, { what }, at(findings[0]?.field ?? 'checked')));
      }
      unit.veto.forEach((item, itemIndex) => {
        if (item && !channel.vetoItems.includes(item)) {
          diagnostics.push(diagnose(CODES.unknownVetoItem, { item, channel: channel.label, known: channel.vetoItems }, at(`veto[${itemIndex}]`)));
        }
      });
    });
  }
  records.accounts.forEach((account, index) => {
    const { platforms } = records.issuer;
    if (!account.platform || platforms.some(({ name }) => name === account.platform)) return;
    const fullName = platforms.find(({ short }) => short === account.platform)?.name;
    const known = platforms.map(({ name }) => name);
    diagnostics.push(diagnose(CODES.unknownPlatform, { platform: account.platform, known, fullName }, fieldAt(places, `accounts[${index}].platform`)));
  });
  return diagnostics;
}

/** What an unchecked unit should not carry, as field and label, in the order of the record. */
function uncheckedFindings(unit: WebsiteRecord | AccountRecord): Array<{ field: string; label: string }> {
  const findings: Array<{ field: string; label: string }> = [];
  if (unit.veto.length > 0) findings.push({ field: 'veto', label: '单项否决指标（veto）' });
  if ('scores' in unit && unit.scores) findings.push({ field: 'scores', label: '得分（scores）' });
  if ('bonus' in unit && unit.bonus) findings.push({ field: 'bonus', label: '加分（bonus）' });
  if (unit.problem) findings.push({ field: 'problem', label: '问题（problem）' });
  return findings;
}
