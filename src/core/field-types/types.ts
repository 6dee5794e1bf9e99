// The contract every field type module fulfils: parse what people type, format, validation rule, number format.
import type { EnumOption, FieldDef, FieldType, Lang, OptionsSource } from '../../../sheets-schema/types.js';

/** Where a value is read or written: the spreadsheet's locale and time zone, the currency, dynamic choices. */
export type FieldEnv = {
  readonly locale: string;
  readonly timeZone: string;
  /** Language of labels and messages; the locale's when absent (a German team may keep an en_US spreadsheet). */
  readonly lang?: Lang;
  /** ISO code of amounts; EUR when absent. */
  readonly currency?: string;
  /** Choices of enum columns declared with `optionsFrom` (e.g. the live stages). */
  readonly options?: Partial<Record<OptionsSource, readonly EnumOption[]>>;
};

/** What a type needs to know about its column (a Leads field and a Settings row both qualify). */
export type FieldSpec = Pick<FieldDef, 'type' | 'options' | 'optionsFrom' | 'min' | 'max' | 'integer'>;

/** A parsed value; null is an empty cell. */
export type Parsed<T> = { readonly ok: true; readonly value: T | null } | { readonly ok: false; readonly message: string };

/** What a sheet cell holds. */
export type CellValue = string | number | boolean | Date;

/** A data-validation rule as plain data; the app layer turns it into a DataValidation. */
export type ValidationSpec =
  | { readonly kind: 'list'; readonly values: readonly string[]; readonly reject: boolean }
  | { readonly kind: 'listFromField'; readonly tab: 'stages'; readonly field: 'stage'; readonly reject: boolean }
  | { readonly kind: 'date'; readonly reject: boolean }
  | { readonly kind: 'email'; readonly reject: boolean }
  | { readonly kind: 'numberMin'; readonly min: number; readonly reject: boolean }
  | { readonly kind: 'numberBetween'; readonly min: number; readonly max: number; readonly reject: boolean }
  | { readonly kind: 'checkbox' };

/** A conditional format flagging cells whose content the type cannot hold; `{cell}` is the top-left data cell (A1). */
export type InvalidValueFormat = { readonly kind: 'customFormula'; readonly formula: string };

export type FieldTypeHandler<T> = {
  parse(raw: unknown, env: FieldEnv, field: FieldSpec): Parsed<T>;
  /** The value as a person reads it in messages and documents. */
  format(value: T | null, env: FieldEnv, field: FieldSpec): string;
  /** The value as written to a cell (the number format does the rest). */
  toCell(value: T | null, env: FieldEnv, field: FieldSpec): CellValue;
  validation(field: FieldSpec, env: FieldEnv): ValidationSpec | null;
  /** A Sheets number format pattern, or null for automatic. */
  numberFormat(field: FieldSpec, env: FieldEnv): string | null;
  invalidValueFormat(field: FieldSpec): InvalidValueFormat | null;
};

/** The value type each field type parses to. */
export type ValueOf = {
  text: string;
  email: string;
  enum: string;
  date: Date;
  datetime: Date;
  number: number;
  currency: number;
  percent: number;
  checkbox: boolean;
  id: string;
};

export type FieldTypeRegistry = { readonly [K in FieldType]: FieldTypeHandler<ValueOf[K]> };

/** A blank cell: empty, whitespace only, null or undefined. */
export function isBlank(raw: unknown): boolean {
  if (raw === null || raw === undefined || raw === '') return true;
  if (typeof raw !== 'string') return false;
  // Most texts start with a visible ASCII character: no need to trim (and copy) them to know they are not blank.
  const c = raw.charCodeAt(0);
  if (c > 32 && c < 127) return false;
  return raw.trim() === '';
}
