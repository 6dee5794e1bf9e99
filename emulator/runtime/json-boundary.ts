// What crosses google.script.run: JSON-safe values only (https://developers.google.com/apps-script/guides/html/reference/run#myFunction(...)).

/** The path of the first value google.script.run refuses (a Date, a function, a symbol...), or null when all is legal. */
export function prohibitedPath(value: unknown, path = 'value', seen = new Set<unknown>()): string | null {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return null;
  if (value === undefined) return null;
  if (value instanceof Date || typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') return path;
  if (typeof value !== 'object') return path;
  // Objects that create circular references also fail.
  if (seen.has(value)) return path;
  seen.add(value);
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  for (const [k, v] of entries) {
    const p = prohibitedPath(v, `${path}.${k}`, seen);
    if (p) return p;
  }
  seen.delete(value);
  return null;
}

/** A copy as the other side receives it: undefined inside arrays becomes null; undefined fields vanish. */
export function acrossBoundary<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}
