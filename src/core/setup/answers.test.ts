import { describe, expect, it } from 'vitest';
import { readLanguageAnswer, readPresetAnswer } from './answers.js';

describe('answers to Set up’s questions', () => {
  it('takes the default pipeline when nothing is typed', () => {
    expect(readPresetAnswer('')).toEqual({ ok: true, value: 'opsmind' });
    expect(readPresetAnswer('   ')).toEqual({ ok: true, value: 'opsmind' });
  });
  it('reads numbers and names of the presets in any case or spelling', () => {
    expect(['1', 'OpsMind', '2', 'sales-ops', 'Sales Ops', '3', 'ROADMAP'].map((a) => readPresetAnswer(a))).toEqual([
      { ok: true, value: 'opsmind' }, { ok: true, value: 'opsmind' }, { ok: true, value: 'salesOps' }, { ok: true, value: 'salesOps' },
      { ok: true, value: 'salesOps' }, { ok: true, value: 'roadmap' }, { ok: true, value: 'roadmap' },
    ]);
    expect(readPresetAnswer('4')).toEqual({ ok: false });
  });
  it('reads the language, defaulting to the spreadsheet locale’s', () => {
    expect(readLanguageAnswer('', 'de')).toEqual({ ok: true, value: 'de' });
    expect(['English', '1', 'Deutsch', 'de', 'German', '2'].map((a) => readLanguageAnswer(a, 'en').ok && readLanguageAnswer(a, 'en'))).toEqual([
      { ok: true, value: 'en' }, { ok: true, value: 'en' }, { ok: true, value: 'de' }, { ok: true, value: 'de' }, { ok: true, value: 'de' }, { ok: true, value: 'de' },
    ]);
    expect(readLanguageAnswer('Klingon', 'en')).toEqual({ ok: false });
  });
});
