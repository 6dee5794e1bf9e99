import { describe, expect, it } from 'vitest';
import { opsmindPreset, stagesSheet } from '../../../sheets-schema/index.js';
import type { FieldEnv } from '../field-types/index.js';
import { stagesFromPreset, stagesToRows } from '../stages.js';
import { hygieneCatalogue, hm, type HygieneMessageKey } from './messages.js';
import { placeholdersOf } from '../i18n.js';
import { resolveStage, stageTableFrom, stageTableFromPreset, stageText, stageTableFromRows } from './stage-table.js';

const en: FieldEnv = { locale: 'en_US', timeZone: 'Europe/Berlin' };
const de: FieldEnv = { locale: 'de_DE', timeZone: 'Europe/Berlin' };
const header = (lang: 'en' | 'de') => stagesSheet.fields.map((f) => f.labels[lang]);

describe('stage resolution', () => {
  const table = stageTableFromPreset(opsmindPreset, 'en');
  it('finds a typed stage in any case and spacing, in either language, or by its stored key', () => {
    for (const typed of ['Offer Sent', 'offer sent', '  OFFER-SENT ', 'Angebot gesendet', 'angebot gesendet', 'offerSent']) {
      expect(resolveStage(table, typed)?.key, typed).toBe('offerSent');
    }
    expect(resolveStage(table, 'Gewonnen')?.key).toBe('closedWon');
    expect(resolveStage(table, 'Verloren')?.key).toBe('closedLost');
  });
  it('knows no stage for unknown text, blanks, numbers of no stage and dates', () => {
    expect(resolveStage(table, 'Maybe later')).toBeNull();
    expect(resolveStage(table, '')).toBeNull();
    expect(resolveStage(table, null)).toBeNull();
    expect(resolveStage(table, 42)).toBeNull();
    expect(resolveStage(table, new Date())).toBeNull();
  });
  it('starts new leads in the first stage by order', () => {
    expect(table.first?.key).toBe('newLead');
  });
  it('shows a stored key as the live name, or as the preset label once the stage left the table; other text as typed', () => {
    expect(stageText(table, 'offerSent', 'en')).toBe('Offer Sent');
    const withoutNewLead = stageTableFrom(table.stages.filter((s) => s.key !== 'newLead'), 'en');
    expect(stageText(withoutNewLead, 'newLead', 'en')).toBe('New Lead');
    expect(stageText(withoutNewLead, 'newLead', 'de')).toBe('Neuer Lead');
    expect(stageText(stageTableFrom([], 'en'), 'closedWon', 'de')).toBe('Gewonnen');
    expect(stageText(table, 'Maybe later', 'en')).toBe('Maybe later');
  });
});

describe('the live Stages tab', () => {
  it('is read from its rows, so an edited SLA or required field is what the rules use', () => {
    const rows = stagesToRows(stagesFromPreset(opsmindPreset, 'de'), de);
    rows[1][4] = 12;
    rows[1][7] = 'Name, Firma, E-Mail, Quelle';
    const table = stageTableFromRows({ header: header('de'), rows }, de);
    expect(table.problems).toEqual([]);
    const contacted = resolveStage(table, 'Contacted')!;
    expect(contacted.name).toBe('Kontaktiert');
    expect(contacted.slaHours).toBe(12);
    expect(contacted.requiredFields).toEqual(['name', 'company', 'email', 'source']);
  });
  it('names the cell of a duplicate stage, an unknown required field and a negative SLA, and keeps every other stage', () => {
    const rows = stagesToRows(stagesFromPreset(opsmindPreset, 'en'), en);
    rows.push(['new lead', 10, '', '', 24, 0.05, 'Pipeline', 'Name', 'Open']);
    rows[2][7] = 'Name, Budgett';
    rows[3][4] = -3;
    const table = stageTableFromRows({ header: header('en'), rows }, en);
    expect(table.problems.map((p) => p.cell)).toEqual(['H4', 'E5', 'A11']);
    expect(table.problems[2].message).toBe('Cell A11: the stage “new lead” is listed twice (first in row 2).');
    expect(table.stages).toHaveLength(9);
    expect(resolveStage(table, 'Call Booked')?.slaHours).toBeNull();
  });
  it('reports two names of the same stage ("Closed Won" and "Gewonnen") naming both rows, and uses the first', () => {
    const rows = stagesToRows(stagesFromPreset(opsmindPreset, 'en'), en);
    rows.push(['Gewonnen', 10, '', '', 24, 1, 'Closed', 'Name', 'Won']);
    const table = stageTableFromRows({ header: header('en'), rows }, en);
    expect(table.problems.map((p) => p.message)).toEqual(['Cell A11: “Gewonnen” is the same stage as “Closed Won” (row 8); OpsMind uses row 8.']);
    expect(resolveStage(table, 'Gewonnen')?.name).toBe('Closed Won');
  });
  it('speaks the language chosen at setup, not the locale’s', () => {
    const rows = stagesToRows(stagesFromPreset(opsmindPreset, 'en'), en);
    rows.push(['Gewonnen', 10, '', '', 24, 1, 'Closed', 'Name', 'Won']);
    const table = stageTableFromRows({ header: header('en'), rows }, { ...en, lang: 'de' });
    expect(table.problems.map((p) => p.message)).toEqual([hm('de', 'stageTable.sameStage', { cell: 'A11', stage: 'Gewonnen', other: 'Closed Won', row: 8 })]);
  });
  it('warns in German when no stage is of kind Open', () => {
    const rows = [['Fertig', 1, '', '', '', 1, 'Abgeschlossen', 'Name', 'Gewonnen']];
    const table = stageTableFromRows({ header: header('de'), rows }, de);
    expect(table.problems.map((p) => p.message)).toEqual(['Der Tab Phasen enthält keine Phase der Art Offen, also kann kein Lead in Bearbeitung sein.']);
  });
});

describe('the hygiene message catalogue', () => {
  it('has every message in German with the same placeholders as in English', () => {
    for (const key of Object.keys(hygieneCatalogue.en) as HygieneMessageKey[]) {
      expect(hygieneCatalogue.de[key], key).toBeTruthy();
      expect(placeholdersOf(hygieneCatalogue.de[key]), key).toEqual(placeholdersOf(hygieneCatalogue.en[key]));
    }
  });
  it('fills in placeholders', () => {
    expect(hm('de', 'hygiene.missing', { fields: 'E-Mail, Quelle' })).toBe('Fehlt: E-Mail, Quelle');
  });
});
