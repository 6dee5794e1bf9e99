import { describe, expect, it } from 'vitest';
import { placeholdersOf } from '../i18n.js';
import { newReport, renderSummary } from './report.js';
import { setupTexts, type SetupTextKey } from './texts.js';
import { validationHelp } from './validation-help.js';

describe('the Set up summary', () => {
  it('says all is well when nothing changed and nothing is wrong', () => {
    expect(renderSummary(newReport(), 'en', 13, null)).toBe('Everything is in order: 13 tabs checked, nothing needed changing.');
  });
  it('lists what was created, repaired and what to look at', () => {
    const r = newReport();
    r.created.push('Leads');
    r.changes.push('Removed the empty tab “Sheet1”.');
    r.problems.push('Stages: Cell A3: twice.');
    expect(renderSummary(r, 'de', 13, 'Pipeline: OpsMind')).toBe(
      'Angelegt: Leads.\n\nPipeline: OpsMind\n\nWas OpsMind eingerichtet oder repariert hat:\n• Removed the empty tab “Sheet1”.\n\nBitte prüfen:\n• Stages: Cell A3: twice.',
    );
  });
});

describe('set-up texts', () => {
  it('exist in German with the same placeholders as in English', () => {
    for (const key of Object.keys(setupTexts.en) as SetupTextKey[]) {
      expect(setupTexts.de[key], key).toBeTruthy();
      expect(placeholdersOf(setupTexts.de[key]), key).toEqual(placeholdersOf(setupTexts.en[key]));
    }
  });
  it('tell people what an input rule wants, in the sheet’s date style', () => {
    const env = { locale: 'de_DE', timeZone: 'Europe/Berlin' };
    expect(validationHelp({ kind: 'date', reject: false }, env, 'de', 'Phasen')).toBe('Ein Datum, z. B. 24.12.2026.');
    expect(validationHelp({ kind: 'listFromField', tab: 'stages', field: 'stage', reject: false }, env, 'de', 'Phasen')).toBe('Eine Phase aus dem Tab Phasen wählen.');
  });
});
