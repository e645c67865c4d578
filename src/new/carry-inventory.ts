// The inventory carried into the next quarter: every website and account that was running
// or being built (建设中), with what identifies and describes it, and none of last quarter's
// results. Units closed (关停) last quarter stay behind; the caller says how many.
// The file's own YAML nodes are edited in place, so comments and layout survive.

import { isMap, isScalar, isSeq } from 'yaml';
import type { Document, YAMLMap, YAMLSeq } from 'yaml';
import type { Channel } from '../model/figures.js';

/** What a unit's check found last quarter (see WebsiteRecord): not carried. */
export const RESULT_FIELDS = ['checked', 'veto', 'scores', 'bonus', 'problem', 'recheck', 'facts'] as const;

const CLOSED = '关停';

export interface LeftOutUnit {
  readonly id: string;
  readonly name: string;
}

export interface CarriedChannel {
  readonly channel: Channel;
  readonly carried: number;
  /** units closed last quarter, not carried */
  readonly leftOut: readonly LeftOutUnit[];
}

/** The text of a unit's field, '' when not a plain value. */
function fieldText(unit: YAMLMap, key: string): string {
  const value = unit.get(key, true);
  return isScalar(value) && value.value !== null ? String(value.value) : '';
}

function isClosed(unit: unknown): unit is YAMLMap {
  return isMap(unit) && fieldText(unit, 'status') === CLOSED;
}

/**
 * Drops the closed units of one channel's list and clears the others' results. A comment
 * written above a dropped unit (a heading such as `# —— 东城区 ——`) moves to the unit after it.
 */
function carryList(list: YAMLSeq, channel: Channel): CarriedChannel {
  const leftOut: LeftOutUnit[] = [];
  let orphanComment: string | undefined;
  list.items = list.items.filter((unit) => {
    if (isClosed(unit)) {
      leftOut.push({ id: fieldText(unit, 'id'), name: fieldText(unit, 'name') });
      orphanComment = [orphanComment, unit.commentBefore].filter(Boolean).join('\n') || undefined;
      return false;
    }
    if (isMap(unit)) {
      for (const field of RESULT_FIELDS) unit.delete(field);
      if (orphanComment) unit.commentBefore = [orphanComment, unit.commentBefore].filter(Boolean).join('\n');
      orphanComment = undefined;
    }
    return true;
  });
  return { channel, carried: list.items.length, leftOut };
}

/** Each channel written as a YAML list, carried; a channel given another way (a sheet) is left to the caller. */
export function carryInventory(document: Document): CarriedChannel[] {
  return (['websites', 'accounts'] as const).flatMap((channel) => {
    const list = document.get(channel, true);
    return isSeq(list) ? [carryList(list, channel)] : [];
  });
}
