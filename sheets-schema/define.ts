// Compact, literal-typed constructors for column and enum declarations (keys stay string literals).
import type { EnumOption, FieldDef, FieldType } from './types.js';

type FieldExtras = Partial<Omit<FieldDef, 'key' | 'labels' | 'type' | 'width'>>;

/** camelCase key to the snake_case spelling older sheets and database exports use (leadId -> lead_id). */
export function snakeCase(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

/** Declares a column; its snake_case key is always an alias so `lead_id`-style headers are recognised. */
export function field<const K extends string>(
  key: K,
  en: string,
  de: string,
  type: FieldType,
  width: number,
  extras: FieldExtras = {},
): FieldDef & { readonly key: K } {
  const snake = snakeCase(key);
  const aliases = [snake, ...(extras.aliases ?? [])].filter((a, i, all) => all.indexOf(a) === i);
  return { requiredHeader: false, ...extras, key, labels: { en, de }, type, width, aliases };
}

/** Declares an enum choice. */
export function option(value: string, en: string, de: string, aliases: readonly string[] = []): EnumOption {
  return aliases.length > 0 ? { value, labels: { en, de }, aliases } : { value, labels: { en, de } };
}
