// The inventory carried into the next quarter: every website and account that was running
// or being built (建设中), with what identifies and describes it, and none of last quarter's
// results. Units closed (关停) last quarter stay behind; the caller says how many.
// The file's own YAML nodes are edited in place, so comments and layout survive.

import { isMap, isScalar, isSeq } from 'yaml';
import type { Document, YAMLMap, YAMLSeq } from 'yaml';
import type { Channel } from '../model/figures.js';

/** What a unit's check found last quarter (see WebsiteRecord): not carried. */
export const RESULT_FIELDS = ['checked', 'veto', 'scores', 'bonus', 'problem', 'recheck', 'facts'] as const;

/** The status of a unit closed down: not carried into the next quarter. */
export const CLOSED = '关停';

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

/** A list item naming a sheet (`- { file: 账号.csv }`): its rows are carried by copying the sheet (sheet-copies.ts). */
export function isSheetReference(item: unknown): boolean {
  return isMap(item) && item.has('file');
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
    if (isMap(unit) && !isSheetReference(unit)) {
      for (const field of RESULT_FIELDS) unit.delete(field);
      if (orphanComment) unit.commentBefore = [orphanComment, unit.commentBefore].filter(Boolean).join('\n');
      orphanComment = undefined;
    }
    return true;
  });
  return { channel, carried: list.items.filter((item) => !isSheetReference(item)).length, leftOut };
}

/** Each channel written as a YAML list, carried; sheets named in it, or for it, are left to the caller. */
export function carryInventory(document: Document): CarriedChannel[] {
  return (['websites', 'accounts'] as const).flatMap((channel) => {
    const list = document.get(channel, true);
    return isSeq(list) ? [carryList(list, channel)] : [];
  });
}

/** Units carried and left out per channel, from the YAML lists and from the sheets copied. */
export function combineCarried(parts: readonly CarriedChannel[]): CarriedChannel[] {
  return (['websites', 'accounts'] as const).flatMap((channel) => {
    const ofChannel = parts.filter((part) => part.channel === channel);
    if (ofChannel.length === 0) return [];
    return [{ channel, carried: ofChannel.reduce((sum, part) => sum + part.carried, 0), leftOut: ofChannel.flatMap((part) => part.leftOut) }];
  });
}
