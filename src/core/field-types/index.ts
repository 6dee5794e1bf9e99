// The field-type registry: one handler per type, looked up by the column's type (never a switch).
import type { FieldType } from '../../../sheets-schema/types.js';
import { checkboxType } from './checkbox.js';
import { currencyType } from './currency.js';
import { dateType } from './date.js';
import { datetimeType } from './datetime.js';
import { emailType } from './email.js';
import { enumType } from './enum.js';
import { idType } from './id.js';
import { numberType } from './number.js';
import { percentType } from './percent.js';
import { textType } from './text.js';
import type { CellValue, FieldEnv, FieldSpec, FieldTypeHandler, FieldTypeRegistry, Parsed } from './types.js';

export const fieldTypes: FieldTypeRegistry = {
  text: textType,
  email: emailType,
  enum: enumType,
  date: dateType,
  datetime: datetimeType,
  number: numberType,
  currency: currencyType,
  percent: percentType,
  checkbox: checkboxType,
  id: idType,
};

/** The handler of a column's type, with its value type widened for callers that hold any column. */
export function handlerOf(type: FieldType): FieldTypeHandler<unknown> {
  return fieldTypes[type] as FieldTypeHandler<unknown>;
}

/** Parses a cell as the column's type. */
export function parseValue(field: FieldSpec, raw: unknown, env: FieldEnv): Parsed<unknown> {
  return handlerOf(field.type).parse(raw, env, field);
}

/** A parsed value as a person reads it. */
export function formatValue(field: FieldSpec, value: unknown, env: FieldEnv): string {
  return handlerOf(field.type).format(value ?? null, env, field);
}

/** A parsed value as it is written to a cell. */
export function toCellValue(field: FieldSpec, value: unknown, env: FieldEnv): CellValue {
  return handlerOf(field.type).toCell(value ?? null, env, field);
}

export type { CellValue, FieldEnv, FieldSpec, FieldTypeHandler, Parsed, ValidationSpec, InvalidValueFormat, ValueOf } from './types.js';
export { readNumber, writeNumber } from './parse-number.js';
export { readDate } from './parse-date.js';
export { matchOption, optionsOf } from './enum.js';
export { readEmail } from './email.js';
