// workbook.xlsx: a file a spreadsheet program opens, with values, colours as seen, notes, dropdowns and frozen headers.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sampleWorld } from './sample-world.js';
import { writeXlsx } from './xlsx.js';
import { toArgb } from './xlsx-rules.js';

async function roundTrip(): Promise<ExcelJS.Workbook> {
  const file = join(mkdtempSync(join(tmpdir(), 'xlsx-')), 'workbook.xlsx');
  await writeXlsx(sampleWorld(), file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

const fillOf = (cell: ExcelJS.Cell): string | undefined => (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;

describe('writeXlsx', () => {
  it('writes one worksheet per tab, in order, the hidden tab hidden', async () => {
    const wb = await roundTrip();
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([['Leads', 'visible'], ['Log', 'hidden']]);
  });

  it('writes values, computed formula results, and dates as dates at the wall-clock time of the sheet', async () => {
    const ws = (await roundTrip()).getWorksheet('Leads')!;
    expect(ws.getCell('A1').value).toBe('Name');
    expect(ws.getCell('B2').value).toBe(1200.5);
    expect(ws.getCell('B2').numFmt).toBe('#,##0.00');
    const due = ws.getCell('C2').value;
    expect(due).toBeInstanceOf(Date);
    // 2026-11-20T23:00Z is midnight of the 21st in Berlin: Excel has no zones, so it stores the Berlin wall clock.
    expect((due as Date).toISOString()).toBe('2026-11-21T00:00:00.000Z');
    expect(ws.getCell('C2').numFmt).toBe('yyyy-mm-dd');
    expect(ws.getCell('B5').value).toBe(2050.5);
  });

  it('paints the colours a person sees (conditional formats evaluated) and keeps notes and bold headers', async () => {
    const ws = (await roundTrip()).getWorksheet('Leads')!;
    expect(fillOf(ws.getCell('A1'))).toBe('FFEEEEEE');
    expect(fillOf(ws.getCell('E2'))).toBe('FFB7E1CD');
    expect(fillOf(ws.getCell('E3'))).toBeUndefined();
    expect(fillOf(ws.getCell('B1'))).toBeUndefined();
    expect(ws.getCell('A1').font?.bold).toBe(true);
    const note = ws.getCell('A2').note;
    expect(typeof note === 'string' ? note : note?.texts?.map((t) => t.text).join('')).toBe('Key account');
  });

  it('turns list rules into dropdowns and keeps whether invalid input is rejected', async () => {
    const ws = (await roundTrip()).getWorksheet('Leads')!;
    expect(ws.getCell('E2').dataValidation).toMatchObject({ type: 'list', formulae: ['"New,Contacted,Won,Lost"'], errorStyle: 'stop', prompt: 'Pick a stage' });
    expect(ws.getCell('E1000').dataValidation).toMatchObject({ type: 'list' });
    expect(ws.getCell('B3').dataValidation).toMatchObject({ type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0], errorStyle: 'warning' });
    expect(ws.getCell('E1').dataValidation).toBeUndefined();
  });

  it('freezes the header rows and carries column widths and hidden columns', async () => {
    const ws = (await roundTrip()).getWorksheet('Leads')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getColumn(1).width).toBeCloseTo((180 - 5) / 7, 1);
    expect(ws.getColumn(2).width).toBeCloseTo((100 - 5) / 7, 1);
    expect(ws.getColumn(4).hidden).toBe(true);
  });

  it('reads colours as hex or basic names', () => {
    expect(toArgb('#b7e1cd')).toBe('FFB7E1CD');
    expect(toArgb('#abc')).toBe('FFAABBCC');
    expect(toArgb('red')).toBe('FFFF0000');
    expect(toArgb('not a colour')).toBeUndefined();
  });
});
