// End to end: every data-quality rule of seed 000 as tables, in Strict and Soft, in English and German, with moved columns and typed values.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CellSpec } from '../../emulator/api.js';
import type { CellValue } from '../../emulator/spreadsheet/model.js';
import { findSheet } from '../../emulator/spreadsheet/spreadsheet-store.js';
import type { Row } from './tick-fixture.js';
import { hygieneWorld, type HygieneWorld } from './hygiene-fixture.js';

type Lang = 'en' | 'de';
type Mode = 'Strict' | 'Soft';
type Text = Readonly<Record<Lang, string>>;
const T = (en: string, de: string): Text => ({ en, de });

// ---- what the seed and PRODUCT.md say, written down here (never read from the product's schema) --------------

/** The Leads columns the rules name, as a person sees them in each language. */
const FIELD = {
  name: T('Name', 'Name'),
  company: T('Company', 'Firma'),
  email: T('Email', 'E-Mail'),
  stage: T('Stage', 'Phase'),
  owner: T('Owner', 'Verantwortlich'),
  lastContactDate: T('Last Contact Date', 'Letzter Kontakt'),
  source: T('Source', 'Quelle'),
  firstContactDate: T('First Contact Date', 'Erstkontakt'),
  touchpointCount: T('Touchpoint Count', 'Anzahl Kontaktpunkte'),
  callDate: T('Call Date', 'Gesprächstermin'),
  callNotes: T('Call Notes', 'Gesprächsnotizen'),
  bantBudget: T('BANT Budget', 'BANT Budget'),
  bantAuthority: T('BANT Authority', 'BANT Entscheider'),
  bantNeed: T('BANT Need', 'BANT Bedarf'),
  bantTimeline: T('BANT Timeline', 'BANT Zeitrahmen'),
  bantScore: T('BANT Score', 'BANT-Score'),
  qualified: T('Qualified', 'Qualifiziert'),
  offerAmount: T('Offer Amount', 'Angebotssumme'),
  offerSentDate: T('Offer Sent Date', 'Angebot gesendet am'),
  followUpDate: T('Follow-up Date', 'Nachfassdatum'),
  closedDate: T('Closed Date', 'Abschlussdatum'),
  actualAmount: T('Actual Amount', 'Tatsächlicher Betrag'),
  paymentTerms: T('Payment Terms', 'Zahlungsbedingungen'),
  kickoffDate: T('Kickoff Date', 'Kickoff-Datum'),
  nextStep: T('Next Step', 'Nächster Schritt'),
  nextStepDate: T('Next Step Date', 'Datum nächster Schritt'),
  lostReason: T('Lost Reason', 'Verlustgrund'),
  reactivationDate: T('Reactivation Date', 'Reaktivierungsdatum'),
  weightedValue: T('Weighted Value', 'Gewichteter Wert'),
  stageChangedAt: T('Stage Changed At', 'Phase geändert am'),
  hygiene: T('Hygiene', 'Hygiene'),
} as const;
type Field = keyof typeof FIELD;

const HISTORY = {
  tab: T('Stage History', 'Phasenverlauf'),
  at: T('Timestamp', 'Zeitstempel'),
  leadId: T('Lead ID', 'Lead-ID'),
  from: T('From Stage', 'Von Phase'),
  to: T('To Stage', 'Nach Phase'),
  by: T('Changed By', 'Geändert von'),
  result: T('Result', 'Ergebnis'),
  missing: T('Missing Fields', 'Fehlende Felder'),
  accepted: T('Accepted', 'Angenommen'),
  rejected: T('Rejected', 'Abgelehnt'),
} as const;

/** The Hygiene column in plain words: "OK", the missing fields, and the next-step rule's own phrases. */
const HYGIENE = {
  missing: T('Missing: ', 'Fehlt: '),
  noNextStep: T('No next step', 'Kein nächster Schritt'),
  noNextStepDate: T('Next step has no date', 'Nächster Schritt ohne Datum'),
  noNextStepAtAll: T('No next step and no date', 'Kein nächster Schritt und kein Datum'),
};

// Seed 000 "Required Fields (by Stage)" / "Pflichtfelder", cumulative along the main path.
const ALL_STAGES: readonly Field[] = ['name', 'company', 'email', 'stage', 'owner', 'lastContactDate'];
const FROM_CONTACTED: readonly Field[] = [...ALL_STAGES, 'source', 'firstContactDate', 'touchpointCount'];
const FROM_CALL_BOOKED: readonly Field[] = [...FROM_CONTACTED, 'callDate', 'callNotes', 'bantScore', 'qualified'];
const FROM_OFFER_SENT: readonly Field[] = [...FROM_CALL_BOOKED, 'offerAmount', 'offerSentDate', 'followUpDate'];
const CLOSED_WON: readonly Field[] = [...FROM_OFFER_SENT, 'closedDate', 'actualAmount', 'paymentTerms', 'kickoffDate'];
// Data quality rule 1 "Kein Deal ohne Next Step": every active deal has a next step, and its date is set.
const NEXT_STEP: readonly Field[] = ['nextStep', 'nextStepDate'];

type SeedStage = { readonly name: Text; readonly required: readonly Field[] };
// Rule 3 "Einwände erfassen": a reason for every Closed Lost, a reactivation date for every Nurturing
// (PRODUCT.md §3: Closed Lost also needs its Closed Date).
const STAGES: readonly SeedStage[] = [
  { name: T('New Lead', 'Neuer Lead'), required: [...ALL_STAGES, ...NEXT_STEP] },
  { name: T('Contacted', 'Kontaktiert'), required: [...FROM_CONTACTED, ...NEXT_STEP] },
  { name: T('Response', 'Antwort erhalten'), required: [...FROM_CONTACTED, ...NEXT_STEP] },
  { name: T('Call Booked', 'Call gebucht'), required: [...FROM_CALL_BOOKED, ...NEXT_STEP] },
  { name: T('Offer Sent', 'Angebot gesendet'), required: [...FROM_OFFER_SENT, ...NEXT_STEP] },
  { name: T('Negotiation', 'Verhandlung'), required: [...FROM_OFFER_SENT, ...NEXT_STEP] },
  { name: T('Closed Won', 'Gewonnen'), required: CLOSED_WON },
  { name: T('Closed Lost', 'Verloren'), required: [...ALL_STAGES, 'lostReason', 'closedDate'] },
  { name: T('Nurturing', 'Nurturing'), required: [...ALL_STAGES, 'reactivationDate'] },
];
const NEW_LEAD = STAGES[0];
const CONTACTED = STAGES[1];
const OFFER_SENT = STAGES[4];
const NURTURING = STAGES[8];

const BANT: readonly Field[] = ['bantBudget', 'bantAuthority', 'bantNeed', 'bantTimeline'];

/** A lead as people type it: dates in the locale's form (or ISO), amounts with the locale's decimal mark, three BANT boxes ticked. */
const TYPED: Readonly<Record<Lang, Partial<Record<Field, CellValue>>>> = {
  en: {
    name: 'Ada Lovelace', company: 'Analytical Engines Ltd', email: 'ada@example.com', owner: 'anna@example.com', lastContactDate: '11/13/2026',
    source: 'Referral', firstContactDate: '2026-11-10', touchpointCount: '2', callDate: '11/12/2026', callNotes: 'Needs a CRM',
    bantBudget: true, bantAuthority: true, bantNeed: true, bantTimeline: false, qualified: true, offerAmount: '1,250.50', offerSentDate: '11/14/2026',
    followUpDate: '11/20/2026', closedDate: '11/15/2026', actualAmount: '€900.00', paymentTerms: '50% upfront', kickoffDate: '11/18/2026',
    nextStep: 'Send the contract', nextStepDate: '11/20/2026', lostReason: 'Budget cut', reactivationDate: '2/15/2027',
  },
  de: {
    name: 'Ada Lovelace', company: 'Analytische Maschinen GmbH', email: 'ada@example.com', owner: 'anna@example.com', lastContactDate: '13.11.2026',
    source: 'Empfehlung', firstContactDate: '2026-11-10', touchpointCount: '2', callDate: '12.11.2026', callNotes: 'Braucht ein CRM',
    bantBudget: true, bantAuthority: true, bantNeed: true, bantTimeline: false, qualified: true, offerAmount: '1.250,50', offerSentDate: '14.11.2026',
    followUpDate: '20.11.2026', closedDate: '15.11.2026', actualAmount: '900,00 €', paymentTerms: '50 % vorab', kickoffDate: '18.11.2026',
    nextStep: 'Vertrag senden', nextStepDate: '20.11.2026', lostReason: 'Budget gestrichen', reactivationDate: '15.02.2027',
  },
};
const TYPEABLE = Object.keys(TYPED.en) as Field[];
/** Every field a lead can hold; BANT Score stands for its four boxes (it is derived from them). */
const EVERYTHING: readonly Field[] = [...TYPEABLE.filter((f) => !BANT.includes(f)), 'bantScore'];

const locale = (lang: Lang) => (lang === 'de' ? 'de_DE' : 'en_US');

// ---- driving the sheet --------------------------------------------------------------------------------------------

/** A set-up workbook in the language, in the mode (Strict is the default and is not set). */
function world(lang: Lang, mode: Mode): HygieneWorld {
  const w = hygieneWorld({ locale: locale(lang) });
  if (mode === 'Soft') {
    const cell: CellSpec = lang === 'de' ? { row: { Schlüssel: 'Durchsetzung' }, column: 'Wert' } : { row: { Key: 'Enforcement' }, column: 'Value' };
    const out = w.emu.edit(lang === 'de' ? 'Einstellungen' : 'Settings', cell, lang === 'de' ? 'Weich' : 'Soft');
    if (!out.accepted) throw new Error(out.message);
  }
  return w;
}

/** The cells a field lives in (BANT Score: the four boxes it is counted from). */
const cellsOf = (f: Field): readonly Field[] => (f === 'bantScore' ? BANT : f === 'stage' ? [] : [f]);

/** A Leads row (by header) holding the typed values of `fields` and blanks for every other typeable field. */
function leadRow(lang: Lang, fields: Iterable<Field>, stage: string, extra: Row = {}): Row {
  const keep = new Set([...fields].flatMap(cellsOf));
  const row: Row = { [FIELD.stage[lang]]: stage };
  for (const f of TYPEABLE) row[FIELD[f][lang]] = keep.has(f) ? TYPED[lang][f]! : '';
  return { ...row, ...extra };
}

/** One cell as a person types or clears it; the onEdit must not fail. */
function enter(w: HygieneWorld, a1: string, value: unknown): void {
  const out = value === null ? w.emu.clear('Leads', a1) : w.emu.edit('Leads', a1, value);
  if (!out.accepted) throw new Error(`refused ${a1}: ${out.message}`);
  const failed = out.executions.find((e) => e.error);
  if (failed) throw new Error(`onEdit failed on ${a1}: ${failed.error}`);
}

/** The problems the Hygiene column names, as field labels ("OK" = none); anything else is kept as its own words. */
function flagged(hygiene: unknown, lang: Lang): string[] {
  const text = String(hygiene);
  if (text === 'OK') return [];
  return text
    .split('; ')
    .flatMap((part) => {
      if (part.startsWith(HYGIENE.missing[lang])) return part.slice(HYGIENE.missing[lang].length).split(', ');
      if (part === HYGIENE.noNextStep[lang]) return [FIELD.nextStep[lang]];
      if (part === HYGIENE.noNextStepDate[lang]) return [FIELD.nextStepDate[lang]];
      if (part === HYGIENE.noNextStepAtAll[lang]) return [FIELD.nextStep[lang], FIELD.nextStepDate[lang]];
      return [part];
    })
    .sort();
}

const listOf = (v: unknown): string[] => (v === '' || v === undefined ? [] : String(v).split(', ').sort());
const labels = (fields: readonly Field[], lang: Lang) => fields.map((f) => FIELD[f][lang]).sort();

// ---- the matrix: every stage x every required field, one world per language, layout and mode -----------------------

type Case = { readonly label: string; readonly present: readonly Field[]; readonly missing: readonly Field[] };

function casesOf(stage: SeedStage): Case[] {
  return [
    { label: 'every field filled', present: EVERYTHING, missing: [] },
    { label: 'only the seed’s required fields', present: stage.required, missing: [] },
    ...stage.required
      .filter((f) => f !== 'stage')
      .map((f) => {
        // Qualified is suggested from the BANT boxes: it is only missing while they are unanswered too.
        const gone: Field[] = f === 'qualified' ? ['bantScore', 'qualified'] : [f];
        return { label: `without ${FIELD[f].en}`, present: EVERYTHING.filter((x) => !gone.includes(x)), missing: gone };
      }),
  ];
}

/** Where a lead comes from: New Lead, except for a lead going (back) to New Lead, which comes from Nurturing. */
const startOf = (stage: SeedStage) => (stage === NEW_LEAD ? NURTURING : NEW_LEAD);

/** A workbook: its language, whether a person rearranged Leads, and whether the stage changes are typed or pasted in one block. */
type Layout = { readonly name: string; readonly lang: Lang; readonly moved: boolean; readonly pasted: boolean };
const LAYOUTS: readonly Layout[] = [
  { name: 'an English workbook, stages typed', lang: 'en', moved: false, pasted: false },
  { name: 'a German workbook with Leads columns rearranged, stages typed', lang: 'de', moved: true, pasted: false },
  { name: 'an English workbook with Leads columns rearranged, stages pasted in one block', lang: 'en', moved: true, pasted: true },
];
const MY_COLUMN = T('My Notes', 'Meine Notizen');

/** The person's rearrangement: Stage first, Lost Reason and Next Step to the front, Email to the end, a column of their own. */
function rearrange(w: HygieneWorld, lang: Lang): void {
  const moves: [Field, string][] = [['stage', 'A'], ['lostReason', 'B'], ['nextStep', 'C'], ['email', 'AK']];
  for (const [f, to] of moves) w.emu.moveColumn('Leads', w.col('Leads', FIELD[f][lang]), to);
  w.emu.insertColumn('Leads', 'D', MY_COLUMN[lang]);
}

type Outcome = { readonly lead: Row; readonly note: string; readonly toast: string; readonly history: readonly Row[] };
type Matrix = { readonly w: HygieneWorld; readonly outcomes: ReadonlyMap<string, Outcome> };
const caseKey = (stage: SeedStage, c: Case) => `${stage.name.en} | ${c.label}`;

/**
 * All cases of all stages as rows of one workbook: pasted in one block in their start stage (with what that stage needs),
 * cells the case leaves out cleared one by one, then the stage change typed into each row (or pasted down the Stage column).
 */
function runMatrix(layout: Layout, mode: Mode): Matrix {
  const { lang } = layout;
  const w = world(lang, mode);
  if (layout.moved) rearrange(w, lang);
  const plan = STAGES.flatMap((stage) => casesOf(stage).map((c) => ({ stage, c, start: startOf(stage) })));
  const pasted = plan.map(({ c, start }) => new Set<Field>([...c.present, 'owner', ...(start === NEW_LEAD ? [] : start.required)]));
  const extra = (i: number): Row => (layout.moved ? { [MY_COLUMN[lang]]: `note ${i}` } : {});
  w.pasteRows(2, plan.map(({ start }, i) => leadRow(lang, pasted[i], start.name[lang], extra(i))));
  const col = new Map((Object.keys(FIELD) as Field[]).map((f) => [f, w.col('Leads', FIELD[f][lang])]));
  plan.forEach(({ c }, i) => {
    const gone = [...pasted[i]].filter((f) => !c.present.includes(f)).flatMap(cellsOf);
    // The BANT boxes before Qualified, or clearing them would suggest Qualified again.
    gone.sort((a, b) => Number(a === 'qualified') - Number(b === 'qualified'));
    for (const f of gone) enter(w, `${col.get(f)}${i + 2}`, null);
  });
  const told = () => w.emu.world.ui.toasts.length;
  const since = (n: number) => w.emu.world.ui.toasts.slice(n).map((t) => t.message).join('\n');
  let toasts: string[];
  if (layout.pasted) {
    // A paste carries no oldValue: each row is checked against its lead's last accepted stage; one toast for the block.
    const n = told();
    const out = w.emu.paste('Leads', `${col.get('stage')}2`, plan.map(({ stage }) => [stage.name[lang]]));
    if (!out.accepted || out.executions.some((e) => e.error)) throw new Error(`paste failed: ${out.message ?? out.executions.map((e) => e.error).join()}`);
    toasts = plan.map(() => since(n));
  } else {
    toasts = plan.map(({ stage }, i) => {
      const n = told();
      enter(w, `${col.get('stage')}${i + 2}`, stage.name[lang]);
      return since(n);
    });
  }
  const [header, ...lines] = w.table('Leads');
  const history = w.rows(HISTORY.tab[lang]);
  const notes = findSheet(w.emu.spreadsheet, 'Leads')!.notes;
  const stageCol = header.map(String).indexOf(FIELD.stage[lang]);
  const outcomes = new Map(plan.map(({ stage, c }, i) => {
    const lead = Object.fromEntries(header.map((h, j) => [String(h), lines[i]?.[j] ?? ''])) as Row;
    const id = lead[HISTORY.leadId[lang]];
    const out: Outcome = { lead, note: notes.get(i + 1, stageCol) ?? '', toast: toasts[i], history: history.filter((h) => h[HISTORY.leadId[lang]] === id) };
    return [caseKey(stage, c), out];
  }));
  return { w, outcomes };
}

function checkCase(m: Matrix, layout: Layout, mode: Mode, stage: SeedStage, c: Case): void {
  const { lang } = layout;
  const o = m.outcomes.get(caseKey(stage, c))!;
  const start = startOf(stage);
  const missing = labels(c.missing, lang);
  const rejected = mode === 'Strict' && missing.length > 0;
  const stageOf = (lead: Row) => lead[FIELD.stage[lang]];
  // One Stage History row when the lead was pasted, one for the typed change; clearing cells records nothing.
  expect(o.history.map((h) => h[HISTORY.to[lang]])).toEqual([start.name[lang], stage.name[lang]]);
  const attempt = o.history[1];
  expect(attempt).toMatchObject({
    [HISTORY.from[lang]]: start.name[lang],
    [HISTORY.by[lang]]: 'anna@example.com',
    [HISTORY.result[lang]]: rejected ? HISTORY.rejected[lang] : HISTORY.accepted[lang],
  });
  expect(listOf(attempt[HISTORY.missing[lang]])).toEqual(missing);
  if (rejected) {
    expect(stageOf(o.lead)).toBe(start.name[lang]);
    for (const text of [stage.name[lang], ...missing]) {
      expect(o.note).toContain(text);
      // A pasted block gets one toast for all its rows.
      if (!layout.pasted) expect(o.toast).toContain(text);
    }
    expect(o.toast).not.toBe('');
    // The Hygiene column judges the row by the stage it is back in.
    expect(flagged(o.lead[FIELD.hygiene[lang]], lang)).toEqual(labels(c.missing.filter((f) => start.required.includes(f)), lang));
  } else {
    expect(stageOf(o.lead)).toBe(stage.name[lang]);
    expect(flagged(o.lead[FIELD.hygiene[lang]], lang)).toEqual(missing);
    // Data quality rule 2: when the stage changed is recorded, on the row and in Stage History.
    expect(o.lead[FIELD.stageChangedAt[lang]]).toEqual(attempt[HISTORY.at[lang]]);
    if (missing.length === 0) expect(o.note).toBe('');
  }
}

describe.each(LAYOUTS)('seed 000 required fields on $name', (layout) => {
  describe.each(['Strict', 'Soft'] as const)('in %s mode', (mode) => {
    let m: Matrix;
    beforeAll(() => {
      m = runMatrix(layout, mode);
    });

    if (layout.moved) {
      it('keeps the columns where the person put them, and what they typed in their own column', () => {
        const { lang } = layout;
        expect(m.w.table('Leads')[0].slice(0, 4)).toEqual([FIELD.stage[lang], FIELD.lostReason[lang], FIELD.nextStep[lang], MY_COLUMN[lang]]);
        const mine = [...m.outcomes.values()].map((o) => o.lead[MY_COLUMN[lang]]);
        expect(mine).toEqual(mine.map((_, i) => `note ${i}`));
      });
    }

    describe.each(STAGES)('a lead moved to $name.en', (stage) => {
      it.each(casesOf(stage))('$label', (c) => checkCase(m, layout, mode, stage, c));
    });
  });
});

// ---- single rules, as tables: one workbook per table, one lead per row ----------------------------------------------

type Lead = { readonly fields: readonly Field[]; readonly typed?: Partial<Record<Field, CellValue>>; readonly stage?: SeedStage };

/** Leads pasted from row 2 on, one per entry: the typed values of its fields (some typed differently), in its stage (New Lead). */
function leads(mode: Mode, lang: Lang, entries: readonly Lead[]): HygieneWorld {
  const w = world(lang, mode);
  w.pasteRows(2, entries.map((e) => {
    const extra = Object.fromEntries(Object.entries(e.typed ?? {}).map(([f, v]) => [FIELD[f as Field][lang], v]));
    return leadRow(lang, e.fields, (e.stage ?? NEW_LEAD).name[lang], extra);
  }));
  return w;
}

/** The Stage History rows of the lead in a sheet row, oldest first. */
function historyOf(w: HygieneWorld, lang: Lang, row: number): Row[] {
  const id = w.lead(row)[HISTORY.leadId[lang]];
  return w.rows(HISTORY.tab[lang]).filter((h) => h[HISTORY.leadId[lang]] === id);
}

describe.each(['Strict', 'Soft'] as const)('the Stage cell itself (required in every stage) in %s mode', (mode) => {
  const cases = [
    { label: 'cleared', typed: null, shown: '' },
    { label: 'set to a stage the Stages tab does not have', typed: 'Qualifying', shown: 'Qualifying' },
  ].map((c, i) => ({ ...c, row: i + 2 }));
  let w: HygieneWorld;
  beforeAll(() => {
    w = leads(mode, 'en', cases.map(() => ({ fields: EVERYTHING })));
    for (const { row, typed } of cases) {
      w.type(row, 'Stage', 'Contacted');
      enter(w, `${w.col('Leads', 'Stage')}${row}`, typed);
    }
  });

  it.each(cases)('$label', ({ row, shown }) => {
    const last = historyOf(w, 'en', row).at(-1);
    expect(last).toMatchObject({ 'From Stage': 'Contacted', 'To Stage': shown, Result: mode === 'Strict' ? 'Rejected' : 'Accepted' });
    if (mode === 'Strict') {
      expect(w.lead(row)).toMatchObject({ Stage: 'Contacted', Hygiene: 'OK' });
      expect(w.note(row, 'Stage')).toContain('Contacted');
    } else {
      expect(w.lead(row).Stage).toBe(shown);
      expect(String(w.lead(row).Hygiene)).toMatch(/stage/i);
      expect(String(w.lead(row).Hygiene)).toContain(shown);
    }
  });
});

describe.each(['Strict', 'Soft'] as const)('the email check in %s mode', (mode) => {
  const bad = [
    { field: 'email', value: 'ada(at)example.com' },
    { field: 'email', value: 'ada@example' },
    { field: 'email', value: 'ada lovelace@example.com' },
    { field: 'owner', value: 'anna' },
  ].map((c, i) => ({ ...c, field: c.field as Field, row: i + 2 }));
  const good = ['Ada Lovelace <ada@example.com>', 'ADA@Example.COM'].map((value, i) => ({ value, row: bad.length + i + 2 }));
  let w: HygieneWorld;
  beforeAll(() => {
    w = leads(mode, 'en', [...bad.map((c) => ({ fields: EVERYTHING, typed: { [c.field]: c.value } })), ...good.map((c) => ({ fields: EVERYTHING, typed: { email: c.value } }))]);
    for (const { row } of [...bad, ...good]) w.type(row, 'Stage', 'Contacted');
  });

  it.each(bad)('$field $value is not an address: it counts as missing, is named in Hygiene, and the text is kept', ({ field, value, row }) => {
    expect(w.lead(row).Stage).toBe(mode === 'Strict' ? 'New Lead' : 'Contacted');
    const last = historyOf(w, 'en', row).at(-1)!;
    expect(last).toMatchObject({ 'To Stage': 'Contacted', Result: mode === 'Strict' ? 'Rejected' : 'Accepted' });
    expect(listOf(last['Missing Fields'])).toEqual([FIELD[field].en]);
    expect(w.lead(row)[FIELD[field].en]).toBe(value);
    expect(String(w.lead(row).Hygiene)).toContain(value);
  });

  it.each(good)('$value is an address', ({ row }) => {
    expect(w.lead(row)).toMatchObject({ Stage: 'Contacted', Hygiene: 'OK' });
    expect(historyOf(w, 'en', row).at(-1)).toMatchObject({ Result: 'Accepted', 'Missing Fields': '' });
  });
});

// Local midnight of 24 December 2026 in Berlin.
const CHRISTMAS_EVE = new Date('2026-12-23T23:00:00Z');

const TYPING: Readonly<Record<Lang, {
  dates: readonly string[]; badDates: readonly string[]; amounts: readonly string[]; spellings: readonly string[]; offerSent: string;
}>> = {
  en: {
    dates: ['12/24/2026', '2026-12-24', '24.12.2026'],
    badDates: ['next week', '24/13/2026'],
    amounts: ['1,250.50', '€1,250.50', '1.250,50'],
    spellings: ['offer sent', 'OFFER SENT', 'angebot GESENDET'],
    offerSent: 'Offer Sent',
  },
  de: {
    dates: ['24.12.2026', '2026-12-24', '24.12.26'],
    badDates: ['nächste Woche', '31.02.2027'],
    amounts: ['1.250,50', '1250,5', '1.250,50 €'],
    spellings: ['ANGEBOT GESENDET', 'angebot gesendet', 'Offer Sent'],
    offerSent: 'Angebot gesendet',
  },
};

describe.each(['en', 'de'] as const)('values typed as people type them, %s', (lang) => {
  const t = TYPING[lang];
  const L = (f: Field) => FIELD[f][lang];
  const without = (gone: Field) => EVERYTHING.filter((f) => f !== gone);
  // Each lead lacks one field; the person types it, then the stage it allows.
  const plan = [
    ...t.dates.map((typed) => ({ kind: 'date', typed, field: 'nextStepDate' as Field, to: CONTACTED })),
    ...t.badDates.map((typed) => ({ kind: 'bad date', typed, field: 'nextStepDate' as Field, to: CONTACTED })),
    ...t.amounts.map((typed) => ({ kind: 'amount', typed, field: 'offerAmount' as Field, to: OFFER_SENT })),
  ].map((c, i) => ({ ...c, row: i + 2 }));
  const rowsOf = (kind: string) => plan.filter((c) => c.kind === kind);
  let w: HygieneWorld;
  beforeAll(() => {
    w = leads('Strict', lang, plan.map((c) => ({ fields: without(c.field) })));
    for (const c of plan) {
      w.type(c.row, L(c.field), c.typed);
      w.type(c.row, L('stage'), c.to.name[lang]);
    }
  });

  it.each(rowsOf('date'))('Next Step Date typed as $typed is 24 December 2026 and satisfies rule 1', ({ row }) => {
    expect(w.lead(row)).toMatchObject({ [L('nextStepDate')]: CHRISTMAS_EVE, [L('stage')]: CONTACTED.name[lang], [L('hygiene')]: 'OK' });
  });

  it.each(rowsOf('bad date'))('Next Step Date typed as $typed is no date: kept as typed, named in Hygiene, the stage change refused', ({ row, typed }) => {
    expect(w.lead(row)).toMatchObject({ [L('nextStepDate')]: typed, [L('stage')]: NEW_LEAD.name[lang] });
    expect(String(w.lead(row)[L('hygiene')])).toContain(typed);
    expect(listOf(historyOf(w, lang, row).at(-1)![HISTORY.missing[lang]])).toEqual([L('nextStepDate')]);
  });

  it.each(rowsOf('amount'))('Offer Amount typed as $typed is 1250.50: the lead reaches Offer Sent, weighted at 50 %', ({ row }) => {
    expect(w.lead(row)).toMatchObject({ [L('stage')]: OFFER_SENT.name[lang], [L('offerAmount')]: 1250.5, [L('weightedValue')]: 625.25, [L('hygiene')]: 'OK' });
  });

  describe.each(['Strict', 'Soft'] as const)('stage names in any case and either language, %s', (mode) => {
    // Two leads per spelling: a complete one, and one with nothing but a name.
    const spellings = t.spellings.map((typed, i) => ({ typed, complete: 2 * i + 2, bare: 2 * i + 3 }));
    let s: HygieneWorld;
    beforeAll(() => {
      s = leads(mode, lang, spellings.flatMap(() => [{ fields: EVERYTHING }, { fields: ['name'] as Field[] }]));
      for (const { typed, complete, bare } of spellings) {
        s.type(complete, L('stage'), typed);
        s.type(bare, L('stage'), typed);
      }
    });

    it.each(spellings)('$typed is Offer Sent, and asks for what Offer Sent asks for', ({ complete, bare }) => {
      expect(s.lead(complete)[L('stage')]).toBe(t.offerSent);
      expect(s.lead(bare)[L('stage')]).toBe(mode === 'Strict' ? NEW_LEAD.name[lang] : t.offerSent);
      const attempts = [historyOf(s, lang, complete).at(-1)!, historyOf(s, lang, bare).at(-1)!];
      expect(attempts.map((h) => h[HISTORY.to[lang]])).toEqual([t.offerSent, t.offerSent]);
      expect(attempts.map((h) => h[HISTORY.result[lang]])).toEqual([HISTORY.accepted[lang], mode === 'Strict' ? HISTORY.rejected[lang] : HISTORY.accepted[lang]]);
      if (mode === 'Strict') expect(s.note(bare, L('stage'))).toContain(t.offerSent);
    });
  });
});

describe.each(['en', 'de'] as const)('BANT Score and the Qualified suggestion, %s', (lang) => {
  const L = (f: Field) => FIELD[f][lang];
  // PRODUCT.md Settings: BANT Minimum 3 of 4 by default. A person ticks the boxes one at a time, one lead per row.
  // Below the minimum nothing is suggested (a No would read as a person's answer at the next tick).
  const ticks = [
    { ticked: 0, score: '', qualified: '' },
    { ticked: 1, score: 1, qualified: '' },
    { ticked: 2, score: 2, qualified: '' },
    { ticked: 3, score: 3, qualified: true },
    { ticked: 4, score: 4, qualified: true },
  ].map((t, i) => ({ ...t, row: i + 2 }));
  const own = ticks.length + 2;
  let w: HygieneWorld;
  beforeAll(() => {
    w = world(lang, 'Strict');
    for (const { ticked, row } of ticks) {
      w.type(row, L('name'), `Lead ${row}`);
      for (const f of BANT.slice(0, ticked)) w.type(row, L(f), true);
    }
    w.type(own, L('name'), 'Own answer');
    w.type(own, L('qualified'), false);
    for (const f of BANT) w.type(own, L(f), true);
  });

  it.each(ticks)('$ticked box(es) ticked one by one: score $score, Qualified suggested $qualified', ({ row, score, qualified }) => {
    expect(w.lead(row)).toMatchObject({ [L('bantScore')]: score, [L('qualified')]: qualified });
  });

  it('keeps a Qualified a person answered themselves', () => {
    expect(w.lead(own)).toMatchObject({ [L('bantScore')]: 4, [L('qualified')]: false });
  });
});

describe.each(['Strict', 'Soft'] as const)('rule 1, the next step’s date, over time in %s mode', (mode) => {
  it('flags an open lead once its next step date has passed, naming the date', () => {
    const w = leads(mode, 'en', [{ fields: EVERYTHING }]);
    w.type(2, 'Stage', 'Call Booked');
    expect(w.lead(2).Hygiene).toBe('OK');
    w.until('2026-11-23T08:00:00Z');
    w.type(2, 'Call Notes', 'Wants a second call');
    expect(w.lead(2).Stage).toBe('Call Booked');
    expect(String(w.lead(2).Hygiene)).toContain('11/20/2026');
  });
});
