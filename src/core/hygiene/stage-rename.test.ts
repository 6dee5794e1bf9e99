import { describe, expect, it } from 'vitest';
import { opsmindPreset, stagesSheet } from '../../../sheets-schema/index.js';
import type { FieldEnv } from '../field-types/index.js';
import { stagesFromPreset, stagesToRows } from '../stages.js';
import { rowsToRename, stageRenamed } from './stage-rename.js';

const en: FieldEnv = { locale: 'en_US', timeZone: 'Europe/Berlin', lang: 'en' };
const table = (): unknown[][] => [stagesSheet.fields.map((f) => f.labels.en), ...stagesToRows(stagesFromPreset(opsmindPreset, 'en'), en)];
const typedOver = (row: number, text: string) => {
  const values = table();
  const oldValue = String(values[row][0]);
  values[row][0] = text;
  return { values, cell: { row, col: 0, oldValue } };
};

describe('a stage renamed in the Stages tab', () => {
  it('names the stage before and after, and the leads that named it in any spelling', () => {
    const { values, cell } = typedOver(1, 'Fresh Lead');
    const rename = stageRenamed(values, cell, en)!;
    expect([rename.from.key, rename.from.name, rename.to.key, rename.to.name]).toEqual(['newLead', 'New Lead', 'freshlead', 'Fresh Lead']);
    const column = ['New Lead', ' new  lead ', 'Neuer Lead', 'newLead', 'Contacted', '', 'Fresh Lead', 'Something'];
    expect(rowsToRename(column, rename)).toEqual([0, 1, 2, 3]);
  });

  it('keeps the preset stage behind its other-language label', () => {
    const { values, cell } = typedOver(1, 'Neuer Lead');
    const rename = stageRenamed(values, cell, en)!;
    expect([rename.from.key, rename.to.key, rename.to.name]).toEqual(['newLead', 'newLead', 'Neuer Lead']);
    expect(rowsToRename(['New Lead', 'Neuer Lead'], rename)).toEqual([0]);
  });

  it('is no rename when the name stays, another row has either name, or the cell is no Stage cell', () => {
    expect(stageRenamed(typedOver(1, ' new lead ').values, typedOver(1, ' new lead ').cell, en)).toBeNull();
    // Another stage's name in any spelling (its German label, its key) would merge the two stages.
    for (const other of ['Contacted', 'Kontaktiert', 'contacted', 'CALL BOOKED']) {
      const dup = typedOver(1, other);
      expect(stageRenamed(dup.values, dup.cell, en)).toBeNull();
    }
    const values = table();
    values.push(['New Lead', 99, '', '', '', 0, 'Pipeline', '', 'Open']);
    values[1][0] = 'Fresh Lead';
    expect(stageRenamed(values, { row: 1, col: 0, oldValue: 'New Lead' }, en)).toBeNull();
    const other = table();
    other[1][2] = 'A new definition';
    expect(stageRenamed(other, { row: 1, col: 2, oldValue: 'First contact' }, en)).toBeNull();
    expect(stageRenamed(table(), { row: 0, col: 0, oldValue: 'Phase' }, en)).toBeNull();
    const blank = typedOver(1, '');
    expect(stageRenamed(blank.values, blank.cell, en)).toBeNull();
  });
});
