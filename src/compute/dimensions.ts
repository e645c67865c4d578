// The ways a channel's units can be grouped (`websites.by.<dimension>`): by a record field,
// or by a category the issuer defines over a field's values (owners as 区县 / 功能区 /
// 市直部门). Each dimension says which group a unit is in and the order groups are listed in.

import type { Channel, UnitFigures } from '../model/figures.js';
import type { CategoryConfig, IssuerProfile } from '../model/records.js';
import { configuredOrder } from './grouping.js';

/** What a unit is grouped by: the fields its record and its figures share. */
type Grouped = Readonly<Partial<Record<FieldDimension, unknown>>>;

export interface Dimension {
  /** the unit's group (read off its record); undefined keeps the unit out of this grouping */
  readonly groupOf: (unit: Grouped) => string | undefined;
  /** the group names in the order they are listed, from the names seen in record order */
  readonly order: (seen: readonly string[]) => readonly string[];
}

const firstSeen = (seen: readonly string[]): readonly string[] => seen;

type FieldDimension = 'kind' | 'level' | 'region' | 'owner' | 'status' | 'platform';

/** Fields every channel has, and the channel's own: the dimensions no issuer category may be named after. */
export const FIELD_DIMENSIONS: Readonly<Record<Channel, readonly (FieldDimension & keyof UnitFigures)[]>> = {
  websites: ['kind', 'level', 'region', 'owner', 'status'],
  accounts: ['platform', 'region', 'owner', 'status'],
};

function categoryDimension(category: CategoryConfig): Dimension {
  const groupOfValue = new Map<string, string>();
  for (const group of category.groups) for (const value of group.values) if (!groupOfValue.has(value)) groupOfValue.set(value, group.name);
  return {
    groupOf: (unit) => groupOfValue.get(String(unit[category.field])),
    order: (seen) => configuredOrder(category.groups.map((group) => group.name), seen),
  };
}

/** The dimensions of a channel under an issuer's settings, by the name templates use after `by.`. */
export function dimensionsOf(issuer: IssuerProfile, channel: Channel): ReadonlyMap<string, Dimension> {
  const dimensions = new Map<string, Dimension>();
  for (const field of FIELD_DIMENSIONS[channel]) {
    const order =
      field === 'region'
        ? (seen: readonly string[]) => configuredOrder(issuer.regions ?? [], seen)
        : field === 'platform'
          ? (seen: readonly string[]) => configuredOrder(issuer.platforms.map((platform) => platform.name), seen)
          : firstSeen;
    dimensions.set(field, { groupOf: (unit) => String(unit[field]), order });
  }
  for (const category of issuer.categories ?? []) {
    if ((FIELD_DIMENSIONS[channel] as readonly string[]).includes(category.field)) dimensions.set(category.name, categoryDimension(category));
  }
  return dimensions;
}
