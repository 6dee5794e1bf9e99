import { describe, expect, it } from 'vitest';
import { leadsSheet, logSheet, stagesSheet } from '../../../sheets-schema/index.js';
import { resolveHeaders } from '../headers.js';
import { tabLayout } from '../tab-layout.js';
import { checkValidations, formatOps, formatsToRestore, runsOf, validationKey } from './column-format.js';

const env = { locale: 'en_US', timeZone: 'Europe/Berlin' };
const layout = tabLayout(leadsSheet, env);
const columns = resolveHeaders(leadsSheet, layout.columns.map((c) => c.header)).columns as Map<string, number>;

describe('formatting in batches', () => {
  it('merges adjacent columns with the same value into one run', () => {
    expect(runsOf([{ col: 3, value: 'a' }, { col: 1, value: 'a' }, { col: 2, value: 'a' }, { col: 5, value: 'a' }, { col: 6, value: 'b' }], String))
      .toEqual([{ c1: 1, c2: 3, value: 'a' }, { c1: 5, c2: 5, value: 'a' }, { c1: 6, c2: 6, value: 'b' }]);
  });
  it('groups the four BANT checkboxes and the dates beside each other', () => {
    const ops = formatOps(layout, columns);
    expect(ops.validations.find((r) => r.value.kind === 'checkbox')).toMatchObject({ c1: 12, c2: 15 });
    expect(ops.validations.find((r) => r.c1 === 19)).toMatchObject({ c2: 21, value: { kind: 'date' } });
    expect(ops.derived.map((r) => [r.c1, r.c2])).toEqual([[0, 0], [16, 16], [31, 37]]);
  });
  it('gives OpsMind-written tabs no input rules and no column protections', () => {
    const log = tabLayout(logSheet, env);
    const ops = formatOps(log, new Map(log.columns.map((c, i) => [c.key, i])));
    expect(ops.validations).toEqual([]);
    expect(ops.derived).toEqual([]);
  });
});

describe('checking input rules', () => {
  const stageCol = 0;
  const wanted = layout.columns.map((c) => (c.validation ? validationKey(c.validation, stageCol) : null));
  it('finds nothing to do when every rule is there', () => {
    expect(checkValidations(layout, columns, wanted, stageCol)).toEqual({ restore: [], foreign: [] });
  });
  it('restores a deleted rule', () => {
    const seen = [...wanted];
    seen[4] = null;
    expect(checkValidations(layout, columns, seen, stageCol).restore).toEqual([{ c1: 4, c2: 4, value: layout.columns[4].validation }]);
  });
  it('renews its own outdated rule, and keeps a person’s rule of another kind', () => {
    const seen = [...wanted];
    seen[4] = 'VALUE_IN_RANGE|C2|warn';
    seen[5] = 'VALUE_IN_LIST|["Anna","Bob"]|warn';
    const check = checkValidations(layout, columns, seen, stageCol);
    expect(check.restore.map((r) => r.c1)).toEqual([4]);
    expect(check.foreign).toEqual(['owner']);
  });
  it('writes keys the way the sheet adapter reads them', () => {
    const stages = tabLayout(stagesSheet, env);
    expect(validationKey(stages.columns.find((c) => c.key === 'kind')!.validation!, 0)).toBe('VALUE_IN_LIST|["Open","Won","Lost","Parked"]|warn');
    expect(validationKey({ kind: 'listFromField', tab: 'stages', field: 'stage', reject: false }, 2)).toBe('VALUE_IN_RANGE|C2|warn');
  });
});

describe('restoring number formats', () => {
  const wanted = layout.columns.map((c) => c.numberFormat ?? '0.###############');
  const at = (key: string) => columns.get(key)!;
  it('restores nothing when the first data row has every format', () => {
    expect(formatsToRestore(layout, columns, wanted)).toEqual({ restore: [], keys: [] });
  });
  it('restores a cleared date format, and keeps a date style a person chose', () => {
    const observed = [...wanted];
    observed[at('firstContactDate')] = '0.###############';
    observed[at('nextStepDate')] = 'd mmm yyyy';
    const plan = formatsToRestore(layout, columns, observed);
    expect(plan.keys).toEqual(['firstContactDate']);
    expect(plan.restore).toEqual([{ c1: at('firstContactDate'), c2: at('firstContactDate'), value: wanted[at('firstContactDate')] }]);
  });
  it('restores every format of a tab whose formatting was cleared, in runs', () => {
    const plan = formatsToRestore(layout, columns, wanted.map(() => ''));
    expect(plan.keys.length).toBe(layout.columns.filter((c) => c.numberFormat !== null).length);
    expect(plan.restore.length).toBeLessThan(plan.keys.length);
  });
});
