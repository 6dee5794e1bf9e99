import { describe, expect, it } from 'vitest';
import { opsmindPreset, roadmapPreset, stagesSheet } from '../../sheets-schema/index.js';
import { parseValue } from './field-types/index.js';
import type { FieldEnv } from './field-types/types.js';
import { parseStagesTable, stageOptions, stagesFromPreset, stagesToRows } from './stages.js';

const en: FieldEnv = { locale: 'en_US', timeZone: 'Europe/Berlin' };
const de: FieldEnv = { locale: 'de_DE', timeZone: 'Europe/Berlin' };
const header = (lang: 'en' | 'de') => stagesSheet.fields.map((f) => f.labels[lang]);

describe('the Stages tab', () => {
  it('writes the OpsMind preset as rows a person can read', () => {
    const rows = stagesToRows(stagesFromPreset(opsmindPreset, 'en'), en);
    expect(rows[0]).toEqual(['New Lead', 1, 'Contact captured, not yet contacted', 'First message sent', 24, 0.05, 'Pipeline', 'Name, Company, Email, Stage, Owner, Last Contact Date', 'Open']);
    expect(rows[3][4]).toBe('');
    expect(rows[7][8]).toBe('Lost');
  });
  it('reads back exactly what it wrote, in English and in German', () => {
    for (const [lang, env] of [['en', en], ['de', de]] as const) {
      const stages = stagesFromPreset(opsmindPreset, lang);
      const read = parseStagesTable({ header: header(lang), rows: stagesToRows(stages, env) }, env);
      expect(read.problems).toEqual([]);
      expect(read.stages).toEqual(stages);
    }
  });
  it('recognises the preset stage behind a German name, so both languages select it', () => {
    const read = parseStagesTable({ header: header('de'), rows: stagesToRows(stagesFromPreset(roadmapPreset, 'de'), de) }, de);
    expect(read.stages.map((s) => s.key)).toEqual(roadmapPreset.stages.map((s) => s.key));
    const env: FieldEnv = { ...de, options: { stages: stageOptions(read.stages) } };
    const stage = { type: 'enum', optionsFrom: 'stages' } as const;
    expect(parseValue(stage, 'won', env)).toEqual({ ok: true, value: 'won' });
    expect(parseValue(stage, 'GEWONNEN', env)).toEqual({ ok: true, value: 'won' });
  });
  it('finds columns by header even when people reorder them', () => {
    const rows = [['Kickoff', 'Open', 'Name, Company', 12, '30 %']];
    const read = parseStagesTable({ header: ['Stage', 'Kind', 'Required Fields', 'SLA Hours', 'Probability'], rows }, en);
    expect(read.problems).toEqual([]);
    expect(read.stages[0]).toMatchObject({ name: 'Kickoff', key: 'kickoff', kind: 'open', slaHours: 12, probability: 30, requiredFields: ['name', 'company'], nextStepRule: true });
  });
  it('names the cell of a duplicate stage, an unknown required field and a negative SLA, and keeps the rest', () => {
    const rows = [
      ['New Lead', 1, '', '', 24, 0.05, 'Pipeline', 'Name, Compnay', 'Open'],
      ['Contacted', 2, '', '', -5, 0.1, 'Pipeline', 'Name', 'Open'],
      ['new lead', 3, '', '', 24, 0.05, 'Pipeline', 'Name', 'Open'],
    ];
    const read = parseStagesTable({ header: header('en'), rows }, en);
    expect(read.problems.map((p) => p.message)).toEqual([
      'Cell H2: “Compnay” is not a column of Leads.',
      'Cell E3: SLA hours must be 0 or more, not -5.',
      'Cell A4: the stage “new lead” is listed twice (first in row 2).',
    ]);
    expect(read.stages.map((s) => [s.name, s.requiredFields, s.slaHours])).toEqual([
      ['New Lead', ['name'], 24],
      ['Contacted', ['name'], null],
    ]);
  });
  it('reports a bad kind or probability with its cell, in German', () => {
    const rows = [['Neu', 1, '', '', 24, 'viel', 'Pipeline', 'Name', 'Irgendwas']];
    const read = parseStagesTable({ header: header('de'), rows }, de);
    expect(read.problems.map((p) => p.cell)).toEqual(['I2', 'F2']);
    expect(read.problems[0].message).toBe('Zelle I2: „Irgendwas“ ist keiner dieser Werte: Offen, Gewonnen, Verloren, Geparkt.');
  });
  it('says when the tab lists no stages or lacks a required header', () => {
    expect(parseStagesTable({ header: header('en'), rows: [] }, en).problems[0].message).toContain('lists no stages');
    expect(parseStagesTable({ header: ['Stage', 'Order'], rows: [['A', 1]] }, en).problems.map((p) => p.message)).toEqual([
      'Tab “Stages” has no column “Required Fields”. Run OpsMind › Set up / repair to restore it.',
      'Tab “Stages” has no column “Kind”. Run OpsMind › Set up / repair to restore it.',
    ]);
  });
  it('notes a header problem on its header cell: the misspelt one, the first blank one, a repeated one', () => {
    const typo = header('en').map((h) => (h === 'Required Fields' ? 'Requird Fields' : h));
    expect(parseStagesTable({ header: typo, rows: [] }, en).problems.map((p) => p.cell)).toEqual(['H1']);
    const blank = header('en').map((h) => (h === 'Kind' || h === 'Order' ? '' : h));
    expect(parseStagesTable({ header: blank, rows: [] }, en).problems.map((p) => p.cell)).toEqual(['B1']);
    expect(parseStagesTable({ header: ['Stage', 'Order'], rows: [] }, en).problems.map((p) => p.cell)).toEqual(['A1', 'A1']);
    const twice = [...header('en'), 'Stage'];
    expect(parseStagesTable({ header: twice, rows: [['A', 1, '', '', '', 0, '', '', 'Open']] }, en).problems.map((p) => p.cell)).toEqual(['J1']);
  });
  it('orders stages by the Order column', () => {
    const rows = [['B', 2, '', '', '', 0, '', '', 'Open'], ['A', 1, '', '', '', 0, '', '', 'Open']];
    expect(parseStagesTable({ header: header('en'), rows }, en).stages.map((s) => s.name)).toEqual(['A', 'B']);
  });
});
