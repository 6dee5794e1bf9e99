// The Settings tab: key/value configuration a person edits (enforcement, language, digest, targets, budgets).
import { field } from './define.js';
import type { TabDef } from './types.js';

export const settingsSheet = {
  key: 'settings',
  names: { en: 'Settings', de: 'Einstellungen' },
  description: { en: 'OpsMind configuration: one setting per row.', de: 'OpsMind-Konfiguration: eine Einstellung je Zeile.' },
  frozenRows: 1,
  fields: [
    field('key', 'Key', 'Schlüssel', 'text', 200, { requiredHeader: true, aliases: ['Setting', 'Einstellung'] }),
    field('value', 'Value', 'Wert', 'text', 300, { requiredHeader: true }),
    field('description', 'Description', 'Beschreibung', 'text', 420),
  ],
} as const satisfies TabDef;
