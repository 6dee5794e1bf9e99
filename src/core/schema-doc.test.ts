import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectedSchemaDoc, schemaDocPath } from '../../scripts/gen-docs.js';
import { opsmindPreset, salesOpsPreset, tabs } from '../../sheets-schema/index.js';
import { crmStructureFileName, renderSchemaDoc } from './schema-doc.js';
import { stagesFromPreset } from './stages.js';

describe('the CRM structure document', () => {
  it('docs/schema.md is what the generator writes (run `npx tsx scripts/gen-docs.ts` after changing the schema)', () => {
    expect(readFileSync(schemaDocPath, 'utf8')).toBe(expectedSchemaDoc());
  });
  const doc = renderSchemaDoc(stagesFromPreset(opsmindPreset, 'en'), 'en');
  it('lists every tab and every column', () => {
    for (const tab of tabs) {
      expect(doc).toContain(`### ${tab.names.en}\n`);
      for (const f of tab.fields) expect(doc).toContain(`| ${f.labels.en} | ${f.labels.de} | \`${f.key}\` | ${f.type} |`);
    }
  });
  it('lists every stage with its SLA, probability and required fields', () => {
    expect(doc).toContain('| 7 | Closed Won | Won | 168 h (7 days) | 100% | Closed | Deal closed | Kickoff held |');
    expect(doc).toContain('| 4 | Call Booked | Open | — | 30% | Pipeline |');
    expect(doc).toContain('- **Nurturing**: Name, Company, Email, Stage, Owner, Last Contact Date, Reactivation Date');
    expect(doc).toContain('Every Open stage also needs Next Step and Next Step Date');
  });
  it('renders the live stages it is given, not the default ones', () => {
    const live = stagesFromPreset(salesOpsPreset, 'en');
    const other = renderSchemaDoc(live, 'en');
    expect(other).toContain('| 3 | Discovery | Open |');
    expect(other).not.toContain('Nurturing**');
  });
  it('renders in German', () => {
    const de = renderSchemaDoc(stagesFromPreset(opsmindPreset, 'de'), 'de');
    expect(de).toContain('# OpsMind CRM-Struktur');
    expect(de).toContain('| 9 | Nurturing | Geparkt | 2.160 Std. (90 Tage) | 5 % | Ausgeschlossen |');
    expect(de).toContain('- **Verloren**: Name, Firma, E-Mail, Phase, Verantwortlich, Letzter Kontakt, Verlustgrund, Abschlussdatum');
    expect(de).toContain('| Gesamt | 1.200,00 € | 960,00 € | 1.440,00 € |');
  });
  it('escapes pipes so a stage definition cannot break a table', () => {
    const stages = stagesFromPreset(opsmindPreset, 'en').map((s, i) => (i === 0 ? { ...s, definition: 'a | b' } : s));
    expect(renderSchemaDoc(stages, 'en')).toContain('a \\| b');
  });
  it('is named like seed 000 deliverables', () => {
    expect(crmStructureFileName('2026-11-16')).toBe('2026-11-16-crm-structure.md');
  });
});
