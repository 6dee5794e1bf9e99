// Apps Script enums as scripts see them: frozen objects whose values print as their names (String(e) === 'FULL').

/**
 * Builds an enum whose members are their own names. Real enum values are objects whose toString() is the name;
 * strings keep that (and `===` between executions) while staying JSON-safe for state.json.
 */
export function makeEnum<const N extends string>(names: readonly N[]): Readonly<{ [K in N]: K }> {
  const e = {} as { [K in N]: K };
  for (const n of names) (e as Record<string, string>)[n] = n;
  return Object.freeze(e);
}

/** Views a string-valued enum as the numeric enum type that @types/google-apps-script declares. */
export function asGasEnum<T>(e: unknown): T {
  return e as T;
}

export const Weekday = makeEnum(['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY']);
export type WeekdayName = keyof typeof Weekday;
