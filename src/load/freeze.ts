// Loaded data is immutable: every stage after loading reads the same records, and a stage that
// changed one would change what the next computes from.

/** Freezes a value and everything it holds; what is frozen already is taken as frozen through and through. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    // only objects are followed, not the million texts and numbers beside them; a list by its
    // indexes, as for…in would make a text of each of a country's 150,000 indexes, and an
    // object by for…in rather than Object.values, which would make a list for each of its records
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) freezeChild(value[index]);
    } else {
      for (const key in value) freezeChild(value[key]);
    }
  }
  return value;
}

function freezeChild(child: unknown): void {
  if (child && typeof child === 'object') deepFreeze(child);
}
