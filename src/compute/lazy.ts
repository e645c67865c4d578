// The figures tree is lazy (see model/figures.ts): each property is computed the first time
// it is read and then kept as a plain value, so a notice pays only for what it prints and a
// group of a group of a group costs nothing until a template asks for it.

type Getters = Readonly<Record<string, () => unknown>>;

/**
 * Defines each getter as an own property of `target`, computed once on first read.
 * `hidden` properties — every way into other slices: groups, rankings of groups, earlier
 * quarters — are not enumerable, so comparing or printing a figure walks a finite tree (a
 * group has groups of its own, without end).
 */
export function defineLazy<T extends object>(target: T, getters: Getters, options: { hidden?: boolean } = {}): T {
  const enumerable = !options.hidden;
  for (const [name, compute] of Object.entries(getters)) {
    let computed = false;
    let value: unknown;
    // the getter keeps its memory in the closure, so a copy of the property (withFields) shares it
    Object.defineProperty(target, name, {
      enumerable,
      get() {
        if (!computed) {
          value = compute();
          computed = true;
        }
        return value;
      },
    });
  }
  return target;
}

/**
 * `item` with more fields, its own (lazy) properties copied as they are, none computed by the
 * copying; a field of the same name replaces the item's (a ranked group's `previous` is the
 * group ranked a quarter before).
 */
export function withFields<T extends object, F extends object>(item: T, fields: F): T & F {
  const descriptors = Object.getOwnPropertyDescriptors(item);
  for (const descriptor of Object.values(descriptors)) descriptor.configurable = true;
  const copy = Object.create(Object.getPrototypeOf(item) as object | null, descriptors) as T & F;
  for (const [name, value] of Object.entries(fields)) Object.defineProperty(copy, name, { value, enumerable: true, configurable: true });
  return copy;
}

/** A list whose items are also reachable by their names (`by.region.南湖区`), without changing how it iterates. */
export function namedList<T extends { readonly name: string }>(items: readonly T[]): readonly T[] & { readonly [name: string]: T | undefined } {
  const list = [...items];
  for (const item of items) {
    // a name that reads as an index or an array member would hide one; such a group is reached by iterating
    if (/^\d+$/.test(item.name) || item.name in list) continue;
    Object.defineProperty(list, item.name, { value: item, enumerable: false });
  }
  return list as unknown as readonly T[] & { readonly [name: string]: T | undefined };
}

/**
 * A list that knows the same list a quarter before (`previous`, not enumerable): a ranking of
 * it can then place each item in last quarter's ranking of the whole list, not only among the
 * items still listed now.
 */
export function withEarlierList<L extends readonly unknown[]>(list: L, earlier: () => L | null): L {
  return defineLazy(list, { previous: earlier }, { hidden: true });
}
