// A small, fully populated world for the exporters' tests: a pipeline tab with rules and colours, a hidden log, mail, Drive.
import { createItem, rootFolder } from '../drive/drive-store.js';
import { createWorld, type World } from '../runtime/world.js';
import { newSheetModel, type DataValidationModel } from '../spreadsheet/model.js';
import { createSpreadsheetModel, writeValues } from '../spreadsheet/spreadsheet-store.js';

export const SAMPLE_NOW = Date.parse('2026-11-16T08:00:00Z');

/** Leads (header, 3 rows, a formula, a date, a list rule on E2:E1000, a "Won" colour rule) and a hidden Log tab. */
export function sampleWorld(): World {
  const world = createWorld({ now: SAMPLE_NOW, user: 'anna@example.com', projectName: 'OpsMind' });
  const ss = createSpreadsheetModel(world, { name: 'Pipeline' });
  const leads = ss.sheets[0];
  leads.name = 'Leads';
  writeValues(leads, 0, 0, [
    ['Name', 'Value', 'Due', 'Owner', 'Stage'],
    ['Acme', 1200.5, new Date('2026-11-20T23:00:00Z'), 'anna@example.com', 'Won'],
    ['Globex', 800, new Date('2026-11-18T23:00:00Z'), 'bob@example.com', 'Contacted'],
    ['Initech', 50, '', 'bob@example.com', 'New'],
  ]);
  leads.formulas.set(4, 1, '=SUM(B2:B4)');
  leads.numberFormats.set(1, 1, '#,##0.00');
  leads.notes.set(1, 0, 'Key account');
  leads.backgrounds.set(0, 0, '#EEEEEE');
  leads.backgrounds.set(0, 1, '#ffffff');
  leads.fontWeights.set(0, 0, 'bold');
  leads.frozenRows = 1;
  leads.columnWidths.set(0, 180);
  leads.hiddenColumns.add(3);
  const stages: DataValidationModel = { criteria: 'VALUE_IN_LIST', args: [['New', 'Contacted', 'Won', 'Lost'], true], showDropdown: true, allowInvalid: false, helpText: 'Pick a stage' };
  for (let r = 1; r < 1000; r++) leads.validations.set(r, 4, stages);
  const value: DataValidationModel = { criteria: 'NUMBER_GREATER_THAN_OR_EQUAL_TO', args: [0], showDropdown: false, allowInvalid: true, helpText: null };
  for (let r = 1; r < 4; r++) leads.validations.set(r, 1, value);
  leads.conditionalFormats.push({
    ranges: [{ sheetId: leads.id, r1: 1, c1: 4, r2: 999, c2: 4 }],
    condition: { type: 'TEXT_EQ', values: ['Won'] },
    format: { background: '#B7E1CD' },
  });
  leads.protections.push({ kind: 'RANGE', range: { sheetId: leads.id, r1: 0, c1: 0, r2: 0, c2: 4 }, description: 'Header', warningOnly: true, editors: ['bob@example.com', 'anna@example.com'] });
  const log = newSheetModel(ss.nextSheetId++, 'Log', 1);
  log.hidden = true;
  writeValues(log, 0, 0, [['When', 'What'], [new Date(SAMPLE_NOW), 'set up']]);
  ss.sheets.push(log);

  world.properties.script.set('schemaVersion', '1');
  world.properties.document.set(ss.id, new Map([['b', '2'], ['a', '1']]));
  world.properties.user.set('anna@example.com', new Map([['lang', 'en']]));
  world.mail.outbox.push({
    from: 'anna@example.com', to: 'bob@example.com', cc: '', bcc: '', replyTo: '', subject: 'Wöchentlicher Bericht', body: 'Hi Bob',
    htmlBody: '<p>Hi Bob</p>', name: 'OpsMind', attachments: [], at: new Date(SAMPLE_NOW).toISOString(),
  });
  const reports = createItem(world, { kind: 'folder', name: 'Reports', mimeType: 'application/vnd.google-apps.folder', parentId: rootFolder(world).id, owner: 'anna@example.com' });
  createItem(world, { kind: 'file', name: '2026-11-16-weekly', mimeType: 'text/plain', parentId: reports.id, owner: 'anna@example.com', content: 'Pipeline: 3 leads' });
  world.triggers.push({
    uid: 'trigger-1', handler: 'tick', owner: 'anna@example.com', eventType: 'CLOCK', source: 'CLOCK', sourceId: null,
    everyMs: 3_600_000, nextRunMs: SAMPLE_NOW + 3_600_000, atHour: null, weekDay: null, atMs: null,
  });
  world.ui.menus.push({ name: 'OpsMind', addon: true, items: [{ label: 'About OpsMind', functionName: 'showAbout' }] });
  world.ui.toasts.push({ message: 'Saved', title: 'OpsMind', timeoutSeconds: 5, at: new Date(SAMPLE_NOW).toISOString() });
  world.executions.push({
    id: 1, function: 'onOpen', kind: 'simple', authMode: 'LIMITED', user: 'anna@example.com', startedAt: new Date(SAMPLE_NOW).toISOString(),
    calls: { 'Ui.createAddonMenu': 1, 'Menu.addItem': 1 }, totalCalls: 2, roundTrips: 0, localCalls: 0, meteredMs: 117, projectedMs: 120, cpuMs: 3.2, emulatorMs: 0.4, error: null,
  });
  return world;
}
