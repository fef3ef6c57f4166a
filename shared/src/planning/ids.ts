/**
 * Code-unit ordering for ids: localeCompare depends on the runtime's locale, and the same input must
 * give the same plan everywhere.
 */
export function compareIds(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}

export function uniqueSorted(values: readonly string[]): string[] {
  return [...new Set(values)].sort(compareIds);
}

/** Reads own properties only, so ids such as "constructor" or "__proto__" cannot hit the prototype. */
export function ownEntry<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
