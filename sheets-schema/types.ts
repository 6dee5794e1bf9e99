// The shapes every tab, column, enum option and stage declaration in sheets-schema/ conforms to.

/** The two languages OpsMind speaks. */
export type Lang = 'en' | 'de';

/** A user-visible text in every language. */
export type Labels = { readonly en: string; readonly de: string };

/**
 * The value type of a column. "derived" is not a value type: a derived column is any type plus
 * `derived: true` (written by the product only, muted and protected with a warning).
 */
export type FieldType =
  | 'text'
  | 'email'
  | 'enum'
  | 'date'
  | 'datetime'
  | 'number'
  | 'currency'
  | 'percent'
  | 'checkbox'
  | 'id';

/** One choice of an enum column: the stored key is separate from what a person reads. */
export type EnumOption = {
  readonly value: string;
  readonly labels: Labels;
  readonly aliases?: readonly string[];
};

/** Where an enum column takes its choices when they are not fixed in the schema. */
export type OptionsSource = 'stages';

/** One column of a tab. */
export type FieldDef = {
  readonly key: string;
  readonly labels: Labels;
  readonly type: FieldType;
  readonly options?: readonly EnumOption[];
  readonly optionsFrom?: OptionsSource;
  readonly derived?: boolean;
  /** Column width in pixels. */
  readonly width: number;
  /** Other header spellings recognised as this column (older versions, snake_case, imports). */
  readonly aliases?: readonly string[];
  /** The product cannot work on the tab without this header. */
  readonly requiredHeader: boolean;
  /** Inclusive bounds for number-like columns (percent bounds are fractions: 1 = 100 %). */
  readonly min?: number;
  readonly max?: number;
  readonly integer?: boolean;
};

/** One tab of the workbook. */
export type TabDef = {
  readonly key: string;
  readonly names: Labels;
  readonly fields: readonly FieldDef[];
  readonly hidden?: boolean;
  /** The whole tab is written by the product and protected with a warning. */
  readonly protected?: boolean;
  readonly frozenRows: number;
  readonly description: Labels;
};

/** Stage kinds drive the rules: open stages need a next step, lost ones a reason, parked ones a date. */
export type StageKind = 'open' | 'won' | 'lost' | 'parked';

export type ForecastCategory = 'pipeline' | 'bestCase' | 'commit' | 'closed' | 'omitted';
