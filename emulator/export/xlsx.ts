// Writes the active spreadsheet as workbook.xlsx: values, colours as seen (conditional formats applied), notes, dropdowns, frozen headers.
import ExcelJS, { type DataValidation } from 'exceljs';
import type { World } from '../runtime/world.js';
import { columnToLetters } from '../spreadsheet/a1.js';
import type { CellFormat, SheetModel, SpreadsheetModel } from '../spreadsheet/model.js';
import type { Grid } from '../spreadsheet/grid.js';
import { activeSpreadsheet, lastColumn, lastRow, orderedSheets, readValues } from '../spreadsheet/spreadsheet-store.js';
import { isDatePattern } from '../spreadsheet/display.js';
import { zoneOffsetMs } from '../spreadsheet/zoned-time.js';
import { effectiveFormats, validationRects } from './sheet-state.js';
import { excelValidation, toArgb } from './xlsx-rules.js';

// Google Sheets' default column is 100 px wide; Excel counts widths in characters of about 7 px plus 5 px padding.
const DEFAULT_COLUMN_PX = 100;
const pxToChars = (px: number): number => Math.max(0, Math.round(((px - 5) / 7) * 100) / 100);

/** An Excel-safe, unique worksheet name (at most 31 characters, none of []:*?/\). */
function excelSheetName(name: string, used: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, '_').slice(0, 31) || 'Sheet';
  let candidate = base;
  for (let i = 2; used.has(candidate.toLowerCase()); i++) candidate = `${base.slice(0, 31 - String(i).length - 1)}_${i}`;
  used.add(candidate.toLowerCase());
  return candidate;
}

/** Excel has no time zones: a date is stored as the wall-clock time the spreadsheet's zone shows. */
function wallDate(d: Date, timeZone: string): Date {
  return new Date(d.getTime() + zoneOffsetMs(d.getTime(), timeZone));
}

function cellStyle(sheet: SheetModel, cf: Grid<CellFormat> | null, r: number, c: number, cell: ExcelJS.Cell): void {
  const rule = cf?.get(r, c);
  const bg = toArgb(rule?.background ?? sheet.backgrounds.get(r, c));
  if (bg && bg !== 'FFFFFFFF') cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: bg } };
  const color = toArgb(rule?.fontColor ?? sheet.fontColors.get(r, c));
  const bold = rule?.bold ?? sheet.fontWeights.get(r, c) === 'bold';
  const italic = rule?.italic ?? sheet.fontStyles.get(r, c) === 'italic';
  const font: Partial<ExcelJS.Font> = {};
  if (color && color !== 'FF000000') font.color = { argb: color };
  if (bold) font.bold = true;
  if (italic) font.italic = true;
  if (rule?.strikethrough) font.strike = true;
  if (rule?.underline) font.underline = true;
  if (Object.keys(font).length > 0) cell.font = font;
}

function addSheet(wb: ExcelJS.Workbook, ss: SpreadsheetModel, sheet: SheetModel, name: string, now: number, spill: (v: string[]) => string): void {
  const frozen = sheet.frozenRows > 0 || sheet.frozenColumns > 0;
  const ws = wb.addWorksheet(name, {
    state: sheet.hidden ? 'hidden' : 'visible',
    views: frozen ? [{ state: 'frozen', xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }] : [],
  });
  const rows = lastRow(sheet);
  const cols = Math.max(lastColumn(sheet), ...[...sheet.columnWidths.keys()].map((c) => c + 1), 0);
  const values = rows > 0 && cols > 0 ? readValues(sheet, { sheetId: sheet.id, r1: 0, c1: 0, r2: rows - 1, c2: cols - 1 }, { ss, now }) : [];
  const cf = effectiveFormats(ss, sheet, now);
  const touched = new Set<string>();
  const cellAt = (r: number, c: number): ExcelJS.Cell => {
    touched.add(`${r}:${c}`);
    return ws.getCell(r + 1, c + 1);
  };
  values.forEach((line, r) =>
    line.forEach((v, c) => {
      if (v === '') return;
      const cell = cellAt(r, c);
      const fmt = sheet.numberFormats.get(r, c);
      if (v instanceof Date) {
        const wall = wallDate(v, ss.timeZone);
        cell.value = wall;
        const midnight = wall.getTime() % 86_400_000 === 0;
        cell.numFmt = fmt && isDatePattern(fmt) ? fmt : midnight ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm';
      } else {
        cell.value = v;
        if (fmt && fmt !== '@') cell.numFmt = fmt;
      }
    }),
  );
  for (const [r, c, note] of sheet.notes.entries()) if (note) cellAt(r, c).note = note;
  const styled = new Set<string>();
  const style = (r: number, c: number): void => {
    const k = `${r}:${c}`;
    if (styled.has(k)) return;
    styled.add(k);
    cellStyle(sheet, cf, r, c, touched.has(k) ? ws.getCell(r + 1, c + 1) : cellAt(r, c));
  };
  for (const grid of [sheet.backgrounds, sheet.fontColors, sheet.fontWeights, sheet.fontStyles] as Grid<string>[]) for (const [r, c] of grid.entries()) style(r, c);
  if (cf) for (const [r, c] of cf.entries()) style(r, c);
  for (const rect of validationRects(ss, sheet)) {
    const topLeft = `${columnToLetters(rect.c1)}${rect.r1 + 1}`;
    const dv = excelValidation(ss, rect.model, topLeft, spill);
    if (!dv) continue;
    const address = rect.r1 === rect.r2 && rect.c1 === rect.c2 ? topLeft : `${topLeft}:${columnToLetters(rect.c2)}${rect.r2 + 1}`;
    // exceljs has worksheet.dataValidations at run time but leaves it out of its type declarations.
    (ws as unknown as { dataValidations: { add(address: string, v: DataValidation): void } }).dataValidations.add(address, dv);
  }
  for (let c = 0; c < cols; c++) {
    const col = ws.getColumn(c + 1);
    col.width = pxToChars(sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_PX);
    if (sheet.hiddenColumns.has(c)) col.hidden = true;
  }
}

/** The active spreadsheet as an exceljs workbook (one worksheet per tab, in tab order). */
export function buildWorkbook(world: World): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'OpsMind emulator';
  const now = world.clock.now();
  wb.created = new Date(now);
  wb.modified = new Date(now);
  const ss = activeSpreadsheet(world);
  if (!ss) {
    wb.addWorksheet('Sheet1');
    return wb;
  }
  const used = new Set<string>();
  const sheets = orderedSheets(ss);
  const names = new Map(sheets.map((s) => [s.id, excelSheetName(s.name, used)]));
  let listSheet: ExcelJS.Worksheet | null = null;
  let listColumn = 0;
  const spill = (values: string[]): string => {
    listSheet ??= wb.addWorksheet(excelSheetName('_lists', used), { state: 'veryHidden' });
    listColumn++;
    values.forEach((v, i) => (listSheet!.getCell(i + 1, listColumn).value = v));
    const letters = columnToLetters(listColumn - 1);
    return `'${listSheet.name}'!$${letters}$1:$${letters}$${Math.max(values.length, 1)}`;
  };
  for (const sheet of sheets) addSheet(wb, ss, sheet, names.get(sheet.id)!, now, spill);
  // A workbook needs one visible sheet; Sheets enforces the same, so this only guards against odd fixtures.
  if (sheets.length > 0 && sheets.every((s) => s.hidden)) wb.getWorksheet(names.get(sheets[0].id)!)!.state = 'visible';
  const active = sheets.find((s) => s.id === ss.activeSheetId && !s.hidden) ?? sheets.find((s) => !s.hidden);
  const activeIndex = Math.max(0, wb.worksheets.findIndex((w) => w.name === (active && names.get(active.id))));
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: activeIndex, visibility: 'visible' }];
  return wb;
}

/** Writes workbook.xlsx to `file`. */
export async function writeXlsx(world: World, file: string): Promise<void> {
  await buildWorkbook(world).xlsx.writeFile(file);
}
