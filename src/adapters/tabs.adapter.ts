// Reads and appends to OpsMind's tabs by the sheet ids Set up recorded: one call for the handle, one for all values.
import { tabByKey, tabs as allTabs, type TabKey } from '../../sheets-schema/index.js';
import { headerIsTab } from '../core/headers.js';
import type { CellValue } from '../core/field-types/index.js';
import { asWrittenText, plainTextKeys } from '../core/field-types/text.js';
import type { SetupRecord } from '../core/setup/record.js';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
/** A tab's values as read: rows of cells. */
export type Table = readonly (readonly unknown[])[];

// https://developers.google.com/apps-script/reference/spreadsheet/range — a range outside the grid is refused with this message.
const OUTSIDE = /outside the dimensions of the sheet/i;

export type TabsOptions = {
  /**
   * Reads of whole tabs take their sheets from one `getSheets()` call, at the positions Set up recorded, instead of
   * one `getSheetById` each: for a use case that reads many tabs. A guess counts only while the workbook has as many
   * sheets as Set up left and the sheet's header names that tab and no other; otherwise the tab is found by its id.
   */
  readonly byPosition?: boolean;
};

export class Tabs {
  private readonly sheets = new Map<TabKey, Sheet | null>();
  /** Every sheet in tab order, once asked for; null when their number differs from the record's (positions are off). */
  private inOrder: Sheet[] | null | undefined;

  constructor(
    private readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
    private readonly record: SetupRecord,
    private readonly options: TabsOptions = {},
  ) {}

  /** The tab's name as the last Set up recorded it (no call), for messages; undefined for a tab it never saw. */
  nameOf(key: TabKey): string | undefined {
    return this.record.tabs[key]?.name;
  }

  /** The field per column as the last Set up left them (no call): which of two same-named columns is OpsMind's. */
  recordedColumns(key: TabKey): readonly string[] | undefined {
    return this.record.tabs[key]?.columns;
  }

  /** The sheet where Set up last saw the tab, when positions can be trusted (see TabsOptions). */
  private atRecordedPosition(key: TabKey): Sheet | null {
    if (!this.options.byPosition) return null;
    const name = this.record.tabs[key]?.name;
    const at = name === undefined ? -1 : this.record.sheetNames.indexOf(name);
    if (at < 0) return null;
    if (this.inOrder === undefined) {
      const sheets = this.ss.getSheets();
      this.inOrder = sheets.length === this.record.sheetNames.length ? sheets : null;
    }
    return this.inOrder?.[at] ?? null;
  }

  /** The tab's sheet (renamed tabs keep their id), or null when it was deleted. */
  sheet(key: TabKey): Sheet | null {
    if (!this.sheets.has(key)) {
      const id = this.record.tabs[key]?.id;
      this.sheets.set(key, id === undefined ? null : this.ss.getSheetById(id));
    }
    return this.sheets.get(key) ?? null;
  }

  /**
   * Every value from A1 to the last row and column with content, in one read
   * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getSheetValues(Integer,Integer,Integer,Integer): -1 = up to the last one with data).
   */
  read(key: TabKey): Table | null {
    const guess = this.sheets.has(key) ? null : this.atRecordedPosition(key);
    if (guess) {
      const table = guess.getSheetValues(1, 1, -1, -1);
      if (headerIsTab(tabByKey(key), allTabs, table[0] ?? [])) {
        this.sheets.set(key, guess);
        return table;
      }
    }
    const sheet = this.sheet(key);
    return sheet ? sheet.getSheetValues(1, 1, -1, -1) : null;
  }

  /**
   * Only the columns from the first to the last of `keys`, where Set up last saw them (one read, fewer cells);
   * null when the record knows no such columns. The caller checks the headers it gets.
   */
  readSpan(key: TabKey, keys: readonly string[]): Table | null {
    const recorded = this.record.tabs[key]?.columns ?? [];
    const at = keys.map((k) => recorded.indexOf(k));
    if (at.some((i) => i < 0)) return null;
    const sheet = this.sheet(key);
    const first = Math.min(...at);
    return sheet ? sheet.getSheetValues(1, first + 1, -1, Math.max(...at) - first + 1) : null;
  }

  /**
   * Values as setValues must get them (1-based first column): a text the sheet would read as a formula, number, date or
   * boolean gets its text marker, except in the ID columns Set up formats as plain text, which take text as it is.
   */
  private asWritten(key: TabKey, col: number, rows: readonly (readonly CellValue[])[]): CellValue[][] {
    const recorded = this.record.tabs[key]?.columns ?? [];
    const ids = plainTextKeys(tabByKey(key));
    return rows.map((r) => r.map((v, j) => (ids.has(recorded[col - 1 + j] ?? '') ? v : asWrittenText(v))));
  }

  /** Writes rows at `row` (1-based); when the grid is too short, adds the rows after `lastRow` first (they take its formats). */
  write(key: TabKey, row: number, lastRow: number, rows: readonly (readonly CellValue[])[]): void {
    const sheet = this.sheet(key);
    if (!sheet || rows.length === 0) return;
    const width = rows[0].length;
    let range: GoogleAppsScript.Spreadsheet.Range;
    try {
      range = sheet.getRange(row, 1, rows.length, width);
    } catch (err) {
      if (!OUTSIDE.test(err instanceof Error ? err.message : String(err))) throw err;
      sheet.insertRowsAfter(Math.max(1, lastRow), rows.length);
      range = sheet.getRange(row, 1, rows.length, width);
    }
    range.setValues(this.asWritten(key, 1, rows));
  }

  /** Writes one column run of cells (1-based row and column). */
  writeBlock(key: TabKey, row: number, col: number, values: readonly (readonly CellValue[])[]): void {
    const sheet = this.sheet(key);
    if (!sheet || values.length === 0) return;
    sheet.getRange(row, col, values.length, values[0].length).setValues(this.asWritten(key, col, values));
  }

  /** The last row with content (for appending to the Log, which the tick never reads whole). */
  lastRow(key: TabKey): number {
    return this.sheet(key)?.getLastRow() ?? 0;
  }

  /** The last `count` rows up to `lastRow`, `width` columns wide. */
  tail(key: TabKey, lastRow: number, count: number, width: number): Table {
    const sheet = this.sheet(key);
    const from = Math.max(2, lastRow - count + 1);
    return sheet && lastRow >= from ? sheet.getSheetValues(from, 1, lastRow - from + 1, width) : [];
  }
}
