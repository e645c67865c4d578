// Which unit of a quarter file a sheet row is: the same 网站标识码, else the same name and
// owner (and platform, for an account) — the identity `derivedId` gives units read from
// sheets without an id, so import and the sheet reader agree — else the same tongbao id
// (a unit renamed in an exported sheet keeps its 编号).

import { derivedId, type SheetKind } from '../load/sheets/columns.js';

export interface UnitIdentity {
  readonly id?: string;
  readonly code?: string;
  readonly name: string;
  readonly owner: string;
  readonly platform?: string;
}

/** The keys a unit is found by, strongest first; a unit without a code or id has fewer. */
export function identityKeys(kind: SheetKind, unit: UnitIdentity): string[] {
  const { code, id, name, owner, platform } = unit;
  const named = derivedId(kind, { name, owner, ...(platform !== undefined && { platform }) });
  return [...(code ? [`code\u0000${code}`] : []), `name\u0000${named}`, ...(id ? [`id\u0000${id}`] : [])];
}

/** Units by every key that finds them; the first unit holding a key keeps it. */
export class UnitIndex<Unit> {
  private readonly byKey = new Map<string, Unit>();

  constructor(private readonly kind: SheetKind) {}

  add(identity: UnitIdentity, unit: Unit): void {
    for (const key of identityKeys(this.kind, identity)) if (!this.byKey.has(key)) this.byKey.set(key, unit);
  }

  /**
   * The unit a row names: by code, else name and owner, else id. Two units with different
   * codes are different whatever their names, so a name match is taken only when the unit found
   * has no other code.
   */
  find(identity: UnitIdentity, codeOf: (unit: Unit) => string | undefined): Unit | undefined {
    for (const key of identityKeys(this.kind, identity)) {
      const unit = this.byKey.get(key);
      if (unit === undefined) continue;
      const code = codeOf(unit);
      if (key.startsWith('code') || !identity.code || !code || code === identity.code) return unit;
    }
    return undefined;
  }

  hasId(id: string): boolean {
    return this.byKey.has(`id\u0000${id}`);
  }
}
