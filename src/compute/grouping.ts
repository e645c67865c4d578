// Grouping that keeps the order of the records, so every breakdown lists its parts in the
// order the office typed them and the same input always prints the same sentence.

/** Items by key; groups in the order of their first item, items in record order. */
export function groupInFirstSeenOrder<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/**
 * Keys in a configured order first, then any others in first-seen order. Lets platform and
 * veto lists follow the issuer's configuration without dropping an item it forgot.
 */
export function configuredOrder(configured: readonly string[], seen: readonly string[]): string[] {
  const extra = seen.filter((key, index) => !configured.includes(key) && seen.indexOf(key) === index);
  return [...configured.filter((key) => seen.includes(key)), ...extra];
}
