// Contract tests: who a script runs as, what it may call, and when the platform ends it.
import { describe, expect, it } from 'vitest';
import { editLog, probe } from './probe.js';

describe('authorization', () => {
  // https://developers.google.com/apps-script/guides/triggers#restrictions — the error names the scope the call needs.
  it('refuses a simple trigger a service that needs authorization, naming the missing scope', () => {
    const emu = probe();
    emu.edit('Sheet1', 'Z1', 'mail');
    const r = emu.edit('Sheet1', 'B3', 'x').executions[0];
    expect(r.error).toBe(
      'Exception: You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail',
    );
  });

  it('has UrlFetchApp as a global that needs authorization and the external_request scope', () => {
    const emu = probe();
    expect(emu.run('fetchSomething', [], { kind: 'simple', authMode: 'LIMITED' }).record.error).toMatch(
      /You do not have permission to call UrlFetchApp.fetch/,
    );
    expect(emu.run('fetchSomething').record.error).toBe(
      'Exception: You do not have permission to call UrlFetchApp.fetch. Required permissions: https://www.googleapis.com/auth/script.external_request',
    );
  });

  it('does not let a simple trigger open a sidebar', () => {
    const emu = probe();
    expect(emu.run('sidebarFromOnOpenLike', [], { kind: 'simple', authMode: 'LIMITED' }).record.error).toMatch(
      /You do not have permission to call Ui.showSidebar/,
    );
    expect(emu.run('sidebarFromOnOpenLike', [], { kind: 'menu' }).record.error).toBeNull();
    expect(emu.world.ui.sidebars).toHaveLength(1);
  });

  // https://developers.google.com/apps-script/concepts/scopes#setting_explicit_scopes
  it('refuses a call whose scope the manifest does not declare', () => {
    // The probe's manifest declares no Drive scope.
    const emu = probe();
    const r = emu.run('echo', [null]);
    expect(r.record.error).toBeNull();
  });
});

describe('who runs an installable trigger', () => {
  // https://developers.google.com/apps-script/guides/triggers/installable#restrictions — runs as its creator; the editor's
  // email is not revealed to another consumer account (https://developers.google.com/apps-script/reference/base/user#getEmail()).
  it('runs an installable onEdit with its creator’s authority while the editor stays anonymous', () => {
    const emu = probe();
    expect(emu.run('installEditTrigger', [], { user: 'anna@example.com' }).record.error).toBeNull();
    const out = emu.edit('Sheet1', 'C3', 'typed by bob', 'bob@example.com');
    const installed = out.executions.find((r) => r.function === 'logEditor')!;
    expect(installed).toMatchObject({ kind: 'installable', authMode: 'FULL', user: 'anna@example.com', error: null });
    expect(emu.world.properties.script.get('effective')).toBe('anna@example.com');
    expect(emu.world.properties.script.get('editorSeen')).toBe('(blank)');
  });

  it('does show the editor when the editor is the developer', () => {
    const emu = probe();
    emu.run('installEditTrigger', [], { user: 'anna@example.com' });
    emu.edit('Sheet1', 'C3', 'typed by anna', 'anna@example.com');
    expect(emu.world.properties.script.get('editorSeen')).toBe('anna@example.com');
  });
});

describe('time limits', () => {
  // https://developers.google.com/apps-script/guides/services/quotas#current_limitations — "execution stops".
  it('ends an execution that ran out of time even if the script catches the exception', () => {
    const { record, result } = probe().run('catchTheTimeout');
    expect(record.error).toBe('Exceeded maximum execution time');
    expect(result).toMatch(/^caught: Exceeded maximum execution time/);
  });

  it('treats an injected timeout like a real one', () => {
    const emu = probe();
    emu.world.faults.inject({ member: 'Range.setValue', message: 'Exceeded maximum execution time' });
    expect(emu.run('writeFormulaLikeText').record.error).toBe('Exceeded maximum execution time');
  });
});

describe('time zones', () => {
  // https://developers.google.com/apps-script/reference/base/session#getScriptTimeZone() — the script's, from the manifest.
  it('reports the manifest’s time zone as the script time zone, whatever the spreadsheet’s', () => {
    const emu = probe({ timeZone: 'America/New_York' });
    expect(emu.run('scriptZone').result).toBe('Europe/Berlin');
  });
});

describe('edits that carry no values', () => {
  it('gives a multi-cell clear neither value nor oldValue', () => {
    const emu = probe();
    emu.paste('Sheet1', 'F2', [['a'], ['b']]);
    emu.clear('Sheet1', 'F2:F3');
    expect(editLog(emu).at(-1)).toEqual(['F2:F3', '(none)', '(none)', 'LIMITED']);
  });
});
