import { describe, expect, it } from 'vitest';
import { leadsSheet, settingsSheet } from '../../../sheets-schema/index.js';
import { editDistance, isTypoOf, planHeader, recordedColumns } from './header-plan.js';

const labels = leadsSheet.fields.map((f) => f.labels.en);
const keys = leadsSheet.fields.map((f) => f.key);
const wide = (cells: string[], width = 40) => [...cells, ...new Array(width - cells.length).fill('')];

describe('planning a header row', () => {
  it('lays out every column in schema order on an empty sheet', () => {
    const plan = planHeader(leadsSheet, new Array(26).fill(''), null, 'en');
    expect(plan.writes.map((w) => w.text)).toEqual(labels);
    expect(plan.appended).toEqual(keys);
    expect(plan.width).toBe(38);
  });
  it('writes nothing when every header is there, in any order and either language', () => {
    const header = wide(['Firma', ...labels.filter((l) => l !== 'Company'), 'My Notes']);
    const plan = planHeader(leadsSheet, header, null, 'en');
    expect(plan.writes).toEqual([]);
    expect(plan.columns.get('company')).toBe(0);
    expect(plan.columns.get('name')).toBe(2);
  });
  it('restores a cleared header where the field was at the last set up', () => {
    const header = wide(labels.map((l) => (l === 'Company' ? '' : l)));
    const plan = planHeader(leadsSheet, header, keys, 'en');
    expect(plan.writes).toEqual([{ col: 2, text: 'Company' }]);
    expect(plan.restored).toEqual([{ key: 'company', col: 2, was: '' }]);
    expect(plan.appended).toEqual([]);
  });
  it('finds the old place after a person inserted a column before it', () => {
    const header = wide(['Lead ID', 'Name', 'My Notes', '', ...labels.slice(3)]);
    const plan = planHeader(leadsSheet, header, keys, 'en');
    expect(plan.writes).toEqual([{ col: 3, text: 'Company' }]);
  });
  it('corrects a misspelt header, with or without a record', () => {
    const header = wide(labels.map((l) => (l === 'Company' ? 'Compnay' : l)));
    expect(planHeader(leadsSheet, header, null, 'en').restored).toEqual([{ key: 'company', col: 2, was: 'Compnay' }]);
    expect(planHeader(leadsSheet, header, keys, 'de').writes).toEqual([{ col: 2, text: 'Firma' }]);
  });
  it('adds a missing column after the last header, never over a column people added', () => {
    const header = wide([...labels.filter((l) => l !== 'Hygiene'), 'fit_score']);
    const plan = planHeader(leadsSheet, header, null, 'en');
    expect(plan.appended).toEqual(['hygiene']);
    expect(plan.writes).toEqual([{ col: 38, text: 'Hygiene' }]);
    expect(plan.width).toBe(39);
  });
  it('takes back a header typed over another field’s, and reports the remaining duplicates', () => {
    const header = wide(labels.map((l) => (l === 'Source' ? 'Company' : l)));
    const plan = planHeader(leadsSheet, header, keys, 'en');
    expect(plan.restored).toEqual([{ key: 'source', col: 7, was: 'Company' }]);
    expect(plan.duplicates).toEqual([]);
    const noRecord = planHeader(leadsSheet, header, null, 'en');
    expect(noRecord.duplicates).toEqual([{ fieldKey: 'company', indexes: [2, 7] }]);
    expect(noRecord.appended).toEqual(['source']);
  });
  it('keeps the column recorded for a field when its header is repeated before it', () => {
    const header = wide(['Lead ID', 'Company', ...labels.slice(2)]);
    const plan = planHeader(leadsSheet, header, keys, 'en');
    expect(plan.columns.get('company')).toBe(2);
    expect(plan.restored).toEqual([{ key: 'name', col: 1, was: 'Company' }]);
  });
  it('records the layout with people’s columns as blanks', () => {
    const plan = planHeader(settingsSheet, ['Key', 'Mine', 'Value', 'Description'], null, 'en');
    expect(recordedColumns(plan.columns, 4)).toEqual(['key', '', 'value', 'description']);
  });
});

describe('typos', () => {
  it('counts edits', () => {
    expect(editDistance('company', 'compnay')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
  });
  it('accepts two edits on names of five letters or more only', () => {
    expect(isTypoOf(leadsSheet, 'company', 'Compnay')).toBe(true);
    expect(isTypoOf(leadsSheet, 'company', 'Firm')).toBe(false);
    expect(isTypoOf(leadsSheet, 'name', 'Nmae')).toBe(false);
  });
});
